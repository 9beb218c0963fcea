package org.lede.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a Retry-After header: delta seconds or an HTTP date. Stateless and thread-safe. */
final class RetryAfter {
  private RetryAfter() {}

  /** Returns how long the server asked us to wait, or null when the header is absent or unreadable. */
  static Duration parse(String header, Instant now) {
    if (header == null || header.isBlank()) return null;
    String h = header.trim();
    try {
      long seconds = Long.parseLong(h);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(now, at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  /** Returns an HTTP date header (Last-Modified) as an instant, or null. */
  static Instant httpDate(String header) {
    if (header == null) return null;
    try {
      return ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
