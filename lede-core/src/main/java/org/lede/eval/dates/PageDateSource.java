package org.lede.eval.dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is being measured: something that says on which day a page was published.
 *
 * <p>Implementations must be thread-safe; they are given the raw bytes so that charset detection and HTML
 * parsing are part of what is measured.
 */
@FunctionalInterface
public interface PageDateSource {
  /**
   * Returns the publication day of the page.
   *
   * @param page the page as fetched (decompressed)
   * @param url  the URL it was fetched from
   * @return the day, or empty when the source finds none
   */
  Optional<LocalDate> publicationDay(byte[] page, String url);
}
