package org.lede.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.article.Article;

/**
 * Finds the numbers an article reports: counts ("at least 6,000 people"), money in the usual notations with ISO
 * codes ("5 trillion yen ($30 billion)"), percentages, ages ("a 16-year-old boy", "Takaichi, 64"), ranges, and
 * numbers in words ("two dozen", "half", "1.2 million"); each with its hedge, what it counts, the whole it is part
 * of and any equivalent stated beside it. Dates, years, times, scores and ordinals are not quantities.
 *
 * <pre>{@code
 * List<Quantity> qs = QuantityFinder.standard().find(article);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class QuantityFinder {
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  private static final QuantityFinder STANDARD = new QuantityFinder();

  private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final String SCALE_AFTER = "thousand|million|billion|trillion|bn|mn|m|k";

  static final Pattern AMOUNT = Pattern.compile(
      "(?<![\\p{L}\\d.,:/-])(?<sym>" + Currencies.SYMBOL_PATTERN + ")?(?<num>" + NUM + ")"
          + "(?:(?<sp>\\s?)(?<scale>" + SCALE_AFTER + ")(?![\\p{L}]))?"
          + "(?:\\s(?<cur>" + Currencies.WORD_PATTERN + ")(?![\\p{L}]))?"
          + "(?<pct>\\s?%|\\s(?:percent|per cent)(?![\\p{L}]))?");

  private static final Pattern WORDS = Pattern.compile(
      "(?i)(?<![\\p{L}-])(?:(?<wnum>" + NumberWords.WORD_CARDINAL + ")\\s(?<wscale>" + NumberWords.SCALE + ")"
          + "(?:\\s(?<wscale2>thousand|million|billion))?|(?<frac>" + NumberWords.FRACTION + ")(?=\\s(?:of\\s)?"
          + "(?:the|its|their|his|her|all|them|those|these)\\b)|(?<card>(?:twenty|thirty|forty|fifty|sixty|seventy"
          + "|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight"
          + "|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?=\\s[a-z]))"
          + "(?![\\p{L}])");

  private static final Pattern AGE_AFTER_NAME = Pattern.compile(
      "(?<name>\\p{Lu}[\\p{L}'’-]+), (?<age>\\d{1,3})(?=[,.;)]| and | who | was | is )");

  private static final Pattern MONTH = Pattern.compile(
      "(?i).*\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
          + "|august|september|october|november|december)\\.?\\s$");

  private static final Pattern MONTH_AFTER = Pattern.compile(
      "(?i)^\\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b");

  private QuantityFinder() {}

  /** Returns the finder. */
  public static QuantityFinder standard() {
    return STANDARD;
  }

  /**
   * Returns the quantities in an article's text, in text order.
   *
   * @param article the article; offsets point into {@code article.text()}
   * @return quantities, never null
   */
  public List<Quantity> find(Article article) {
    return find(article.text());
  }

  /**
   * Returns the quantities in a text, in text order.
   *
   * @param text any text
   * @return quantities, never null
   */
  public List<Quantity> find(String text) {
    List<Quantity> found = new ArrayList<>();
    Matcher age = AGE_AFTER_NAME.matcher(text);
    while (age.find()) {
      int value = Integer.parseInt(age.group("age"));
      if (value >= 120 || MONTH.matcher(age.group("name") + " ").matches()) continue;
      found.add(new Quantity(text.substring(age.start(), age.end()), age.start(), age.end(), value, null,
          QuantityContext.AGE, Qualifier.NONE, age.group("name"), null, null));
    }
    Matcher m = AMOUNT.matcher(text);
    while (m.find()) {
      Quantity q = amount(text, m);
      if (q != null) found.add(q);
    }
    Matcher w = WORDS.matcher(text);
    while (w.find()) found.add(words(text, w));
    return nonOverlapping(found);
  }

  private static Quantity amount(String text, Matcher m) {
    String sym = m.group("sym");
    String scale = m.group("scale");
    String cur = m.group("cur");
    boolean pct = m.group("pct") != null;
    if (scale != null && scale.length() <= 2 && (sym == null || !m.group("sp").isEmpty())) {
      return null;
    }
    int start = m.start();
    int end = m.end();
    String num = m.group("num");
    if (sym == null && scale == null && cur == null && !pct && isDateYearTimeOrCode(text, m.start("num"), end, num)) {
      return null;
    }
    double value = NumberWords.digits(num) * NumberWords.scale(scale);
    String unit = pct ? "%" : sym != null ? Currencies.ofSymbol(sym.strip()) : Currencies.ofWord(cur);
    Double upper = null;
    Matcher range = QuantityContext.RANGE.matcher(text).region(end, text.length());
    boolean between = text.substring(Math.max(0, start - 8), start).toLowerCase(Locale.ROOT).endsWith("between ");
    if (range.lookingAt() && (range.group(0).contains("to") || range.group("dash") != null || between)) {
      double hi = NumberWords.digits(range.group("hi")) * NumberWords.scale(range.group("hscale") != null
          ? range.group("hscale") : scale);
      if (hi > value) {
        upper = hi;
        end = range.end();
      } else if (range.group("dash") != null && unit == null) {
        return null;
      }
    }
    return QuantityContext.complete(text, start, end, value, upper, unit);
  }

  private static boolean isDateYearTimeOrCode(String text, int start, int end, String num) {
    String before = text.substring(Math.max(0, start - 12), start);
    if (MONTH.matcher(before).matches()) return true;
    if (MONTH_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12))).find()) return true;
    if (FOUR_DIGITS.matcher(num).matches()) {
      int y = Integer.parseInt(num);
      if (y >= 1800 && y <= 2100) return true;
    }
    if (end < text.length() && (text.charAt(end) == ':' || Character.isLetter(text.charAt(end))
        && !text.startsWith("-", end))) {
      return !QuantityContext.COMPOUND.matcher(text).region(end, text.length()).lookingAt();
    }
    return false;
  }

  private static Quantity words(String text, Matcher w) {
    String unit = null;
    double value;
    if (w.group("frac") != null) {
      value = NumberWords.fraction(w.group("frac"));
      unit = "fraction";
    } else if (w.group("card") != null) {
      value = NumberWords.cardinal(w.group("card"));
    } else {
      value = NumberWords.cardinal(w.group("wnum")) * NumberWords.scale(w.group("wscale"))
          * NumberWords.scale(w.group("wscale2"));
    }
    return QuantityContext.complete(text, w.start(), w.end(), value, null, unit);
  }

  private static List<Quantity> nonOverlapping(List<Quantity> found) {
    found.sort(Comparator.comparingInt(Quantity::start).thenComparingInt(q -> -(q.end() - q.start())));
    List<Quantity> out = new ArrayList<>();
    int covered = -1;
    for (Quantity q : found) {
      if (q.start() < covered) continue;
      out.add(q);
      covered = q.end();
    }
    return out;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
