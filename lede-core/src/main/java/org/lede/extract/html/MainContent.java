package org.lede.extract.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Decides which part of a cleaned page is the article's body: the container the page's markup names, unless
 * content scoring finds a clearly larger one elsewhere, or the markup names none.
 */
final class MainContent {
  private static final int MIN_NAMED_CHARS = 200;

  private MainContent() {}

  static List<Element> find(Element body, TextStats stats) {
    Element named = BodySelectors.find(body, stats, MIN_NAMED_CHARS);
    List<Element> scored = ContentScorer.find(body, stats);
    if (named == null) return scored.isEmpty() ? List.of(body) : scored;
    if (scored.isEmpty()) return List.of(named);
    int namedChars = stats.of(named).chars;
    int scoredChars = 0;
    for (Element e : scored) {
      if (e == named || named.parents().contains(e)) return List.of(named);
      scoredChars += stats.of(e).chars;
    }
    boolean inside = false;
    for (Element e : scored) inside |= e.parents().contains(named);
    if (inside) return List.of(named);
    return scoredChars > 2 * namedChars ? scored : List.of(named);
  }
}
