package org.lede.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.article.StatedTime.Precision;

/**
 * Resolves times stated relative to when the page was seen ("5 sec ago", "vor 3 Stunden", "yesterday",
 * "last week") against a reference instant. Amounts of a day or more resolve to the start of that day (or
 * month, or year) in the reader's zone; shorter ones to the exact instant.
 */
final class RelativeTimes {
  private RelativeTimes() {}

  /** A resolved relative time and how precisely it was stated. */
  record Resolved(Instant instant, Precision precision) {}

  private static final String AMOUNT = "(\\d+|an?|one|ein|eine|einer|einem|un|une|uno|una)";
  private static final Pattern ENGLISH_AGO = Pattern.compile(
      "(?iu)(?<!\\p{L})" + AMOUNT + "\\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?"
          + "|mos?|months?|y|yrs?|years?)\\.?\\s+ago(?!\\p{L})");
  private static final Pattern FOREIGN_AGO = Pattern.compile(
      "(?iu)(?<!\\p{L})(?:vor|il y a|hace|há|fa)\\s+" + AMOUNT + "\\s*(sek(?:unden?|\\.)?|sec(?:ondes?|\\.)?"
          + "|segundos?|secondi|min(?:uten?|utes?|utos?|uti|\\.)?|std\\.?|stunden?|heures?|horas?|ore|h"
          + "|tag(?:en?)?|jours?|d[ií]as?|giorni|wochen?|semaines?|semanas?|settimane|monat(?:en?)?|mois|mes(?:es)?"
          + "|jahr(?:en?)?|ans?|años?|anni)(?!\\p{L})");
  private static final Pattern YESTERDAY = Pattern.compile("(?iu)(?<!\\p{L})(yesterday|gestern|hier|ayer|ieri)(?!\\p{L})");
  private static final Pattern TODAY = Pattern.compile(
      "(?iu)(?<!\\p{L})(today|heute|aujourd'hui|aujourd’hui|hoy|oggi)(?!\\p{L})");
  private static final Pattern JUST_NOW = Pattern.compile(
      "(?iu)(?<!\\p{L})(just now|moments? ago|gerade eben|soeben|à l'instant|ahora mismo)(?!\\p{L})");
  private static final Pattern LAST = Pattern.compile(
      "(?iu)(?<!\\p{L})(?:last|letzte[nr]?|vergangene[nr]?)\\s+(week|woche|month|monat|year|jahr)(?!\\p{L})");

  /**
   * The words one of the patterns above cannot match without, each standing as a word of its own: a text with
   * none of them states no relative time, and the patterns need not be tried.
   */
  private static final Set<String> KEY_WORDS = Set.of("ago", "vor", "il", "hace", "há", "fa", "just", "moment",
      "moments", "gerade", "soeben", "à", "ahora", "last", "letzte", "letzten", "letzter", "vergangene",
      "vergangenen", "vergangener", "yesterday", "gestern", "hier", "ayer", "ieri", "today", "heute", "aujourd",
      "hoy", "oggi");
  private static final int LONGEST_KEY_WORD = KEY_WORDS.stream().mapToInt(String::length).max().orElse(0);

  private static boolean hasKeyWord(String text) {
    return Words.any(text, LONGEST_KEY_WORD, KEY_WORDS::contains);
  }

  /** Returns the time {@code text} states relative to {@code reference}, or null when it states none. */
  static Resolved resolve(String text, Instant reference, ZoneId zone) {
    if (!hasKeyWord(text)) return null;
    Matcher m = ENGLISH_AGO.matcher(text);
    if (m.find()) return ago(amount(m.group(1)), m.group(2), reference, zone);
    m = FOREIGN_AGO.matcher(text);
    if (m.find()) return ago(amount(m.group(1)), m.group(2), reference, zone);
    if (JUST_NOW.matcher(text).find()) return new Resolved(reference, Precision.MINUTE);
    m = LAST.matcher(text);
    if (m.find()) {
      String unit = m.group(1).toLowerCase(Locale.ROOT);
      return ago(1, unit.startsWith("w") ? "week" : unit.startsWith("m") ? "month" : "year", reference, zone);
    }
    if (YESTERDAY.matcher(text).find()) return dayOf(reference, zone, 1, text);
    if (TODAY.matcher(text).find()) return dayOf(reference, zone, 0, text);
    return null;
  }

  private static int amount(String word) {
    return Character.isDigit(word.charAt(0)) ? Integer.parseInt(word) : 1;
  }

  private static Resolved ago(int n, String unitWord, Instant reference, ZoneId zone) {
    LocalDate today = reference.atZone(zone).toLocalDate();
    return switch (unit(unitWord.toLowerCase(Locale.ROOT))) {
      case SECONDS -> new Resolved(reference.minusSeconds(n), Precision.SECOND);
      case MINUTES -> new Resolved(reference.minus(Duration.ofMinutes(n)), Precision.MINUTE);
      case HOURS -> new Resolved(reference.minus(Duration.ofHours(n)), Precision.HOUR);
      case DAYS -> startOfDay(today.minusDays(n), zone);
      case WEEKS -> startOfDay(today.minusWeeks(n), zone);
      case MONTHS -> new Resolved(today.minusMonths(n).withDayOfMonth(1).atStartOfDay(zone).toInstant(), Precision.MONTH);
      default -> new Resolved(today.minusYears(n).withDayOfYear(1).atStartOfDay(zone).toInstant(), Precision.YEAR);
    };
  }

  /** Reads a unit word of any of the languages above; the checks run in an order that keeps them apart. */
  private static ChronoUnit unit(String u) {
    if (u.startsWith("sem") || u.startsWith("set") || u.startsWith("w")) return ChronoUnit.WEEKS;
    if (u.startsWith("st")) return ChronoUnit.HOURS;
    if (u.startsWith("s")) return ChronoUnit.SECONDS;
    if (u.equals("m") || u.startsWith("min")) return ChronoUnit.MINUTES;
    if (u.startsWith("mo") || u.startsWith("me")) return ChronoUnit.MONTHS;
    if (u.startsWith("h") || u.equals("ore")) return ChronoUnit.HOURS;
    if (u.startsWith("d") || u.startsWith("ta") || u.startsWith("jo") || u.startsWith("g")) return ChronoUnit.DAYS;
    return ChronoUnit.YEARS;
  }

  private static Resolved dayOf(Instant reference, ZoneId zone, int daysBack, String text) {
    LocalDate day = reference.atZone(zone).toLocalDate().minusDays(daysBack);
    ClockTimes.Found clock = ClockTimes.find(text);
    if (clock != null) {
      ZonedDateTime at = day.atTime(clock.time()).atZone(zone);
      return new Resolved(at.toInstant(), clock.precision());
    }
    return startOfDay(day, zone);
  }

  private static Resolved startOfDay(LocalDate day, ZoneId zone) {
    return new Resolved(day.atStartOfDay(zone).toInstant().truncatedTo(ChronoUnit.SECONDS), Precision.DAY);
  }
}
