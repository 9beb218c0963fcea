package org.lede.index;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** How attention is counted over time: a count a day, a week (Monday to Sunday, UTC) or a calendar month. */
public enum Interval {
  DAY, WEEK, MONTH;

  /** Returns the first day of the period holding {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /** Returns the first day of the period after the one starting on {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
    };
  }

  /** Returns the period's name as the CSV and the API write it: 2024-03-05 for a day or a week (its Monday), 2024-03 for a month. */
  public String label(LocalDate start) {
    return this == MONTH ? start.toString().substring(0, 7) : start.toString();
  }

  /** Returns the lower-case name: day, week or month. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads day, week or month (any case).
   *
   * @throws IllegalArgumentException naming the value when it is none of them
   */
  public static Interval parse(String value) {
    String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    for (Interval i : values()) if (i.name().equals(v)) return i;
    throw new IllegalArgumentException("the interval must be day, week or month, not \"" + value + "\"");
  }
}
