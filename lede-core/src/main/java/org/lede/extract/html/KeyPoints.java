package org.lede.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.lede.html.NamePattern;
import org.lede.html.PageParts;

/** Finds the bulleted summary some outlets print under the headline, by the names their markup gives it. */
final class KeyPoints {
  private static final NamePattern NAMES = NamePattern.of("key-points", "keypoints", "key-point", "highlights",
      "summary", "takeaways", "tldr", "tl-dr", "zusammenfassung", "das-wichtigste", "auf-einen-blick",
      "bullet-points", "bulletpoints", "story-highlights", "kernpunkte", "l-essentiel", "key-facts", "keyfacts",
      "at-a-glance", "in-brief", "quick-read");
  /** A box holding the list and a heading such as "At a glance" goes with the list, heading included. */
  private static final int MAX_BOX_EXTRA_CHARS = 60;
  private static final int MAX_ITEMS = 10;
  private static final int MAX_ITEM_CHARS = 400;

  private KeyPoints() {}

  /**
   * Returns the key points in the page's body and removes their list from the page, taking its text out of
   * {@code stats}; empty when none. {@code parts} were gathered from the page.
   */
  static List<String> take(PageParts parts, TextStats stats) {
    for (Element list : parts.bodyLists()) {
      if (!named(list)) continue;
      List<String> items = new ArrayList<>();
      for (Element li : list.children()) {
        if (!li.nameIs("li")) continue;
        String t = Texts.clean(li.text());
        if (!t.isEmpty()) items.add(t);
      }
      if (items.size() < 2 || items.size() > MAX_ITEMS
          || items.stream().anyMatch(t -> t.length() > MAX_ITEM_CHARS)) {
        continue;
      }
      Element box = namedBox(list);
      boolean boxIsJustTheList = box != list
          && Texts.clean(box.text()).length() - Texts.clean(list.text()).length() <= MAX_BOX_EXTRA_CHARS;
      Element removed = boxIsJustTheList ? box : list;
      stats.forget(removed);
      removed.remove();
      return items;
    }
    return List.of();
  }

  private static Element namedBox(Element list) {
    Element e = list;
    for (int level = 0; level < 3 && e != null && !e.nameIs("body"); level++, e = e.parent()) {
      String n = Boilerplate.names(e);
      if (!n.isEmpty() && NAMES.matches(n)) return e;
    }
    return list;
  }

  private static boolean named(Element list) {
    Element e = list;
    for (int level = 0; level < 3 && e != null && !e.nameIs("body"); level++, e = e.parent()) {
      String n = Boilerplate.names(e);
      if (!n.isEmpty() && NAMES.matches(n)) return true;
    }
    return false;
  }
}
