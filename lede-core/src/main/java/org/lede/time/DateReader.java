package org.lede.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.lede.article.StatedTime.Precision;
import org.lede.text.Chars;

/**
 * Reads date strings found on a page into candidates, rejecting what cannot be a page's own date: times
 * after the reference (with a day's slack for zones), days before 1995, and anything vaguer than a day.
 */
final class DateReader {
  /** The web barely had news pages before this. */
  static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

  private final Instant reference;
  private final LocalDate latest;

  DateReader(Instant reference) {
    this.reference = reference;
    this.latest = reference.plus(1, ChronoUnit.DAYS).atZone(ZoneOffset.UTC).toLocalDate();
  }

  Instant reference() {
    return reference;
  }

  /**
   * Reads {@code raw} as a {@code role} date found in {@code from}; times that lean on the reference
   * (relative or year-less) only when {@code anchoredOk}. Returns null when it states no usable date.
   */
  DateCandidate read(String raw, DateCandidate.Role role, String from, boolean anchoredOk) {
    if (raw == null || raw.isBlank() || raw.length() > 200) return null;
    // Every date that does not lean on the reference is written with digits: without any, only a relative time
    // ("yesterday") could be read, and that is refused here anyway.
    if (!anchoredOk && !Chars.hasDigit(raw)) return null;
    NewsTimes.Reading r = NewsTimes.read(raw.strip(), reference, ZoneOffset.UTC);
    if (r == null || (r.anchored() && !anchoredOk)) return null;
    if (r.time().precision().compareTo(Precision.DAY) < 0) return null;
    LocalDate day = r.day() != null ? r.day() : r.time().instant().atZone(ZoneOffset.UTC).toLocalDate();
    if (!plausible(day)) return null;
    return new DateCandidate(r.time(), day, role, from);
  }


  boolean plausible(LocalDate day) {
    return !day.isBefore(EARLIEST) && !day.isAfter(latest);
  }

  static ZoneId zone() {
    return ZoneOffset.UTC;
  }
}
