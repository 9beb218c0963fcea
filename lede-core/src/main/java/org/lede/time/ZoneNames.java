package org.lede.time;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time zone abbreviations and offsets as news pages write them ("ET", "CEST", "GMT+2", "+03:00").
 * Abbreviations naming a region's time in general ("ET") map to the region so daylight saving is applied;
 * those naming one half of the year ("EST", "EDT") map to a fixed offset.
 */
final class ZoneNames {
  private ZoneNames() {}

  private static final Map<String, ZoneId> ABBREVIATIONS = Map.ofEntries(
      Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
      Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("EST", ZoneOffset.ofHours(-5)),
      Map.entry("EDT", ZoneOffset.ofHours(-4)),
      Map.entry("CT", ZoneId.of("America/Chicago")), Map.entry("CST", ZoneOffset.ofHours(-6)),
      Map.entry("CDT", ZoneOffset.ofHours(-5)),
      Map.entry("MT", ZoneId.of("America/Denver")), Map.entry("MST", ZoneOffset.ofHours(-7)),
      Map.entry("MDT", ZoneOffset.ofHours(-6)),
      Map.entry("PT", ZoneId.of("America/Los_Angeles")), Map.entry("PST", ZoneOffset.ofHours(-8)),
      Map.entry("PDT", ZoneOffset.ofHours(-7)),
      Map.entry("AKST", ZoneOffset.ofHours(-9)), Map.entry("AKDT", ZoneOffset.ofHours(-8)),
      Map.entry("HST", ZoneOffset.ofHours(-10)),
      Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
      Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", ZoneOffset.ofHours(1)),
      Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
      Map.entry("MEZ", ZoneOffset.ofHours(1)), Map.entry("MESZ", ZoneOffset.ofHours(2)),
      Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
      Map.entry("MSK", ZoneOffset.ofHours(3)), Map.entry("GST", ZoneOffset.ofHours(4)),
      Map.entry("PKT", ZoneOffset.ofHours(5)), Map.entry("ICT", ZoneOffset.ofHours(7)),
      Map.entry("WIB", ZoneOffset.ofHours(7)), Map.entry("SGT", ZoneOffset.ofHours(8)),
      Map.entry("HKT", ZoneOffset.ofHours(8)), Map.entry("PHT", ZoneOffset.ofHours(8)),
      Map.entry("AWST", ZoneOffset.ofHours(8)), Map.entry("JST", ZoneOffset.ofHours(9)),
      Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("AEST", ZoneOffset.ofHours(10)),
      Map.entry("AEDT", ZoneOffset.ofHours(11)), Map.entry("NZST", ZoneOffset.ofHours(12)),
      Map.entry("NZDT", ZoneOffset.ofHours(13)));

  // Case-sensitive on purpose: "et" and "pt" are words in French and Portuguese.
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?<![\\p{L}\\d])(" + String.join("|", ABBREVIATIONS.keySet().stream()
          .sorted((a, b) -> b.length() - a.length()).toList())
          + ")(?![\\p{L}])(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?");

  private static final Pattern OFFSET = Pattern.compile("(?<![\\d:])([+-])(\\d{2}):?(\\d{2})(?!\\d)");

  /** A zone found in text and where it ends. */
  record Found(ZoneId zone, int start, int end) {}

  /** Finds the first zone abbreviation or offset in {@code text} at or after {@code from}, or null. */
  static Found find(String text, int from) {
    Matcher m = ABBREVIATION.matcher(text);
    if (m.find(from)) {
      ZoneId base = ABBREVIATIONS.get(m.group(1));
      if (m.group(2) != null && base.equals(ZoneOffset.UTC)) {
        int h = Integer.parseInt(m.group(3));
        int min = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (h <= 18 && min < 60) {
          int sign = m.group(2).equals("-") ? -1 : 1;
          return new Found(ZoneOffset.ofHoursMinutes(sign * h, sign * min), m.start(), m.end());
        }
      }
      return new Found(base, m.start(), m.end(1));
    }
    return null;
  }

  /** Reads an offset written right at the start of {@code text} ("Z", "+03:00", "-0500"), or null. */
  static ZoneId offsetAt(String text) {
    if (text.startsWith("Z")) return ZoneOffset.UTC;
    Matcher m = OFFSET.matcher(text);
    if (!m.lookingAt()) return null;
    int h = Integer.parseInt(m.group(2));
    int min = Integer.parseInt(m.group(3));
    if (h > 18 || min > 59) return null;
    int sign = m.group(1).equals("-") ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
  }
}
