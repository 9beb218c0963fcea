package org.lede.index;

import java.time.LocalDate;

/**
 * The days (UTC) the indexed articles were published between.
 *
 * @param first the earliest publication day
 * @param last  the latest
 */
public record PublishedSpan(LocalDate first, LocalDate last) {}
