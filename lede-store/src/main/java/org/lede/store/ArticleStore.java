package org.lede.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.corpus.Corpus;
import org.lede.corpus.CorpusWriter;
import org.lede.corpus.SqliteCorpus;
import org.lede.source.Document;

/**
 * Lede's system of record in one SQLite file: raw inputs, articles, every version of each article.
 *
 * <p>Most callers use {@code org.lede.library.Library}, which keeps the search index in step with this store.
 *
 * <p>Thread-safe: writes are serialised on one connection; reads use pooled connections and see the last commit
 * (SQLite WAL mode), so they run while a write is in progress.
 */
public final class ArticleStore implements AutoCloseable {
  private static final int PAGE = 500;
  private static final int DOCUMENT_PAGE = 64;
  private static final int RELINK_BATCH = 500;
  /** The store_meta key that says which linking rules made the corpus tables; a store with others is relinked. */
  static final String CORPUS_META = "corpus_rules";
  static final String CORPUS_VERSION = "2";

  private final Connections connections;
  private final WriteStatements writes;
  private final CorpusWriter corpusWriter;
  private final Corpus corpus;
  private final org.lede.corpus.Copies copies;
  private final org.lede.corpus.Stories stories;
  private final org.lede.corpus.StoryContents storyContents;
  private final Clock clock;
  private final String storeId;
  /** Whether a group of ingests is open ({@link #beginGroup}); under the writer's monitor. */
  private boolean grouping;
  /** Whether the group's transaction is open, and how many inputs it holds, not yet committed. */
  private boolean groupOpen;
  private int grouped;

  private ArticleStore(Connections connections, WriteStatements writes, CorpusWriter corpusWriter, Clock clock,
      String storeId) {
    this.connections = connections;
    this.writes = writes;
    this.corpusWriter = corpusWriter;
    this.corpus = new SqliteCorpus(this::readCorpus);
    this.copies = new org.lede.corpus.Copies(this::readCorpus);
    this.stories = new org.lede.corpus.Stories(this::readCorpus);
    this.storyContents = new org.lede.corpus.StoryContents(this::readCorpus);
    this.clock = clock;
    this.storeId = storeId;
  }

  /**
   * Opens the store in {@code dbFile}, creating it and its directory when absent and migrating an older schema.
   *
   * @param clock stamps ingest times
   * @throws StoreException when the file cannot be opened or has a newer schema than this code
   */
  public static ArticleStore open(Path dbFile, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    try {
      Path parent = dbFile.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      Connections connections = new Connections(dbFile);
      try {
        Connection w = connections.writer();
        Migrations.migrate(w, Migrations.latest());
        StoreQueries.putMetaIfAbsent(w, "store_id", UUID.randomUUID().toString());
        String id = StoreQueries.meta(w, "store_id").orElseThrow();
        boolean fresh = StoreQueries.meta(w, CORPUS_META).isEmpty() && !StoreQueries.hasArticles(w);
        if (fresh) StoreQueries.putMetaIfAbsent(w, CORPUS_META, CORPUS_VERSION);
        ArticleStore store = new ArticleStore(connections, new WriteStatements(w), CorpusWriter.open(w), clock, id);
        if (!CORPUS_VERSION.equals(StoreQueries.meta(w, CORPUS_META).orElse(""))) {
          // a store from before the corpus tables (or from older linking rules) is linked once, on this open
          store.relink(RelinkProgress.NONE);
        }
        return store;
      } catch (SQLException | RuntimeException e) {
        connections.close();
        throw e;
      }
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot open the store at " + dbFile + ": " + e.getMessage(), e);
    }
  }

  /**
   * Stores a raw input and the articles extracted from it, in one transaction. The same bytes are stored once;
   * an article whose content equals its latest version writes nothing; a changed article gets a new version.
   * Articles without an id get one from their canonical URL, else from the input and their position in it.
   *
   * @return what happened, and the versions written (for the search index)
   * @throws StoreException when the write fails; nothing of this input is then stored
   */
  public StoreWrite ingest(Document raw, List<Article> articles) {
    return ingest(raw, articles, articles.stream().map(a -> Annotations.NONE).toList());
  }

  /** Stores a raw input, its articles and what was found in each; see {@link #ingest(Document, List)}. */
  public StoreWrite ingest(Document raw, List<Article> articles, List<Annotations> annotations) {
    Connection w = connections.writer();
    synchronized (w) {
      if (!grouping) {
        try {
          return new IngestTransaction(writes, corpusWriter, clock.instant(), false).run(raw, articles, annotations);
        } catch (SQLException e) {
          throw new StoreException("cannot store " + raw.input() + ": " + e.getMessage(), e);
        }
      }
      try {
        if (!groupOpen) {
          writes.begin.executeUpdate();
          groupOpen = true;
        }
        StoreWrite write = new IngestTransaction(writes, corpusWriter, clock.instant(), true).run(raw, articles, annotations);
        grouped++;
        return write;
      } catch (SQLException e) {
        int lost = grouped;
        abandonGroup(e);
        throw new StoreException("cannot store " + raw.input() + (lost > 0 ? " (nor the " + lost
            + " inputs written before it since the last commit)" : "") + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * From now until {@link #endGroup}, ingests share one transaction, each input a savepoint of it: an input that
   * fails is rolled back alone, and the others are committed together by {@link #commitGroup}. Far fewer pages are
   * written than with a commit per input, since the pages many articles touch (the roots and hot leaves of the
   * corpus indexes) are written once per group. Readers see a grouped input only once it is committed; a crash
   * loses the inputs since the last commit, whole, never half of one.
   */
  public void beginGroup() {
    synchronized (connections.writer()) {
      if (grouping) throw new IllegalStateException("a group of ingests is open already");
      grouping = true;
    }
  }

  /**
   * Commits the inputs written since the group began or last committed; the group stays open.
   *
   * @return how many inputs were committed
   * @throws StoreException when the commit fails; none of those inputs is then stored
   */
  public int commitGroup() {
    synchronized (connections.writer()) {
      if (!groupOpen) return 0;
      int n = grouped;
      try {
        writes.commit.executeUpdate();
        groupOpen = false;
        grouped = 0;
        return n;
      } catch (SQLException e) {
        abandonGroup(e);
        throw new StoreException("cannot commit the last " + n + " inputs: " + e.getMessage(), e);
      }
    }
  }

  /** Commits what the group holds and ends it: each ingest commits on its own again. */
  public void endGroup() {
    synchronized (connections.writer()) {
      try {
        commitGroup();
      } finally {
        grouping = false;
      }
    }
  }

  private void abandonGroup(Exception cause) {
    groupOpen = false;
    grouped = 0;
    try {
      writes.rollback.executeUpdate();
    } catch (SQLException e) {
      // SQLite rolled the transaction back itself (a full disk, an I/O error): there is nothing left to undo
      cause.addSuppressed(e);
    }
    try {
      corpusWriter.rolledBack();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /**
   * Returns the quotes of the latest article versions whose speaker's name contains {@code speaker} (any case),
   * newest article first.
   */
  public List<StoredQuote> quotesBySpeaker(String speaker, int limit) {
    return read(c -> StoreQueries.quotesBySpeaker(c, speaker, limit));
  }

  /**
   * Returns one page of quotes of the latest article versions whose speaker's name contains {@code speaker} (any
   * case; blank for every attributed quote), newest article first, keyed so that quotes stored meanwhile never
   * shift a later page.
   *
   * @param after a {@link QuotePage#next()} key, or null for the first page
   * @throws IllegalArgumentException when {@code after} is not a key this store made
   */
  public QuotePage quotes(String speaker, String after, int limit) {
    QuotePage.Key key = after == null ? null : QuotePage.Key.parse(after);
    return read(c -> StoreQueries.quotes(c, speaker == null ? "" : speaker.strip(), key, limit));
  }

  /** Returns true when a raw input with this SHA-256 is stored, so a caller may skip extracting it again. */
  public boolean hasDocument(String sha256) {
    return read(c -> StoreQueries.hasDocument(c, sha256));
  }

  /** Returns the latest version of the article with {@code id}. */
  public Optional<StoredArticle> article(String id) {
    return read(c -> StoreQueries.latest(c, id));
  }

  /** Returns one version of an article. */
  public Optional<StoredArticle> version(String id, int version) {
    return read(c -> StoreQueries.version(c, id, version));
  }

  /** Returns an article's history, oldest first; empty when the id is unknown. */
  public List<Version> versions(String id) {
    return read(c -> StoreQueries.versions(c, id));
  }

  /** Returns how version {@code to} of an article differs from version {@code from}; empty when either is missing. */
  public Optional<ArticleDiff> diff(String id, int from, int to) {
    Optional<StoredArticle> a = version(id, from);
    Optional<StoredArticle> b = version(id, to);
    if (a.isEmpty() || b.isEmpty()) return Optional.empty();
    return Optional.of(VersionDiffer.diff(id, from, a.get().article(), to, b.get().article()));
  }

  /**
   * Returns every stored raw input in the order stored, fetched lazily a page at a time; the caller may ingest
   * while walking it (as {@code lede reprocess} does). Inputs stored after the stream passed their place appear too.
   */
  public Stream<StoredDocument> documents() {
    return PagedStream.of(0, after -> read(c -> StoreQueries.documentsAfter(c, after, DOCUMENT_PAGE)), StoredDocument::id);
  }

  /** Returns the stored raw input whose content has SHA-256 {@code sha256} (hex), through its unique index. */
  public Optional<StoredDocument> document(String sha256) {
    return read(c -> StoreQueries.documentBySha256(c, sha256));
  }

  /** Returns the latest version of every article written after {@code afterSeq}, in write order, lazily. */
  public Stream<StoredArticle> latestAfter(long afterSeq) {
    return PagedStream.of(afterSeq, after -> read(c -> StoreQueries.latestAfter(c, after, PAGE)), StoredArticle::seq);
  }

  /** Returns the corpus layer: entities linked across articles and quotes carried by several. */
  public Corpus corpus() {
    return corpus;
  }

  /** Returns the near-duplicates: which article's text copies which. */
  public org.lede.corpus.Copies copies() {
    return copies;
  }

  /** Returns the stories: articles grouped by the event they report, found at ingest. */
  public org.lede.corpus.Stories stories() {
    return stories;
  }

  /** Returns what the stories' articles hold: their quotes and numbers, newest articles first. */
  public org.lede.corpus.StoryContents storyContents() {
    return storyContents;
  }

  /** Told how a relink goes. */
  @FunctionalInterface
  public interface RelinkProgress {
    RelinkProgress NONE = (done, total) -> {};

    void linked(long done, long total);
  }

  /**
   * Rebuilds the corpus tables from the stored annotations of every article's latest version, in the order they
   * were stored, so the same store always gives the same entities and ids. Commits every few hundred articles;
   * the tables are whole again when it returns. A relink stopped half-way (killed, or failed) leaves the store
   * marked as not linked, so the next open relinks it again rather than serving half-built tables.
   */
  public void relink(RelinkProgress progress) {
    long total = stats().articles();
    Connection w = connections.writer();
    synchronized (w) {
      commitGroup();
      try (Stream<StoredArticle> all = latestAfter(0)) {
        w.setAutoCommit(false);
        StoreQueries.putMeta(w, CORPUS_META, "relinking");
        corpusWriter.clear();
        long[] done = {0};
        all.forEach(a -> {
          corpusWriter.article(a.id(), a.article(), a.annotations());
          if (++done[0] % RELINK_BATCH == 0) {
            commit(w);
            progress.linked(done[0], total);
          }
        });
        StoreQueries.putMeta(w, CORPUS_META, CORPUS_VERSION);
        w.commit();
        progress.linked(done[0], total);
      } catch (SQLException | RuntimeException e) {
        try {
          w.rollback();
          corpusWriter.rolledBack();
        } catch (SQLException | RuntimeException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e instanceof StoreException se ? se : new StoreException("cannot relink the corpus: " + e.getMessage(), e);
      } finally {
        try {
          w.setAutoCommit(true);
        } catch (SQLException ignored) {
          // the connection is closing or broken; the next write reports it
        }
      }
    }
  }

  private static void commit(Connection w) {
    try {
      w.commit();
    } catch (SQLException e) {
      throw new StoreException("cannot relink the corpus: " + e.getMessage(), e);
    }
  }

  /** Returns every collection of sites, by name. */
  public List<SiteCollection> collections() {
    return read(SiteCollections::all);
  }

  /**
   * Stores {@code collection}; one of the same name (any case) is replaced only when {@code replace}.
   *
   * @return false when one of that name exists and {@code replace} is false (nothing changed)
   */
  public boolean saveCollection(SiteCollection collection, boolean replace) {
    return write(w -> SiteCollections.save(w, collection, replace, clock.millis()));
  }

  /** Deletes the collection named {@code name} (any case); returns false when there was none. */
  public boolean deleteCollection(String name) {
    return write(w -> SiteCollections.delete(w, name == null ? "" : name.strip()));
  }

  private <T> T write(Query<T> change) {
    Connection w = connections.writer();
    synchronized (w) {
      commitGroup();
      try {
        w.setAutoCommit(false);
        T result = change.run(w);
        w.commit();
        return result;
      } catch (SQLException e) {
        try {
          w.rollback();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw new StoreException("store write failed: " + e.getMessage(), e);
      } finally {
        try {
          w.setAutoCommit(true);
        } catch (SQLException ignored) {
          // the connection is closing or broken; the next write reports it
        }
      }
    }
  }

  /** Returns counts of what the store holds. Each count reads an index whole: not for what runs at every start. */
  public StoreStats stats() {
    return read(StoreQueries::stats);
  }

  /** Returns the store's change counter, {@link StoreStats#maxSeq()}, from the end of one index alone. */
  public long maxSeq() {
    return read(StoreQueries::maxSeq);
  }

  /** Returns this store's identity, made when it was created: an index built from another store has another. */
  public String storeId() {
    return storeId;
  }

  /** Returns the schema version of the open store. */
  public int schemaVersion() {
    return read(Migrations::current);
  }

  @Override
  public void close() {
    try {
      synchronized (connections.writer()) {
        try {
          endGroup();
        } finally {
          writes.close();
          corpusWriter.close();
        }
      }
      connections.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store: " + e.getMessage(), e);
    }
  }

  private <T> T read(Query<T> query) {
    Connection c = null;
    try {
      c = connections.reader();
      return query.run(c);
    } catch (SQLException e) {
      throw new StoreException("store read failed: " + e.getMessage(), e);
    } finally {
      if (c != null) connections.release(c);
    }
  }

  private <T> T readCorpus(org.lede.corpus.Reads.Query<T> query) {
    return read(query::run);
  }

  @FunctionalInterface
  private interface Query<T> {
    T run(Connection c) throws SQLException;
  }
}
