package org.lede.time;

import java.time.LocalDate;
import org.lede.article.StatedTime;

/**
 * A date a page states, where it was found and what it claims to be.
 *
 * @param time the resolved time
 * @param day  the calendar day as the page wrote it
 * @param role whether the page calls it the publication or the modification date, or does not say
 * @param from a short name of the source, for diagnostics ("json-ld", "meta", "url", "time", "text")
 */
record DateCandidate(StatedTime time, LocalDate day, Role role, String from) {

  /**
   * What a page says a date is: its publication, its modification, a date of its life without saying which
   * (Dublin Core's "date"), or nothing.
   */
  enum Role { PUBLISHED, MODIFIED, DATED, UNKNOWN }
}
