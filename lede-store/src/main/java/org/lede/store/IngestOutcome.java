package org.lede.store;

import java.util.List;

/**
 * What ingesting one raw input did.
 *
 * @param documentSha256 SHA-256 of the input's bytes, its key in the store
 * @param documentNew    false when the same bytes were already stored (they are not stored twice)
 * @param articles       one outcome per article, in the order given
 */
public record IngestOutcome(String documentSha256, boolean documentNew, List<ArticleOutcome> articles) {
  public IngestOutcome {
    articles = List.copyOf(articles);
  }

  /** Returns how many articles had {@code change}. */
  public long count(ArticleOutcome.Change change) {
    return articles.stream().filter(a -> a.change() == change).count();
  }

  /** Returns true when the ingest wrote anything at all. */
  public boolean changedAnything() {
    return documentNew || articles.stream().anyMatch(a -> a.change() != ArticleOutcome.Change.UNCHANGED);
  }
}
