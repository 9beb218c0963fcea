package org.lede.store;

import java.util.List;

/**
 * The result of one committed ingest: its outcome for the caller and the versions it wrote, for the search index.
 *
 * @param outcome what happened to the input and each article
 * @param written the new versions, in the order they were written (ascending {@link StoredArticle#seq()})
 */
public record StoreWrite(IngestOutcome outcome, List<StoredArticle> written) {
  public StoreWrite {
    written = List.copyOf(written);
  }
}
