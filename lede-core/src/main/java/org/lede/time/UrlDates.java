package org.lede.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.article.StatedTime;
import org.lede.article.StatedTime.Precision;

/**
 * Reads the day a URL states in its path: "/2019/03/10/", "/2019-03-10-", "/20190310/", "-10-03-2019-".
 */
final class UrlDates {
  private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z]+://[^/]+");

  private UrlDates() {}

  // A one-digit day must end its path segment: in "/2023/10/3-questions" the 3 belongs to the slug.
  private static final Pattern SEPARATED = Pattern.compile(
      "[/_-]((?:19|20)\\d{2})[/_.-](0?[1-9]|1[0-2])[/_.-]((?:0[1-9]|[12]\\d|3[01])(?=[/_.?#-]|$)|[1-9](?=[/.?#]|$))");
  private static final Pattern COMPACT = Pattern.compile(
      "[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.?#-]|$)");

  // Day first, four-digit year last, as European sites write their slugs: "/23-01-2022-slug/", "_vom_22.04.2020_".
  private static final Pattern DAY_FIRST = Pattern.compile(
      "[/_~-](0[1-9]|[12]\\d|3[01])([-_.])(0[1-9]|1[0-2])\\2((?:19|20)\\d{2})(?=[/_.?#-]|$)");

  /** A year and a month as two path segments of their own: "/artikel/2015/01/a-slug/". */
  private static final Pattern MONTH = Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])(?=/)");

  /** Returns the month {@code url}'s path files it under ("/2015/01/"), or null. */
  static YearMonth month(String url) {
    if (url == null) return null;
    Matcher m = MONTH.matcher(path(url));
    return m.find() ? YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
  }

  /** Returns the day stated in {@code url}'s path, or null. */
  static DateCandidate find(String url) {
    if (url == null) return null;
    String path = path(url);
    for (Pattern p : new Pattern[] {SEPARATED, COMPACT, DAY_FIRST}) {
      Matcher m = p.matcher(path);
      if (m.find()) {
        boolean dayFirst = p == DAY_FIRST;
        try {
          LocalDate day = LocalDate.of(Integer.parseInt(m.group(dayFirst ? 4 : 1)), Integer.parseInt(m.group(dayFirst ? 3 : 2)),
              Integer.parseInt(m.group(dayFirst ? 1 : 3)));
          StatedTime time = new StatedTime(day.atStartOfDay(ZoneOffset.UTC).toInstant(), Precision.DAY, m.group());
          return new DateCandidate(time, day, DateCandidate.Role.PUBLISHED, "url");
        } catch (DateTimeException e) {
          // not a date after all: keep looking
        }
      }
    }
    return null;
  }

  private static String path(String url) {
    return SCHEME_AND_HOST.matcher(url).replaceFirst("");
  }
}
