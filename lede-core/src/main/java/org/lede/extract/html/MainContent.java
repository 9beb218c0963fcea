package org.lede.extract.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Decides which part of a cleaned page is the article's body: the container the page's markup names when it
 * holds at least half the text that content scoring finds, else the scored containers.
 */
final class MainContent {
  private static final int MIN_NAMED_CHARS = 200;
  private static final double SPREAD_SHARE = 0.3;
  /** A named body this long is the article even when scoring finds more text elsewhere (reader forums). */
  private static final int TRUSTED_NAMED_CHARS = 1500;
  private static final double LOOSE_NAMED_SHARE = 0.5;

  private MainContent() {}

  static List<Element> find(Element body, TextStats stats) {
    List<Element> found = candidates(body, stats);
    int chosen = 0;
    for (Element e : found) chosen += TextStats.prose(stats.of(e));
    // Pages that are not one article (a product, a recipe, an about page) spread their text over many blocks;
    // when the best container holds little of it, the whole cleaned page, filtered block by block, is the body.
    return chosen < SPREAD_SHARE * TextStats.prose(stats.of(body)) ? List.of(body) : found;
  }

  private static List<Element> candidates(Element body, TextStats stats) {
    List<Element> all = body.getAllElements();
    BodySelectors.Named found = BodySelectors.findNamed(body, all, stats, MIN_NAMED_CHARS);
    Element named = found == null ? null : found.container();
    List<Element> scored = ContentScorer.find(body, all, stats);
    if (named == null) return scored.isEmpty() ? List.of(body) : scored;
    if (scored.isEmpty()) return List.of(named);
    int scoredChars = 0;
    boolean allInside = true;
    for (Element e : scored) {
      scoredChars += TextStats.prose(stats.of(e));
      allInside &= e == named || isAncestor(named, e);
    }
    int namedChars = TextStats.prose(stats.of(named));
    if (allInside) {
      // A container with a loose name ("content", "main", <main>) is often the page's whole column, with the links
      // to the previous and next story, the blog's own links and the comment form: when scoring finds half of its
      // text in one part of it, that part is the story. A specific name ("article-body") is kept whole.
      return !found.specific() && scoredChars >= LOOSE_NAMED_SHARE * namedChars ? scored : List.of(named);
    }
    return namedChars >= Math.min(TRUSTED_NAMED_CHARS, scoredChars / 2) ? List.of(named) : scored;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) return true;
    }
    return false;
  }
}
