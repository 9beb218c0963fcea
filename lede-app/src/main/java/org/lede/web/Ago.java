package org.lede.web;

import java.time.Duration;
import java.time.Instant;

/** Says how long ago something happened in words a reader scans ("5 minutes ago"); the page's script keeps it current. */
final class Ago {
  private Ago() {}

  static String describe(Instant then, Instant now) {
    long s = Duration.between(then, now).getSeconds();
    if (s < 0) return "just now";
    if (s < 60) return plural(s, "second");
    if (s < 3600) return plural(s / 60, "minute");
    if (s < 86_400) return plural(s / 3600, "hour");
    if (s < 86_400L * 60) return plural(s / 86_400, "day");
    if (s < 86_400L * 730) return plural(s / (86_400L * 30), "month");
    return plural(s / (86_400L * 365), "year");
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s") + " ago";
  }
}
