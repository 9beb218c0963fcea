package org.lede.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The containers publishers put an article's body in, by the names their templates give them, most specific
 * first (the list trafilatura maintains, condensed). The first container found by the most specific rule wins.
 */
final class BodySelectors {
  private static final Pattern BODY_NAMES = Pattern.compile(
      "post-?text|post_text|post-?body|post-?entry|postentry|post-?content|post_content|postcontent"
          + "|article-?text|articletext|entry-content|article-?content|article__content|article-?body|article__body"
          + "|articlebody|page-content|text-content|body-?text|article__container|art-content|story-?body"
          + "|story-?content|storycontent|article-?inner|artikel-?text|beitrag-?text|content-?text|richtext"
          + "|rich-text|article-main|main-text|single-?content|post-bodycopy|entry-body|blog-?content|news-?text"
          + "|news-?content|text-?body|field-?body|fulltext");
  private static final Pattern LOOSE_NAMES = Pattern.compile(
      "^text$|^article |^article$|^story$|theme-content|section-content|single-post|main-column|wpb_text_column"
          + "|^primary|^cell$|^postarea$|^content$|content-main|content_main|content-?body|contentbody"
          + "|content__body|main-?content|maincontent|^main|^inhalt");

  private static final List<Predicate<Element>> RULES = List.of(
      e -> container(e) && ("articleBody".equalsIgnoreCase(e.attr("itemprop")) || BODY_NAMES.matcher(names(e)).find()),
      e -> e.nameIs("article"),
      e -> container(e) && ("article".equals(e.attr("role")) || LOOSE_NAMES.matcher(e.className().toLowerCase(Locale.ROOT)).find()
          || LOOSE_NAMES.matcher(e.id().toLowerCase(Locale.ROOT)).find()),
      e -> e.nameIs("main") || "main".equals(e.attr("role")));

  private BodySelectors() {}

  /** Returns the body container the page's markup names, accepted only if it holds {@code minChars} of text. */
  static Element find(Element root, TextStats stats, int minChars) {
    for (Predicate<Element> rule : RULES) {
      for (Element e : root.getAllElements()) {
        if (e != root && rule.test(e) && stats.of(e).chars >= minChars) return e;
      }
    }
    return null;
  }

  private static boolean container(Element e) {
    return e.nameIs("div") || e.nameIs("section") || e.nameIs("article") || e.nameIs("main");
  }

  private static String names(Element e) {
    return Boilerplate.names(e);
  }
}
