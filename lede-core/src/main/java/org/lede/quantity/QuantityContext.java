package org.lede.quantity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the words around a number: its hedge, what it counts, the whole and any stated equivalent. */
final class QuantityContext {
  private QuantityContext() {}

  static final String AGE = "years of age";

  static final Pattern RANGE = Pattern.compile(
      "(?:(?<dash>\\s?[-–]\\s?)|\\s(?:to|and)\\s)(?:" + Currencies.SYMBOL_PATTERN + ")?(?<hi>\\d{1,3}(?:,\\d{3})+"
          + "(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s?(?<hscale>thousand|million|billion|trillion|bn)(?![\\p{L}]))?"
          + "(?![\\p{L}\\d])");

  static final Pattern COMPOUND = Pattern.compile("-(?<word>\\p{L}+(?:-old)?)(?![\\p{L}])");

  private static final Pattern EQUIVALENT = Pattern.compile(
      "\\s?\\(\\s?(?:about |around |roughly |some |nearly |approximately )?(?<sym>" + Currencies.SYMBOL_PATTERN
          + ")?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s?(?<scale>thousand|million|billion"
          + "|trillion|bn|mn|m|k)(?![\\p{L}]))?(?:\\s(?<cur>" + Currencies.WORD_PATTERN + "))?\\s?\\)");

  private static final Pattern TOTAL = Pattern.compile(
      "\\s(?:in|of|out of|from)\\s(?:the\\s|a\\s|an\\s|its\\s|their\\s)?(?<total>\\d{1,3}(?:,\\d{3})+|\\d+)"
          + "(?:-\\p{L}+)?(?![\\p{L}\\d])");

  private static final Pattern WORD = Pattern.compile("\\s(?<w>[\\p{L}][\\p{L}'’-]*)");

  private static final List<String[]> HEDGES = List.of(
      new String[] {"at least", "AT_LEAST"}, new String[] {"no fewer than", "AT_LEAST"},
      new String[] {"more than", "MORE_THAN"}, new String[] {"over", "MORE_THAN"},
      new String[] {"upwards of", "MORE_THAN"}, new String[] {"above", "MORE_THAN"},
      new String[] {"up to", "UP_TO"}, new String[] {"as many as", "UP_TO"}, new String[] {"as much as", "UP_TO"},
      new String[] {"at most", "UP_TO"}, new String[] {"no more than", "UP_TO"},
      new String[] {"less than", "LESS_THAN"}, new String[] {"fewer than", "LESS_THAN"},
      new String[] {"under", "LESS_THAN"}, new String[] {"below", "LESS_THAN"},
      new String[] {"about", "ABOUT"}, new String[] {"around", "ABOUT"}, new String[] {"approximately", "ABOUT"},
      new String[] {"roughly", "ABOUT"}, new String[] {"some", "ABOUT"}, new String[] {"nearly", "ABOUT"},
      new String[] {"almost", "ABOUT"}, new String[] {"close to", "ABOUT"}, new String[] {"estimated", "ESTIMATED"},
      new String[] {"exactly", "EXACTLY"}, new String[] {"precisely", "EXACTLY"});

  private static final Set<String> STOP = Set.of(
      "in", "of", "at", "on", "to", "for", "from", "with", "by", "have", "has", "had", "were", "was", "are", "is",
      "be", "been", "who", "that", "which", "said", "and", "or", "but", "than", "as", "the", "a", "an", "will",
      "would", "could", "can", "may", "might", "since", "after", "before", "during", "into", "this", "their",
      "its", "his", "her", "they", "it", "he", "she", "we", "per", "each", "up", "down", "out", "off", "ago",
      "more", "less", "already");

  /** Builds the quantity for the number at {@code [start, end)} from the words around it. */
  static Quantity complete(String text, int start, int end, double value, Double upper, String unit) {
    Qualifier qualifier = Qualifier.NONE;
    String before = text.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT);
    for (String[] h : HEDGES) {
      if (before.endsWith(h[0] + " ") && (before.length() == h[0].length() + 1
          || !Character.isLetter(before.charAt(before.length() - h[0].length() - 2)))) {
        qualifier = Qualifier.valueOf(h[1]);
        start -= h[0].length() + 1;
        break;
      }
    }
    String counts = null;
    Matcher compound = COMPOUND.matcher(text).region(end, text.length());
    if (compound.lookingAt()) {
      String word = compound.group("word");
      end = compound.end();
      if (word.startsWith("year-old") || word.equals("years-old")) {
        unit = AGE;
        counts = nounAfter(text, end);
      } else {
        counts = word.endsWith("s") ? word : word + "s";
      }
    } else if (text.startsWith(" years old", end)) {
      end += " years old".length();
      unit = AGE;
    }
    Quantity.Amount equivalent = null;
    if (unit != null && unit.length() == 3 && !unit.equals(AGE)) {
      Matcher eq = EQUIVALENT.matcher(text).region(end, text.length());
      if (eq.lookingAt()) {
        String code = eq.group("sym") != null ? Currencies.ofSymbol(eq.group("sym").strip())
            : Currencies.ofWord(eq.group("cur"));
        if (code != null) {
          equivalent = new Quantity.Amount(
              NumberWords.digits(eq.group("num")) * NumberWords.scale(eq.group("scale")), code);
          end = eq.end();
        }
      }
    }
    int after = end;
    if (counts == null && unit == null || "fraction".equals(unit)) {
      int[] span = countedPhrase(text, end, "fraction".equals(unit));
      if (span != null) {
        counts = text.substring(span[0], span[1]);
        after = span[1];
      }
    }
    Double total = null;
    Matcher t = TOTAL.matcher(text).region(after, text.length());
    if (counts != null && t.lookingAt()) {
      double v = NumberWords.digits(t.group("total"));
      if (v > value) total = v;
    }
    return new Quantity(text.substring(start, end), start, end, value, upper, unit, qualifier, counts, total,
        equivalent);
  }

  private static final Set<String> IRREGULAR_VERBS = Set.of(
      "saw", "left", "died", "went", "came", "made", "took", "got", "fled", "fell", "rose", "won", "lost", "ran",
      "met", "gave", "told", "began", "paid", "sold", "bought", "held", "kept", "led", "put", "set", "stood",
      "spent", "sent", "felt", "found", "thought", "brought", "became", "must", "should", "did", "do", "does",
      "remain", "remained", "live", "lived", "work", "worked", "say", "says", "attend", "attended", "voted");

  /** Without a tagger: a past-tense or auxiliary verb ends the counted noun phrase ("200 people were hurt"). */
  private static boolean looksLikeVerb(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return IRREGULAR_VERBS.contains(w) || w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed");
  }

  private static String nounAfter(String text, int end) {
    Matcher w = WORD.matcher(text).region(end, text.length());
    return w.lookingAt() ? w.group("w") : null;
  }

  /** "6,000 people inquiring about volunteering for service": the noun phrase, with a participle clause after it. */
  private static int[] countedPhrase(String text, int end, boolean skipDeterminer) {
    int pos = end;
    if (skipDeterminer) {
      Matcher det = Pattern.compile("\\s(?:of\\s)?(?:the|its|their|his|her|all|them|those|these)(?=\\s)")
          .matcher(text).region(pos, text.length());
      if (det.lookingAt()) pos = det.end();
    }
    int first = -1;
    int last = -1;
    int words = 0;
    Matcher w = WORD.matcher(text);
    boolean participle = false;
    while (words < 4 && w.region(pos, text.length()).lookingAt()) {
      String word = w.group("w");
      if (STOP.contains(word.toLowerCase(Locale.ROOT)) || looksLikeVerb(word)) break;
      if (word.endsWith("ing") && words > 0) {
        participle = true;
        break;
      }
      if (first < 0) first = w.start("w");
      last = w.end();
      pos = w.end();
      words++;
    }
    if (first < 0) return null;
    if (participle) {
      int stop = pos;
      while (stop < text.length() && ",.;:!?\"“”()\n".indexOf(text.charAt(stop)) < 0 && stop - pos < 80) stop++;
      last = stop;
    }
    return new int[] {first, last};
  }
}
