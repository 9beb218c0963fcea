package org.lede.time;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.lede.html.HtmlAttributes;

/**
 * Tells whether an element sits in a region of the page whose dates are not the page's own: comments, related
 * links, sidebars, the site's footer. The walk up stops at the article or main element: what encloses the article
 * (a layout "with sidebar") says nothing about it.
 *
 * <p>One instance serves one page and remembers every verdict it reached, so that the many dated elements of a
 * teaser list share one walk. Not thread-safe.
 */
final class Regions {
  /**
   * Class or id words of regions whose dates belong to something else. A post's own footer ("post-footer",
   * "entry-footer") carries the post's date, so it is not one.
   */
  private static final Pattern ELSEWHERE = Pattern.compile(
      "(?i)(?:[\\w]*[-_])?(?:comments?|commentlist|sidebar|related|teaser|recommended|recommendations|popular"
          + "|trending|asides?|archives?|calendar|navbar|navigation|nav|menu|breadcrumbs?|share|sharing|cookies?|replies"
          + "|reply|respond|more-stories|latest|most-read|mostread)(?:[-_][\\w-]*)?"
          + "|(?:site|page|global|main)?[-_]?footer(?:[-_][\\w-]*)?");
  /** Layout-state words ("has-sidebar", "sticky-sidebar-parent") name a layout, not a region. */
  private static final Pattern STATE = Pattern.compile("(?i)^(?:has|no|with|is|without)[-_]|[-_]parent$");

  private final Map<Element, Boolean> verdicts = new IdentityHashMap<>();
  private final Map<String, Boolean> words = new HashMap<>();

  boolean elsewhere(Element e) {
    Boolean answer = null;
    Element x = e;
    for (; x != null; x = x.parent()) {
      answer = verdicts.get(x);
      if (answer != null) break;
      answer = own(x);
      if (answer != null) break;
    }
    boolean result = answer != null && answer;
    for (Element y = e; y != null && y != x; y = y.parent()) verdicts.put(y, result);
    if (x != null) verdicts.put(x, result);
    return result;
  }

  /** This element's own say: true (a region of other dates), false (the article itself), null (ask its parent). */
  private Boolean own(Element x) {
    String tag = x.normalName();
    if (tag.equals("article") || tag.equals("main") || tag.equals("body")) {
      // An article element that is one item of a list of links is a teaser of another article.
      return tag.equals("article") && x.parent() != null && x.parent().nameIs("li") && teaserList(x.parent());
    }
    if ((tag.equals("aside") || tag.equals("nav") || tag.equals("footer")) && x.closest("article, main") == null) {
      return true;
    }
    // The site's masthead (a header holding the navigation) shows today's date, not the article's.
    if (tag.equals("header") && x.closest("article, main") == null && x.selectFirst("nav") != null
        && x.selectFirst("h1") == null) {
      return true;
    }
    if (tag.equals("li") && teaserList(x)) return true;
    if (namesRegion(HtmlAttributes.get(x, "class")) || namesRegion(HtmlAttributes.get(x, "id"))) {
      // A "sidebar" that holds the headline is the layout column the article sits in.
      return x.selectFirst("h1") == null;
    }
    return null;
  }

  /** An item of a list whose items link elsewhere: a list of other articles, each with its own date. */
  private static boolean teaserList(Element item) {
    Element list = item.parent();
    if (list == null || item.selectFirst("h1") != null) return false;
    int linked = 0;
    for (Element sibling : list.children()) {
      if (sibling.nameIs("li") && sibling.selectFirst("a[href]") != null && ++linked >= 3) return true;
    }
    return false;
  }

  private boolean namesRegion(String names) {
    int n = names.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(names.charAt(i))) i++;
      int start = i;
      while (i < n && !Character.isWhitespace(names.charAt(i))) i++;
      if (i > start && words.computeIfAbsent(names.substring(start, i), Regions::isRegionWord)) return true;
    }
    return false;
  }

  private static boolean isRegionWord(String word) {
    return ELSEWHERE.matcher(word).matches() && !STATE.matcher(word).find();
  }
}
