package org.lede.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.article.StatedTime.Precision;

/**
 * Finds dates written in English news text and resolves them against the article's own date: "Feb. 24" and
 * "March 19" take the year that puts them nearest the article's date; "on Thursday" is the last Thursday on or
 * before it (news reports what happened); "next month", "last year", "yesterday" count from it.
 *
 * <p>Stateless and thread-safe; linear in the text's length.
 */
public final class DateMentionFinder {
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String COUNT = "(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

  /** Words that lead a date without changing it: they are not part of the mention. */
  private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("in", "on", "since", "until", "by");

  /** Each kind of mention starts a word: the boundary is tested once a position, not once a kind. */
  private static final Pattern DATES = Pattern.compile("\\b(?:" + String.join("|",
      // 1: month, 2: day, 3: year — "Feb. 24", "March 19, 2026"
      MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?",
      // 4: day, 5: month, 6: year — "24 February 2022"
      "(\\d{1,2})\\s+" + MONTH + "(?:\\s+((?:19|20)\\d{2})\\b)?",
      // 7: month, 8: year — "in October", "last October", "October 2025"
      "(?:in|since|until|by|last|next|this|early|late|mid-?)\\s+" + MONTH + "(?:\\s+((?:19|20)\\d{2}))?\\b",
      // 9: relation, 10: weekday — "on Thursday", "last Monday"
      "(on|last|next|this|since|by|until|late|early)\\s+" + WEEKDAY + "\\b",
      // 11: today / yesterday / tomorrow
      "(today|yesterday|tomorrow)\\b",
      // 12: relation, 13: unit — "last year", "next month", "this week", "earlier this month"
      "(last|next|this|earlier this|later this)\\s+(week|month|year)\\b",
      // 14: count, 15: unit — "two weeks ago", "3 days ago"
      COUNT + "\\s+(days?|weeks?|months?|years?)\\s+ago\\b",
      // 16: year — "in 2025"
      "(?:in|since|until|by|of|from|before|after)\\s+((?:19|20)\\d{2})\\b(?![-–]\\d|\\s*(?:percent|%))") + ")");

  /** Finds the date mentions in {@code text}; {@code articleDate} may be null, leaving relative ones unresolved. */
  public List<DateMention> find(String text, LocalDate articleDate) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = DATES.matcher(text);
    while (m.find()) {
      DateMention mention = mention(m, articleDate);
      if (mention != null) out.add(mention);
    }
    return out;
  }

  private static DateMention mention(Matcher m, LocalDate ref) {
    if (m.group(1) != null) return monthDay(m, 1, month(m.group(1)), m.group(2), m.group(3), ref);
    if (m.group(5) != null) return monthDay(m, 4, month(m.group(5)), m.group(4), m.group(6), ref);
    if (m.group(7) != null) return monthOnly(m, month(m.group(7)), m.group(8), ref);
    if (m.group(10) != null) return weekday(m, m.group(9), DayOfWeek.valueOf(m.group(10).toUpperCase(Locale.ROOT)), ref);
    if (m.group(11) != null) {
      int shift = switch (m.group(11).toLowerCase(Locale.ROOT)) {
        case "yesterday" -> -1;
        case "tomorrow" -> 1;
        default -> 0;
      };
      return of(m, m.start(11), ref == null ? null : ref.plusDays(shift), Precision.DAY, true);
    }
    if (m.group(13) != null) return relativeUnit(m, m.group(12).toLowerCase(Locale.ROOT), m.group(13), ref);
    if (m.group(15) != null) return ago(m, m.group(14), m.group(15), ref);
    if (m.group(16) != null) {
      return of(m, m.start(16), LocalDate.of(Integer.parseInt(m.group(16)), 1, 1), Precision.YEAR, false);
    }
    return null;
  }

  private static DateMention monthDay(Matcher m, int first, Month month, String day, String year, LocalDate ref) {
    int d = Integer.parseInt(day);
    if (d < 1 || d > month.maxLength()) return null;
    if (year != null) return of(m, m.start(first), safeDate(Integer.parseInt(year), month, d), Precision.DAY, false);
    if (ref == null) return of(m, m.start(first), null, Precision.DAY, true);
    LocalDate best = null;
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      LocalDate candidate = safeDate(y, month, d);
      if (candidate != null && (best == null
          || Math.abs(ChronoUnit.DAYS.between(ref, candidate)) < Math.abs(ChronoUnit.DAYS.between(ref, best)))) {
        best = candidate;
      }
    }
    return of(m, m.start(first), best, Precision.DAY, true);
  }

  private static DateMention monthOnly(Matcher m, Month month, String year, LocalDate ref) {
    String lead = m.group().substring(0, m.start(7) - m.start()).strip().toLowerCase(Locale.ROOT);
    int from = PREPOSITIONS.contains(lead) ? m.start(7) : m.start();
    if (year != null) return of(m, from, LocalDate.of(Integer.parseInt(year), month, 1), Precision.MONTH, false);
    if (ref == null) return of(m, from, null, Precision.MONTH, true);
    LocalDate thisYear = LocalDate.of(ref.getYear(), month, 1);
    LocalDate date = switch (lead) {
      case "last", "since" -> month.getValue() < ref.getMonthValue() ? thisYear : thisYear.minusYears(1);
      case "next", "until", "by" -> month.getValue() > ref.getMonthValue() ? thisYear : thisYear.plusYears(1);
      // "in October" written in November is this year's; written in January, more likely last year's when far back
      default -> nearest(thisYear, ref);
    };
    return of(m, from, date, Precision.MONTH, true);
  }

  private static LocalDate nearest(LocalDate thisYear, LocalDate ref) {
    LocalDate best = thisYear;
    for (LocalDate c : List.of(thisYear.minusYears(1), thisYear.plusYears(1))) {
      if (Math.abs(ChronoUnit.DAYS.between(ref, c)) < Math.abs(ChronoUnit.DAYS.between(ref, best))) best = c;
    }
    return best;
  }

  private static DateMention weekday(Matcher m, String relation, DayOfWeek day, LocalDate ref) {
    int from = PREPOSITIONS.contains(relation.toLowerCase(Locale.ROOT)) ? m.start(10) : m.start();
    if (ref == null) return of(m, from, null, Precision.DAY, true);
    LocalDate date = switch (relation.toLowerCase(Locale.ROOT)) {
      case "next", "until", "by" -> ref.with(TemporalAdjusters.next(day));
      case "last", "since" -> ref.with(TemporalAdjusters.previous(day));
      // "on Sunday" in news is most often the coming one for elections and the last one for events; the verb
      // decides, which a pattern cannot see: take the nearest, past winning ties.
      default -> {
        LocalDate past = ref.with(TemporalAdjusters.previousOrSame(day));
        LocalDate next = ref.with(TemporalAdjusters.nextOrSame(day));
        yield ChronoUnit.DAYS.between(past, ref) <= ChronoUnit.DAYS.between(ref, next) ? past : next;
      }
    };
    return of(m, from, date, Precision.DAY, true);
  }

  private static DateMention relativeUnit(Matcher m, String relation, String unit, LocalDate ref) {
    if (ref == null) return of(m, m.start(), null, precisionOf(unit), true);
    int shift = relation.equals("last") ? -1 : relation.equals("next") ? 1 : 0;
    LocalDate date = switch (unit) {
      case "week" -> ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
      case "month" -> ref.withDayOfMonth(1).plusMonths(shift);
      default -> ref.withDayOfYear(1).plusYears(shift);
    };
    return of(m, m.start(), date, precisionOf(unit), true);
  }

  private static DateMention ago(Matcher m, String count, String unit, LocalDate ref) {
    int n = number(count);
    String u = unit.toLowerCase(Locale.ROOT);
    Precision p = u.startsWith("day") || u.startsWith("week") ? Precision.DAY : u.startsWith("month") ? Precision.MONTH : Precision.YEAR;
    if (ref == null) return of(m, m.start(), null, p, true);
    LocalDate date = u.startsWith("day") ? ref.minusDays(n) : u.startsWith("week") ? ref.minusWeeks(n)
        : u.startsWith("month") ? ref.minusMonths(n).withDayOfMonth(1) : ref.minusYears(n).withDayOfYear(1);
    return of(m, m.start(), date, p, true);
  }

  private static Precision precisionOf(String unit) {
    return switch (unit) {
      case "week" -> Precision.DAY;
      case "month" -> Precision.MONTH;
      default -> Precision.YEAR;
    };
  }

  private static int number(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "a", "an", "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "seven" -> 7;
      case "eight" -> 8;
      case "nine" -> 9;
      case "ten" -> 10;
      case "eleven" -> 11;
      case "twelve" -> 12;
      default -> Integer.parseInt(word);
    };
  }

  private static Month month(String name) {
    return Month.of(MonthNames.number(name));
  }

  private static LocalDate safeDate(int year, Month month, int day) {
    return day <= month.length(java.time.Year.isLeap(year)) ? LocalDate.of(year, month, day) : null;
  }

  private static DateMention of(Matcher m, int start, LocalDate date, Precision precision, boolean relative) {
    int end = m.end();
    return new DateMention(m.group().substring(start - m.start()), start, end, date, precision, relative);
  }
}
