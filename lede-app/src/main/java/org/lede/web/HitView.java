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
 * @param copiesHere copies of the same text that the page found too, folded under this one
 * @param copies    how many copies its text has in the store in all (0 for none)
 * @param original  the id of the original when this article is itself a copy whose original was not found, or null
 */
record HitView(String id, String headline, String site, String published, String byline, List<Run> snippet,
    List<HitView> copiesHere, int copies, String original) {
  HitView(String id, String headline, String site, String published, String byline, List<Run> snippet) {
    this(id, headline, site, published, byline, snippet, List.of(), 0, null);
  }

  /** Where all the copies are listed: the original's page. */
  String copiesHref() {
    return "/a/" + (original == null ? id : original) + "#copies";
  }
  /** A run of snippet text; {@code match} runs are highlighted. */
  record Run(String text, boolean match) {}
}
