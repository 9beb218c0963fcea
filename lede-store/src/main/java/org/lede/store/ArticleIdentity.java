package org.lede.store;

import org.lede.article.Article;
import org.lede.extract.ArticleIds;

/** Fills in what the store needs to know an article by. */
final class ArticleIdentity {
  private ArticleIdentity() {}

  /** Returns {@code a} with its id and input filled in when the extractor left them empty. */
  static Article identified(Article a, String input, int position) {
    String id = a.id() != null && !a.id().isBlank() ? a.id() : ArticleIds.of(a.canonicalUrl(), input, position);
    String in = a.input() != null ? a.input() : input;
    if (id.equals(a.id()) && in.equals(a.input())) return a;
    return new Article(id, in, a.url(), a.canonicalUrl(), a.site(), a.language(), a.headline(), a.dek(), a.keyPoints(),
        a.byline(), a.dateline(), a.published(), a.updated(), a.images(), a.subheads(), a.paragraphs(), a.text());
  }
}
