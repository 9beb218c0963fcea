package org.lede.extract.dump;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the times a page states about itself on a line of their own ("Updated 10 March 2022",
 * "Published: March 10, 2022 5:41 PM ET", "5 sec ago"). Recognising is all it does: reading the time is
 * {@link org.lede.time.NewsTimes}' job. A line only counts when everything after its label reads as a time, so
 * "Published in 2019, the book sold well." stays body text.
 */
public final class TimeLines {
  /** Whether a stated time is the first publication or the last update. */
  enum Role { PUBLISHED, UPDATED }

  /** A recognised time: its role and the text to parse, label included ("Updated 5 sec ago"). */
  record Stated(Role role, String raw) {}

  private static final Pattern LABELLED = Pattern.compile(
      "(?i)((?:last\\s+)?(?:updated|modified|edited|revised)|(?:first\\s+|originally\\s+)?(?:published|posted)"
          + "|released|dated?|created)(?:\\s+(?:on|at))?\\s*[:\\-–]?\\s*(.+)");

  private static final Pattern RELATIVE = Pattern.compile(
      "(?i)(?:(?:about|around|over|nearly|almost|less\\s+than|more\\s+than)\\s+)?"
          + "(?:\\d+|an?|one|two|three|a\\s+few|few)\\s*"
          + "(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)"
          + "\\.?\\s+ago|just\\s+now|moments?\\s+ago|(?:yesterday|today)(?:\\s*,?\\s*(?:at\\s+)?\\d{1,2}(?:[:.]\\d\\d)?\\s*"
          + "(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?)?");

  private static final Pattern TIME_WORD = Pattern.compile(
      "(?i)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");

  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "\\d{4}-\\d{1,2}-\\d{1,2}(?:[tT][\\d:.]+(?:[zZ]|[+-][\\d:]+)?)?|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}/\\d{1,2}/\\d{1,2}");

  /** Words that may sit in a stated time besides the date itself. */
  private static final Pattern FILLER = Pattern.compile(
      "(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?"
          + "|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?:[ap]\\.?m\\.?)?|[ap]\\.?m\\.?|at|on|of|the"
          + "|(?:utc|gmt)?[+-]\\d{1,2}(?::?\\d{2})?");

  /** Time zones as pages abbreviate them, in capitals: "ET", "GMT", "(IST)". */
  private static final Pattern ZONE = Pattern.compile("\\(?(?:[A-Z]{1,4}T|UTC|GMT|Z)\\)?");

  private TimeLines() {}

  /** Where a second stated time begins on a line that holds two ("Published … Updated …"). */
  private static final Pattern NEXT_LABEL = Pattern.compile(
      "(?i)(?<=\\S)\\s*[|·•,;]?\\s+(?=(?:last\\s+)?(?:updated|modified|published|posted)\\b)");

  /**
   * Returns whether {@code line} is nothing but the times a page states about itself, one or several
   * ("Published November 9, 2023 3:02am EST Updated November 9, 2023 3:18am EST", "Updated 5 sec ago"): furniture
   * when it stands where a story's first paragraph would.
   */
  public static boolean onlyStatedTimes(String line) {
    String t = line == null ? "" : line.strip();
    if (t.isEmpty() || t.length() > 200) return false;
    for (String piece : NEXT_LABEL.split(t)) if (recognise(piece.strip()) == null) return false;
    return true;
  }

  /** Returns the time {@code piece} states, or null when it is not only a time, with or without a label. */
  static Stated recognise(String piece) {
    if (piece.length() > 90) return null;
    Matcher labelled = LABELLED.matcher(piece);
    if (labelled.matches() && timeOnly(labelled.group(2))) {
      String label = labelled.group(1).toLowerCase(Locale.ROOT);
      boolean updated = label.contains("updated") || label.contains("modified") || label.contains("edited")
          || label.contains("revised");
      return new Stated(updated ? Role.UPDATED : Role.PUBLISHED, piece);
    }
    return timeOnly(piece) ? new Stated(Role.PUBLISHED, piece) : null;
  }

  /** Returns whether {@code s} is nothing but a time: a relative one, or a date with optional clock and zone. */
  static boolean timeOnly(String s) {
    String t = LineShapes.strip(s);
    if (t.isEmpty() || LineShapes.words(t) > 10) return false;
    String lower = t.toLowerCase(Locale.ROOT);
    if ((lower.contains("ago") || lower.contains("now") || lower.contains("day")) && RELATIVE.matcher(t).matches()) {
      return true;
    }
    boolean anchored = false;
    boolean digit = false;
    int i = 0;
    while (i < t.length()) {
      while (i < t.length() && isSplit(t.charAt(i))) i++;
      int start = i;
      while (i < t.length() && !isSplit(t.charAt(i))) i++;
      if (start == i) break;
      String token = t.substring(start, i);
      if (token.equals("-")) continue;
      digit |= Character.isDigit(token.charAt(0));
      if (TIME_WORD.matcher(token).matches() || NUMERIC_DATE.matcher(token).matches()) {
        anchored = true;
      } else if (!FILLER.matcher(token).matches() && !ZONE.matcher(token).matches()) {
        return false;
      }
    }
    // A month word without a number ("March", "May") is a name or a verb more often than a date.
    return anchored && digit;
  }

  private static boolean isSplit(char c) {
    return LineShapes.isSpace(c) || c == ',' || c == '|' || c == '·' || c == '•' || c == '–' || c == '—';
  }
}
