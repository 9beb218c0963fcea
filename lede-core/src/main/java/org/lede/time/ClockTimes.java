package org.lede.time;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.article.StatedTime.Precision;

/** Finds a time of day as news writes it: "17:41", "5:41 PM", "5 p.m.", "17.41 Uhr", "17h41", "T17:41:00.000". */
final class ClockTimes {
  private ClockTimes() {}

  /** A time of day, how precisely it was stated, and the span it was read from. */
  record Found(LocalTime time, Precision precision, int start, int end) {}

  private static final String MERIDIEM = "(?:\\s*([ap])\\.?\\s?m\\b\\.?)";
  private static final Pattern COLON = Pattern.compile(
      "(?i)(?<![\\d:.])T?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?" + MERIDIEM + "?(?![\\d:])");
  private static final Pattern HOUR_MERIDIEM = Pattern.compile("(?i)(?<![\\d:.])(\\d{1,2})" + MERIDIEM);
  private static final Pattern DOTTED_OR_FRENCH = Pattern.compile(
      "(?i)(?<![\\d:.])(\\d{1,2})(?:\\.(\\d{2})\\s*uhr|h(\\d{2}))(?!\\d)");

  /** Finds the first time of day in {@code text}, or null. */
  static Found find(String text) {
    Matcher m = COLON.matcher(text);
    while (m.find()) {
      Found f = build(m, 1, 2, 3, 4);
      if (f != null) return f;
    }
    m = HOUR_MERIDIEM.matcher(text);
    while (m.find()) {
      Found f = build(m, 1, -1, -1, 2);
      if (f != null) return f;
    }
    m = DOTTED_OR_FRENCH.matcher(text);
    while (m.find()) {
      Found f = build(m, 1, m.group(2) != null ? 2 : 3, -1, -1);
      if (f != null) return f;
    }
    return null;
  }

  private static Found build(Matcher m, int hourGroup, int minuteGroup, int secondGroup, int meridiemGroup) {
    int hour = Integer.parseInt(m.group(hourGroup));
    int minute = minuteGroup < 0 ? 0 : Integer.parseInt(m.group(minuteGroup));
    String secondText = secondGroup < 0 ? null : m.group(secondGroup);
    int second = secondText == null ? 0 : Integer.parseInt(secondText);
    String meridiem = meridiemGroup < 0 ? null : m.group(meridiemGroup);
    if (meridiem != null) {
      if (hour < 1 || hour > 12) return null;
      hour = hour % 12 + (meridiem.equalsIgnoreCase("p") ? 12 : 0);
    }
    Precision precision = secondText != null ? Precision.SECOND
        : minuteGroup >= 0 ? Precision.MINUTE : Precision.HOUR;
    try {
      return new Found(LocalTime.of(hour, minute, second), precision, m.start(), m.end());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
