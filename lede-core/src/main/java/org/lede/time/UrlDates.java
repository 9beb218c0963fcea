package org.lede.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.article.StatedTime;
import org.lede.article.StatedTime.Precision;

/** Reads the day a URL states in its path: "/2019/03/10/", "/2019-03-10-", "/20190310/". */
final class UrlDates {
  private UrlDates() {}

  private static final Pattern SEPARATED = Pattern.compile(
      "[/_-]((?:19|20)\\d{2})[/_.-](0?[1-9]|1[0-2])[/_.-](0?[1-9]|[12]\\d|3[01])(?=[/_.?#-]|$)");
  private static final Pattern COMPACT = Pattern.compile(
      "[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.?#-]|$)");

  /** Returns the day stated in {@code url}'s path, or null. */
  static DateCandidate find(String url) {
    if (url == null) return null;
    String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "");
    for (Pattern p : new Pattern[] {SEPARATED, COMPACT}) {
      Matcher m = p.matcher(path);
      if (m.find()) {
        try {
          LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
          StatedTime time = new StatedTime(day.atStartOfDay(ZoneOffset.UTC).toInstant(), Precision.DAY, m.group());
          return new DateCandidate(time, day, DateCandidate.Role.PUBLISHED, "url");
        } catch (DateTimeException e) {
          // not a date after all: keep looking
        }
      }
    }
    return null;
  }
}
