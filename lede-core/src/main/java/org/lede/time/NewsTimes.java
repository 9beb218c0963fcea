package org.lede.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lede.article.StatedTime;
import org.lede.article.StatedTime.Precision;

/**
 * Reads the times news pages state about themselves, absolute ("10 March 2022") or relative ("5 sec ago").
 *
 * <p>Stateless and thread-safe.
 */
public final class NewsTimes {
  private NewsTimes() {}

  // Labels like "Last updated on:" say what the time is, not when; they are dropped so "last" is not read as "last week".
  private static final Pattern LABEL = Pattern.compile(
      "(?iu)^[\\s|·•—–-]*(?:(?:last|zuletzt|dernière)\\s+)?(?:updated|update|published|posted|modified|created|"
          + "first published|originally published|date|dated|aktualisiert|veröffentlicht|erschienen|stand|publié|"
          + "mis à jour|modifié|actualizado|publicado|pubblicato|aggiornato)\\b(?:\\s+(?:on|at|am|um|le|el|il))?"
          + "[\\s:|·•—–-]*");

  /**
   * Parses {@code raw} ("Updated 10 March 2022", "March 10, 2022 5:41 PM ET", "Updated 5 sec ago", "yesterday"),
   * resolving relative times against {@code reference} and zone-less times in {@code zone}. The returned
   * time keeps {@code raw} as written.
   *
   * <p>Reads the first time stated in {@code raw}; a date without a year ("Feb. 24") takes the year of its
   * latest occurrence no more than a few days after {@code reference}. A date without a time of day is the
   * start of that day in the stated zone, else in {@code zone}.
   *
   * @param raw       the text as the page states it; null or blank gives empty
   * @param reference when the page was seen: the anchor for relative and year-less times
   * @param zone      the zone of times that state none
   * @return the resolved time, or empty when {@code raw} states no time
   */
  public static Optional<StatedTime> parse(String raw, Instant reference, ZoneId zone) {
    return Optional.ofNullable(read(raw, reference, zone)).map(Reading::time);
  }

  /**
   * Returns the calendar day {@code time} states as written ("2022-03-10T01:00+03:00" is the 10th even though
   * it is the 9th in UTC), falling back to the day of its instant in {@code zone}.
   *
   * @param time      a time read by {@link #parse}
   * @param reference the reference it was read against
   * @param zone      the zone it was read in
   */
  public static LocalDate statedDay(StatedTime time, Instant reference, ZoneId zone) {
    Reading r = read(time.raw(), reference, zone);
    if (r != null && r.day() != null && r.time().instant().equals(time.instant())) return r.day();
    return time.instant().atZone(zone).toLocalDate();
  }

  /**
   * A time read from text with what page-date finding needs to weigh it.
   *
   * @param time     the resolved time
   * @param day      the calendar day as written, or null for relative times
   * @param anchored whether the reference supplied part of it (relative times, dates without a year)
   */
  record Reading(StatedTime time, LocalDate day, boolean anchored) {}

  /** Reads {@code raw} like {@link #parse}, or returns null. */
  static Reading read(String raw, Instant reference, ZoneId zone) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(zone, "zone");
    if (raw == null || raw.isBlank()) return null;
    String text = LABEL.matcher(raw.strip()).replaceFirst("");
    // A full date beats a relative time in the same text: "January 19, 2020 / 12:25 PM / Updated 8 hours ago"
    // was published on the 19th, whatever the revision's age.
    Absolute a = absolute(text, reference, zone);
    if (a != null && !a.anchored) return new Reading(new StatedTime(a.instant, a.precision, raw), a.day, false);
    RelativeTimes.Resolved relative = RelativeTimes.resolve(text, reference, zone);
    if (relative != null) return new Reading(new StatedTime(relative.instant(), relative.precision(), raw), null, true);
    return a == null ? null : new Reading(new StatedTime(a.instant, a.precision, raw), a.day, a.anchored);
  }

  private record Absolute(Instant instant, Precision precision, LocalDate day, boolean anchored) {}

  private static Absolute absolute(String text, Instant reference, ZoneId defaultZone) {
    LocalDate today = reference.atZone(defaultZone).toLocalDate();
    CalendarDates.Found date = CalendarDates.find(text, today);
    if (date == null) return yearOnly(text, defaultZone);
    boolean anchored = date.yearless();
    // Blank out the date so its digits are not read again as a time of day.
    String rest = text.substring(0, date.start()) + " ".repeat(date.end() - date.start()) + text.substring(date.end());
    ClockTimes.Found clock = date.precision() == Precision.DAY ? ClockTimes.find(rest) : null;
    ZoneId zone = defaultZone;
    if (clock != null) {
      ZoneId offset = ZoneNames.offsetAt(rest.substring(clock.end()).stripLeading());
      ZoneNames.Found named = offset == null ? ZoneNames.find(rest, clock.end()) : null;
      if (offset != null) zone = offset;
      else if (named != null) zone = named.zone();
      ZonedDateTime at = date.date().atTime(clock.time()).atZone(zone);
      return new Absolute(at.toInstant(), clock.precision(), date.date(), anchored);
    }
    ZoneNames.Found named = ZoneNames.find(rest, 0);
    if (named != null) zone = named.zone();
    return new Absolute(date.date().atStartOfDay(zone).toInstant(), date.precision(), date.date(), anchored);
  }

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

  private static Absolute yearOnly(String text, ZoneId zone) {
    String t = text.strip();
    if (!YEAR.matcher(t).matches()) return null;
    Instant start = LocalDate.of(Integer.parseInt(t), 1, 1).atStartOfDay(zone).toInstant();
    return new Absolute(start, Precision.YEAR, null, false);
  }
}
