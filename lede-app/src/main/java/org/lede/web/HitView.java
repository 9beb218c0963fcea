package org.lede.web;

import java.util.List;

/**
 * One search hit as a results list shows it.
 *
 * @param id        the article id
 * @param headline  the headline
 * @param site      the site, or null
 * @param published the publication date for display, or null
 * @param byline    the authors joined, or ""
 * @param snippet   the extract, split into plain and matched runs so the template escapes each
 */
record HitView(String id, String headline, String site, String published, String byline, List<Run> snippet) {
  /** A run of snippet text; {@code match} runs are highlighted. */
  record Run(String text, boolean match) {}
}
