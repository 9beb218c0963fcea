package org.lede.quantity;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Numbers written in words and scale words: "two dozen", "1.2 million", "half". */
final class NumberWords {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NumberWords() {}

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1));

  private static final Map<String, Double> SCALES = Map.of(
      "dozen", 12.0, "hundred", 100.0, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
      "bn", 1e9, "mn", 1e6, "m", 1e6, "k", 1e3);

  private static final Map<String, Double> FRACTIONS = Map.of(
      "half", 0.5, "a half", 0.5, "one half", 0.5, "a third", 1 / 3.0, "one third", 1 / 3.0, "a quarter", 0.25,
      "one quarter", 0.25, "two-thirds", 2 / 3.0, "two thirds", 2 / 3.0, "three-quarters", 0.75);

  /** Regex for a cardinal in words: "twenty-five", "two". */
  static final String WORD_CARDINAL = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three"
      + "|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
      + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|an?)";

  static final String SCALE = "(?:dozen|hundred|thousand|million|billion|trillion)";

  static final String FRACTION = "(?:two-thirds|two thirds|three-quarters|an? third|an? quarter|one third|one quarter"
      + "|half)";

  /** Parses a cardinal in words ("twenty-five"), or -1. */
  static double cardinal(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    int dash = w.indexOf('-');
    if (dash > 0) {
      Integer tens = UNITS.get(w.substring(0, dash));
      Integer ones = UNITS.get(w.substring(dash + 1));
      return tens == null || ones == null ? -1 : tens + ones;
    }
    Integer v = UNITS.get(w);
    return v == null ? -1 : v;
  }

  static double scale(String word) {
    if (word == null) return 1;
    Double s = SCALES.get(word.toLowerCase(Locale.ROOT));
    return s == null ? 1 : s;
  }

  static double fraction(String words) {
    Double f = FRACTIONS.get(SPACES.matcher(words.toLowerCase(Locale.ROOT)).replaceAll(" "));
    return f == null ? -1 : f;
  }

  /** Parses "6,000" or "1.2". */
  static double digits(String s) {
    return Double.parseDouble(s.replace(",", ""));
  }
}
