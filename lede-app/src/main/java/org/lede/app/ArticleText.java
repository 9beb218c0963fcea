package org.lede.app;

import org.lede.article.Article;
import org.lede.article.Image;
import org.lede.article.Subhead;

/** Renders an article as readable plain text for the terminal. */
final class ArticleText {
  private ArticleText() {}

  static String render(Article a) {
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(nullToEmpty(a.headline())).append('\n');
    line(sb, "id", a.id());
    line(sb, "input", a.input());
    line(sb, "url", a.canonicalUrl() != null ? a.canonicalUrl() : a.url());
    line(sb, "site", a.site());
    if (!a.byline().isEmpty()) line(sb, "by", String.join(", ", a.byline()));
    if (a.published() != null) line(sb, "published", a.published().instant() + " (" + a.published().raw() + ")");
    if (a.updated() != null) line(sb, "updated", a.updated().instant() + " (" + a.updated().raw() + ")");
    if (a.dateline() != null) line(sb, "dateline", a.dateline().place()
        + (a.dateline().agency() != null ? " (" + a.dateline().agency() + ")" : ""));
    line(sb, "dek", a.dek());
    for (Image image : a.images()) {
      line(sb, "image", nullToEmpty(image.caption()) + (image.credit() != null ? " [" + image.credit() + "]" : ""));
    }
    for (String point : a.keyPoints()) line(sb, "key point", point);
    sb.append('\n');
    int next = 0;
    for (int i = 0; i < a.paragraphs().size(); i++) {
      while (next < a.subheads().size() && a.subheads().get(next).paragraph() == i) {
        Subhead s = a.subheads().get(next++);
        sb.append("  ## ").append(s.text()).append("\n\n");
      }
      sb.append("  ").append(a.paragraphs().get(i)).append("\n\n");
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, String value) {
    if (value != null && !value.isBlank()) sb.append(String.format("%-10s %s%n", label + ":", value));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
