package org.lede.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.article.StatedTime.Precision;

/**
 * Finds the calendar date in a stated time: ISO ("2022-03-10"), spelled out in several languages
 * ("10. März 2022", "March 10, 2022", "10 de marzo de 2022"), numeric where the order is unambiguous
 * ("10.03.2022", "25/03/2022"), and without a year ("Feb. 24"), which takes the year from a reference day.
 */
final class CalendarDates {
  private CalendarDates() {}

  /** A date found in text, how precisely it was stated, and the span it was read from. */
  record Found(LocalDate date, Precision precision, int start, int end, boolean yearless) {
    Found(LocalDate date, Precision precision, int start, int end) {
      this(date, precision, start, end, false);
    }
  }

  private static final String MONTH = "(" + MonthNames.ALTERNATION + ")\\.?(?!\\p{L})";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|e|º|°)?\\.?";
  private static final String NOT_DIGIT_BEFORE = "(?<![\\d\\p{L}])";
  private static final String NOT_DIGIT_AFTER = "(?![\\d])";

  private enum Shape { ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, YEAR_FIRST, MONTH_YEAR, DAY_MONTH, MONTH_DAY }

  /** A form of date; {@code named} when it holds a month's name. */
  private record Form(Shape shape, Pattern pattern, boolean named) {}

  private static final List<Form> FORMS = List.of(
      form(Shape.ISO, "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})" + NOT_DIGIT_AFTER),
      form(Shape.DAY_MONTH_YEAR, NOT_DIGIT_BEFORE + DAY + "\\s*(?:de\\s+|of\\s+|-)?" + MONTH
          + "\\s*(?:de\\s+|del\\s+|-|,)?\\s*(\\d{4})" + NOT_DIGIT_AFTER),
      form(Shape.MONTH_DAY_YEAR, "(?<!\\p{L})" + MONTH + "\\s*" + DAY + "\\s*,?\\s*(\\d{4})" + NOT_DIGIT_AFTER),
      form(Shape.NUMERIC, "(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d])(?!\\.\\d)"),
      form(Shape.YEAR_FIRST, "(?<![\\d.])(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})" + NOT_DIGIT_AFTER),
      form(Shape.MONTH_YEAR, "(?<!\\p{L})" + MONTH + "\\s*(?:de\\s+)?,?\\s*(\\d{4})" + NOT_DIGIT_AFTER),
      form(Shape.DAY_MONTH, NOT_DIGIT_BEFORE + DAY + "\\s*(?:de\\s+|of\\s+)?" + MONTH),
      form(Shape.MONTH_DAY, "(?<!\\p{L})" + MONTH + "\\s*" + DAY + "(?![\\d:])"));

  private static Form form(Shape shape, String regex) {
    return new Form(shape, Pattern.compile("(?iu)" + regex), regex.contains(MONTH));
  }

  /**
   * Returns the first date stated in {@code text}, trying the most specific forms first, or null. A date
   * without a year takes the year that puts it nearest before {@code today} (at most a few days after it).
   */
  static Found find(String text, LocalDate today) {
    boolean named = MonthNames.mayOccurIn(text);
    for (Form form : FORMS) {
      if (form.named && !named) continue;
      Matcher m = form.pattern.matcher(text);
      while (m.find()) {
        Found found = read(form.shape, m, today);
        if (found != null) return found;
      }
    }
    return null;
  }

  private static Found read(Shape shape, Matcher m, LocalDate today) {
    try {
      return switch (shape) {
        case ISO -> day(m, num(m, 1), num(m, 2), num(m, 3));
        case DAY_MONTH_YEAR -> day(m, num(m, 3), MonthNames.number(m.group(2)), num(m, 1));
        case MONTH_DAY_YEAR -> day(m, num(m, 3), MonthNames.number(m.group(1)), num(m, 2));
        case NUMERIC -> numeric(m);
        case YEAR_FIRST -> day(m, num(m, 1), num(m, 2), num(m, 3));
        case MONTH_YEAR -> new Found(LocalDate.of(plausibleYear(num(m, 2)), MonthNames.number(m.group(1)), 1),
            Precision.MONTH, m.start(), m.end());
        case DAY_MONTH -> yearless(m, MonthNames.number(m.group(2)), num(m, 1), today);
        case MONTH_DAY -> yearless(m, MonthNames.number(m.group(1)), num(m, 2), today);
      };
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }

  private static Found numeric(Matcher m) {
    int a = num(m, 1);
    int b = num(m, 3);
    int year = num(m, 4);
    if (m.group(4).length() == 2) year += year < 70 ? 2000 : 1900;
    // Dotted dates are day-first wherever they are written; slashed and dashed ones only when the numbers say so.
    if (m.group(2).equals(".") || a > 12 || a == b) return day(m, year, b, a);
    if (b > 12) return day(m, year, a, b);
    return null;
  }

  private static Found day(Matcher m, int year, int month, int day) {
    return new Found(LocalDate.of(plausibleYear(year), month, day), Precision.DAY, m.start(), m.end());
  }

  private static Found yearless(Matcher m, int month, int day, LocalDate today) {
    // Latest year first, so a date a few days past the reference (a page in another time zone) stays this year.
    for (int year = today.getYear() + 1; year >= today.getYear() - 4; year--) {
      LocalDate candidate;
      try {
        candidate = LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        continue;
      }
      if (!candidate.isAfter(today.plusDays(YEARLESS_SLACK_DAYS))) {
        return new Found(candidate, Precision.DAY, m.start(), m.end(), true);
      }
    }
    return null;
  }

  /** How far after the reference day a year-less date may fall before it is read as last year's. */
  static final int YEARLESS_SLACK_DAYS = 3;

  private static int plausibleYear(int year) {
    if (year < 1800 || year > 2200) throw new IllegalArgumentException("year " + year);
    return year;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
