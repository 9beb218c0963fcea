package org.lede.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.lede.article.Article;

/** The quotes found in the short articles the written-set tests write, one string a paragraph. */
final class WrittenArticles {
  private static final QuoteFinder FINDER = new QuoteFinder();

  private WrittenArticles() {}

  static List<Quote> find(String... paragraphs) {
    return FINDER.find(Article.builder().paragraphs(List.of(paragraphs)).build());
  }

  /** The one quote of {@code quotes} whose text starts with {@code start}; fails when there is none or several. */
  static Quote quoteStarting(List<Quote> quotes, String start) {
    List<Quote> of = quotes.stream().filter(q -> q.text().startsWith(start)).toList();
    assertThat(of).as("quotes starting %s in %s", start, quotes).hasSize(1);
    return of.get(0);
  }
}
