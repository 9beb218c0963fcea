package org.lede.index;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One period of an attention count: the interval's period that starts on {@code start}, cut to the span asked for,
 * so its count is exactly what a search with {@code since = from} and {@code until = until} finds.
 *
 * @param start the first day of the whole period (a Monday for weeks, the 1st for months)
 * @param label the period's name: 2024-03-05 for a day or a week, 2024-03 for a month
 * @param from  the first instant counted, inclusive
 * @param until the end, exclusive
 */
public record Period(LocalDate start, String label, Instant from, Instant until) {}
