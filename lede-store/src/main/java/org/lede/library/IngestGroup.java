package org.lede.library;

import java.util.List;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.source.Document;
import org.lede.store.IngestOutcome;

/**
 * A run of ingests committed together, a few hundred inputs or a second's worth at a time, rather than one commit
 * per input: the pages that every article touches (the roots and hot leaves of the corpus indexes) are then
 * written once per commit instead of once per input. Each input stays whole: one that fails is rolled back alone.
 * Searches and readers see an input once its commit is made, at most {@link #MAX_MILLIS} after it was written
 * (or when the group is closed); a crash loses the inputs since the last commit, and ingesting them again restores
 * them.
 *
 * <pre>{@code
 * try (IngestGroup group = library.group()) {
 *   for (Document d : documents) group.ingest(d, extraction.extract(d), annotations);
 * }
 * }</pre>
 *
 * <p>Thread-safe as the library's writes are; one group at a time per library.
 */
public final class IngestGroup implements AutoCloseable {
  /** Inputs held before a commit. */
  public static final int MAX_INPUTS = 200;
  /** How long after its first input a group commits. */
  public static final long MAX_MILLIS = 1000;

  private final Library library;
  private boolean closed;

  IngestGroup(Library library) {
    this.library = library;
  }

  /**
   * Writes one input as {@link Library#ingest(Document, List, List)} does, committing it with the inputs before it
   * when the group is due.
   *
   * @throws org.lede.store.StoreException when the store cannot be written; the inputs since the last commit are
   *                                       then not stored
   */
  public IngestOutcome ingest(Document raw, List<Article> articles, List<Annotations> annotations) {
    if (closed) throw new IllegalStateException("the ingest group is closed");
    return library.ingestGrouped(raw, articles, annotations);
  }

  /** Commits what the group holds now, making it durable and searchable. */
  public void commit() {
    library.commitGroup();
  }

  /** Commits what the group holds and ends it. */
  @Override
  public void close() {
    if (closed) return;
    closed = true;
    library.endGroup();
  }
}
