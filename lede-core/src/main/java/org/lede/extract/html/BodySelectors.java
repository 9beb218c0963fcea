package org.lede.extract.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.lede.html.HtmlAttributes;
import org.lede.html.NamePattern;

/**
 * The containers publishers put an article's body in, by the names their templates give them, most specific
 * first (the list trafilatura maintains, condensed). The first container found by the most specific rule wins.
 */
final class BodySelectors {
  private static final NamePattern BODY_NAMES = NamePattern.of("post-text", "posttext", "post_text", "post-body",
      "postbody", "post-entry", "postentry", "post-content", "post_content", "postcontent", "article-text",
      "articletext", "entry-content", "article-content", "articlecontent", "article__content", "article-body",
      "article__body", "articlebody", "page-content", "text-content", "body-text", "bodytext", "article__container",
      "art-content", "story-body", "storybody", "story-content", "storycontent", "article-inner", "artikel-text",
      "artikeltext", "beitrag-text", "content-text", "richtext", "rich-text", "article-main", "main-text",
      "single-content", "post-bodycopy", "entry-body", "blog-content", "news-text", "newstext", "news-content",
      "text-body", "field-body", "fulltext");
  private static final NamePattern LOOSE_NAMES = NamePattern.of("=text", "=article", "=story", "theme-content",
      "section-content", "single-post", "main-column", "wpb_text_column", "^primary", "=cell", "=postarea",
      "=content", "content-main", "content_main", "content-body", "contentbody", "content__body", "main-content",
      "maincontent", "^main", "^inhalt");

  private static final List<Predicate<Element>> RULES = List.of(
      e -> container(e) && ("articleBody".equalsIgnoreCase(HtmlAttributes.get(e, "itemprop")) || BODY_NAMES.matches(names(e))),
      e -> e.nameIs("article"),
      e -> container(e) && ("article".equals(HtmlAttributes.get(e, "role")) || LOOSE_NAMES.matches(names(e))),
      e -> e.nameIs("main") || "main".equals(HtmlAttributes.get(e, "role")));

  /** The rules from this one on find containers by loose names, which whole page columns also carry. */
  private static final int LOOSE_RULES_FROM = 2;

  private BodySelectors() {}

  /**
   * Returns the body container the page's markup names under {@code root}, whose elements are {@code all} in
   * document order, accepted only if it holds {@code minChars} of text outside links (a menu named "main" is not a
   * body).
   */
  static Element find(Element root, List<Element> all, TextStats stats, int minChars) {
    Named n = findNamed(root, all, stats, minChars);
    return n == null ? null : n.container();
  }

  /** A container the markup names, and whether its name is one only a body has (not a loose "content", "main"). */
  record Named(Element container, boolean specific) {}

  /** As {@link #find}, saying also which kind of name found the container. */
  static Named findNamed(Element root, List<Element> all, TextStats stats, int minChars) {
    for (int r = 0; r < RULES.size(); r++) {
      Predicate<Element> rule = RULES.get(r);
      for (Element e : all) {
        if (e != root && rule.test(e) && TextStats.prose(stats.of(e)) >= minChars) return new Named(e, r < LOOSE_RULES_FROM);
      }
    }
    return null;
  }

  /**
   * Returns the elements that are, or hold, a container the markup names as the article body, among
   * {@code candidates}: the elements of the page that carry attributes (a named container always does).
   */
  static Set<Element> holders(List<Element> candidates) {
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : candidates) {
      if (!RULES.get(0).test(e)) continue;
      // Walking stops at the first element already marked, so each element is marked once.
      Element p = e;
      while (p != null && out.add(p)) p = p.parent();
    }
    return out;
  }

  private static boolean container(Element e) {
    return e.nameIs("div") || e.nameIs("section") || e.nameIs("article") || e.nameIs("main");
  }

  private static String names(Element e) {
    return Boilerplate.names(e);
  }
}
