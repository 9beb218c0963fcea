package org.lede.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.extract.ArticleIds;
import org.lede.index.ArticleIndex;
import org.lede.index.AttentionCounts;
import org.lede.index.AttentionQuery;
import org.lede.index.Interval;
import org.lede.index.QuerySummary;
import org.lede.index.SampledResults;
import org.lede.index.SearchCursor;
import org.lede.index.SearchPage;
import org.lede.index.SearchRequest;
import org.lede.index.SearchResults;
import org.lede.source.Document;
import org.lede.store.ArticleDiff;
import org.lede.store.ArticleStore;
import org.lede.store.IngestOutcome;
import org.lede.store.QuotePage;
import org.lede.store.SiteCollection;
import org.lede.store.StoreStats;
import org.lede.store.StoreWrite;
import org.lede.store.StoredArticle;
import org.lede.store.StoredDocument;
import org.lede.store.StoredQuote;
import org.lede.store.Version;

/**
 * Lede's stored, searchable news: a SQLite store (the system of record) and a Lucene index derived from it, kept
 * in step. The store commits first; the index follows and commits in batches, remembering how far it got, so on
 * open it catches up with whatever a crash left out.
 *
 * <pre>{@code
 * try (Library lib = Library.open(Path.of("lede-data"))) {
 *   lib.ingest(document, Extraction.standard().extract(document));
 *   SearchResults r = lib.search(SearchRequest.of("\"central bank\" -crypto").withSort(SearchRequest.Sort.DATE));
 * }
 * }</pre>
 *
 * <p>Files: {@code dataDir/lede.db} (with its {@code -wal} and {@code -shm}) and {@code dataDir/index/}. One process
 * at a time may open a data directory.
 *
 * <p>Thread-safe: writes (ingest, reindex, commit) are serialised; reads and searches run concurrently with them.
 */
public final class Library implements AutoCloseable, Newsroom {
  /** The data directory used when none is given. */
  public static final Path DEFAULT_DIR = Path.of("lede-data");
  static final String DB_FILE = "lede.db";
  static final String INDEX_DIR = "index";
  private static final int PROGRESS_EVERY = 1000;
  private static final int RESTORY_PAGE = 1000;

  private final Path dataDir;
  private final ArticleStore store;
  private final ArticleIndex index;
  private final Object writeLock = new Object();
  /** The open {@link IngestGroup}'s state, under the write lock: whether one is open, and what it has not committed. */
  private boolean grouping;
  private long groupStarted;
  private final List<StoredArticle> unindexed = new ArrayList<>();
  private final Set<String> uncommitted = new HashSet<>();

  private Library(Path dataDir, ArticleStore store, ArticleIndex index) {
    this.dataDir = dataDir;
    this.store = store;
    this.index = index;
  }

  /** Opens (creating or migrating) the library in {@code dataDir}, with the system clock. See {@link #open(Path, Clock, ReindexProgress)}. */
  public static Library open(Path dataDir) {
    return open(dataDir, Clock.systemUTC(), ReindexProgress.NONE);
  }

  /**
   * Opens the library in {@code dataDir}: creates it when absent, migrates an older store, and brings the index up
   * to date with the store (all of it when the index is missing, unreadable or from another store).
   *
   * @param clock    stamps ingest times
   * @param catchUp  told how the catch-up goes; it is usually empty, but is the whole store after an index loss
   * @throws org.lede.store.StoreException when the store cannot be opened
   * @throws UncheckedIOException          when the index cannot be opened (e.g. another process has it)
   */
  public static Library open(Path dataDir, Clock clock, ReindexProgress catchUp) {
    Objects.requireNonNull(dataDir, "dataDir");
    ArticleStore store = ArticleStore.open(dataDir.resolve(DB_FILE), clock);
    ArticleIndex index;
    try {
      index = ArticleIndex.open(dataDir.resolve(INDEX_DIR));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    Library lib = new Library(dataDir, store, index);
    try {
      lib.catchUp(catchUp);
      lib.publishCollections();
    } catch (RuntimeException e) {
      lib.close();
      throw e;
    }
    return lib;
  }

  /**
   * Stores a raw input and the articles extracted from it, then indexes what changed. The store write is one
   * transaction; see {@link ArticleStore#ingest}. Searches see the new articles at once.
   *
   * @return per article: new, unchanged or updated (new version), and whether the input itself was new
   */
  public IngestOutcome ingest(Document raw, List<Article> articles) {
    return ingest(raw, articles, articles.stream().map(a -> Annotations.NONE).toList());
  }

  /**
   * Stores a raw input, its articles and what was found in each ({@code annotations}, one per article, in order).
   * An article whose text is unchanged but whose annotations differ (a newer Lede) keeps its version and gets
   * the new annotations.
   */
  public IngestOutcome ingest(Document raw, List<Article> articles, List<Annotations> annotations) {
    synchronized (writeLock) {
      if (grouping) {
        // a caller outside the group expects its write committed when this returns, as always
        IngestOutcome outcome = ingestGrouped(raw, articles, annotations);
        commitGroup();
        return outcome;
      }
      StoreWrite write = store.ingest(raw, articles, annotations);
      indexCommitted(write.written());
      return write.outcome();
    }
  }

  /**
   * Opens a group of ingests that commit together; see {@link IngestGroup}. Other writes (a relink, a reindex, an
   * ingest outside the group) commit the group's inputs first.
   *
   * @throws IllegalStateException when a group is open already
   */
  public IngestGroup group() {
    synchronized (writeLock) {
      if (grouping) throw new IllegalStateException("an ingest group is open already");
      store.beginGroup();
      grouping = true;
      return new IngestGroup(this);
    }
  }

  IngestOutcome ingestGrouped(Document raw, List<Article> articles, List<Annotations> annotations) {
    synchronized (writeLock) {
      if (!grouping) return ingest(raw, articles, annotations);
      if (uncommitted.isEmpty()) groupStarted = System.nanoTime();
      StoreWrite write;
      try {
        write = store.ingest(raw, articles, annotations);
      } catch (org.lede.store.StoreException e) {
        forgetUncommitted(); // the store rolled the group back
        throw e;
      }
      uncommitted.add(write.outcome().documentSha256()); // hashed once, by the store
      unindexed.addAll(write.written());
      if (uncommitted.size() >= IngestGroup.MAX_INPUTS
          || System.nanoTime() - groupStarted >= IngestGroup.MAX_MILLIS * 1_000_000) {
        commitGroup();
      }
      return write.outcome();
    }
  }

  /** Commits the open group's inputs, then indexes them: the index never holds what the store has not committed. */
  void commitGroup() {
    synchronized (writeLock) {
      if (!grouping) return;
      try {
        store.commitGroup();
      } catch (org.lede.store.StoreException e) {
        forgetUncommitted();
        throw e;
      }
      List<StoredArticle> written = List.copyOf(unindexed);
      forgetUncommitted();
      indexCommitted(written);
    }
  }

  /**
   * Indexes articles the store has committed, so searches see them. An index that cannot be written (a full disk, an
   * I/O error) ends the writing like a store that cannot: the store holds every article, and the index catches up
   * from it when it is next opened, so no input is blamed for it.
   */
  private void indexCommitted(List<StoredArticle> written) {
    try {
      putAll(written);
      index.commitIfDue();
      index.refresh();
    } catch (UncheckedIOException | org.apache.lucene.store.AlreadyClosedException e) {
      Throwable cause = e;
      while (cause.getCause() != null) cause = cause.getCause();
      throw new org.lede.store.StoreException("the search index could not be written (" + cause.getMessage()
          + "); the store holds every article so far, and the index catches up from it when next opened", e);
    }
  }

  void endGroup() {
    synchronized (writeLock) {
      if (!grouping) return;
      try {
        commitGroup();
      } finally {
        grouping = false;
        store.endGroup();
      }
    }
  }

  private void forgetUncommitted() {
    unindexed.clear();
    uncommitted.clear();
  }

  /** Returns the corpus layer: entities linked across articles, corpus quotes. */
  public org.lede.corpus.Corpus corpus() {
    return store.corpus();
  }

  /** Returns the near-duplicates: which article's text copies which, found at ingest. */
  public org.lede.corpus.Copies copies() {
    return store.copies();
  }

  /** Returns the stories: articles grouped by the event they report, found at ingest. */
  public org.lede.corpus.Stories stories() {
    return store.stories();
  }

  /** Returns what the stories' articles hold: their quotes and numbers, newest articles first. */
  public org.lede.corpus.StoryContents storyContents() {
    return store.storyContents();
  }

  /**
   * Returns what story {@code storyId}'s newest {@link StoryDetail#ARTICLES} articles say: who they name and quote,
   * the quotes they carry and the numbers outlets give differently. A few indexed reads, bounded by that cap.
   */
  public StoryDetail storyDetail(long storyId) {
    return StoryDetail.read(store.storyContents(), store.corpus(), storyId);
  }

  /**
   * Rebuilds the corpus tables from every stored article's annotations (see {@link ArticleStore#relink}), then brings
   * the index's story of each article in step with the new stories: the ones that changed get their story doc value
   * set in place, no text is indexed again.
   *
   * @return how many indexed articles changed story
   */
  public int relink(ArticleStore.RelinkProgress progress) {
    synchronized (writeLock) {
      commitGroup();
      store.relink(progress);
      int changed = 0;
      String after = null;
      for (java.util.SequencedMap<String, Long> page; !(page = store.stories().assignments(after, RESTORY_PAGE)).isEmpty(); ) {
        changed += index.restory(page);
        after = page.lastEntry().getKey();
      }
      index.commit();
      return changed;
    }
  }

  /** Returns the latest version of every article, oldest write first, lazily; close the stream when done. */
  public Stream<StoredArticle> latest() {
    return store.latestAfter(0);
  }

  /** Returns quotes whose speaker's name contains {@code speaker}, any case, newest article first. */
  public List<StoredQuote> quotesBySpeaker(String speaker, int limit) {
    return store.quotesBySpeaker(speaker, limit);
  }

  /** Returns true when these exact bytes are stored already, so extracting them again can be skipped. */
  public boolean contains(Document raw) {
    String sha = ArticleIds.sha256Hex(raw.content());
    synchronized (writeLock) {
      if (uncommitted.contains(sha)) return true;
    }
    return store.hasDocument(sha);
  }

  /** Returns the latest version of an article. */
  public Optional<StoredArticle> article(String id) {
    return store.article(id);
  }

  /** Returns one version of an article. */
  public Optional<StoredArticle> version(String id, int version) {
    return store.version(id, version);
  }

  /** Returns an article's history, oldest first. */
  public List<Version> versions(String id) {
    return store.versions(id);
  }

  /** Returns how version {@code to} differs from version {@code from}; empty when either does not exist. */
  public Optional<ArticleDiff> diff(String id, int from, int to) {
    return store.diff(id, from, to);
  }

  /**
   * Returns every stored raw input, lazily; close the stream when done. For {@code lede reprocess}: extract each
   * again and {@link #ingest} the result; only articles whose extraction changed get new versions.
   */
  public Stream<StoredDocument> documents() {
    return store.documents();
  }

  /** Returns the stored raw input whose content has SHA-256 {@code sha256} (hex), or empty. */
  public Optional<StoredDocument> document(String sha256) {
    return store.document(sha256);
  }

  /** Searches the latest version of every article. Never fails on query syntax. */
  public SearchResults search(SearchRequest request) {
    return index.search(request);
  }

  /** Searches, and names the ids of the first {@code sample} hits from the same pass (for summaries of the top). */
  public SampledResults search(SearchRequest request, int sample) {
    return index.search(request, sample);
  }

  /**
   * Searches one page at a time with a cursor: the page after {@code after}, or the first when it is null. Pages
   * stay stable while articles are ingested; see {@link ArticleIndex#search(SearchRequest, SearchCursor)}.
   */
  public SearchPage search(SearchRequest request, SearchCursor after) {
    return index.search(request, after);
  }

  /**
   * Folds a page of hits: each copy of a text under its original (when both are on the page, whichever ranked
   * higher), with how many copies the original has in all. Costs the page's size, never the corpus's.
   */
  public List<FoldedHit> foldCopies(List<org.lede.index.SearchHit> hits) {
    return new HitFolding(store.copies(), store.stories()).copies(hits);
  }

  /**
   * Groups a page of hits by story (title, size, outlets), copies folded within each, stories in the order of their
   * best hit; a story merged into another is grouped under the survivor. Costs the page's size.
   */
  public List<StoryGroup> groupByStory(List<org.lede.index.SearchHit> hits) {
    return new HitFolding(store.copies(), store.stories()).stories(hits);
  }

  /**
   * Returns one page of quotes whose speaker's name contains {@code speaker} (any case; blank for every attributed
   * quote), newest article first, starting after {@code after} (a {@link QuotePage#next()}, or null for the first).
   */
  public QuotePage quotes(String speaker, String after, int limit) {
    return store.quotes(speaker, after, limit);
  }

  /**
   * Counts, for each query, the articles it matches per day, week or month over [{@code since}, {@code until}) (UTC
   * days, until exclusive), beside the articles of its base in each period: from the index alone, never reading an
   * article. A period's count equals the total of a search with the same query and the period's bounds.
   *
   * @throws IllegalArgumentException when the span is empty or too long, or there are no or too many queries
   * @throws org.lede.index.UnknownCollectionException when a query names a collection that does not exist
   */
  public AttentionCounts attention(List<AttentionQuery> queries, LocalDate since, LocalDate until, Interval interval) {
    org.lede.corpus.Stories stories = store.stories();
    return index.attention(queries, since, until, interval, stories::survivors);
  }

  /** Matches whose people, entities and quotes "what was said" counts. */
  public static final int SAID_SAMPLE = 1000;
  /** Matches whose words and phrases it weighs against the corpus. */
  public static final int SAID_WORD_SAMPLE = 100;

  /**
   * Returns what was said about {@code request}'s matches (its query, since and until; its paging is ignored): see
   * {@link WhatWasSaid}. Bounded: the index gives the count, the outlets and the best matches; the corpus tables are
   * asked about those matches only.
   *
   * @throws org.lede.index.UnknownCollectionException when the query names a collection that does not exist
   */
  public WhatWasSaid said(SearchRequest request) {
    return WhatWasSaid.of(request, index.summary(request, SAID_SAMPLE, SAID_WORD_SAMPLE, WhatWasSaid.TOP), store.corpus());
  }

  /** Returns the first and last days (UTC) an indexed article was published, from the index alone; empty when none is dated. */
  public Optional<org.lede.index.PublishedSpan> publishedSpan() {
    return index.publishedSpan();
  }

  /** Returns every collection of sites, by name. */
  public List<SiteCollection> collections() {
    return store.collections();
  }

  /**
   * Stores a collection of sites, so {@code collection:NAME} finds their articles from now on.
   *
   * @return false when one of that name exists and {@code replace} is false (nothing changed)
   */
  public boolean saveCollection(SiteCollection collection, boolean replace) {
    synchronized (writeLock) {
      commitGroup();
      boolean saved = store.saveCollection(collection, replace);
      publishCollections();
      return saved;
    }
  }

  /** Deletes a collection; returns false when there was none of that name. */
  public boolean deleteCollection(String name) {
    synchronized (writeLock) {
      commitGroup();
      boolean deleted = store.deleteCollection(name);
      publishCollections();
      return deleted;
    }
  }

  private void publishCollections() {
    java.util.Map<String, List<String>> byName = new java.util.HashMap<>();
    for (SiteCollection c : store.collections()) byName.put(c.name(), c.sites());
    index.collections(byName);
  }

  /**
   * Drops the index and rebuilds it from the store. Searches meanwhile see the old index; ingests wait.
   */
  public void reindex(ReindexProgress progress) {
    synchronized (writeLock) {
      commitGroup();
      index.pauseRefresh(true);
      try {
        index.clear(store.storeId());
        addFromStore(progress);
      } finally {
        index.pauseRefresh(false);
      }
    }
  }

  /** Makes every indexed write durable now rather than at the next batch commit (e.g. at the end of an ingest run). */
  public void commit() {
    synchronized (writeLock) {
      commitGroup();
      index.commit();
    }
  }

  /** Returns counts and sizes. */
  public LibraryStats stats() {
    StoreStats s = store.stats();
    long storeBytes = size(dataDir.resolve(DB_FILE)) + size(dataDir.resolve(DB_FILE + "-wal"));
    return new LibraryStats(s.documents(), s.articles(), s.versions(), index.size(), storeBytes, index.diskBytes());
  }

  /**
   * Returns how many articles can be searched: after an open, every article of the store (the index caught up). Read
   * from the index's own tally, without counting the store.
   */
  public int searchable() {
    return index.size();
  }

  /** Returns the directory this library lives in. */
  public Path dataDir() {
    return dataDir;
  }

  /** Commits the index and closes both the index and the store. */
  @Override
  public void close() {
    synchronized (writeLock) {
      try {
        endGroup();
        index.close();
      } finally {
        store.close();
      }
    }
  }

  private void catchUp(ReindexProgress progress) {
    synchronized (writeLock) {
      // at every open, so the change counter alone: the counts in stats() read whole indexes
      long storeSeq = store.maxSeq();
      boolean foreign = !store.storeId().equals(index.storeId());
      if (foreign || index.appliedSeq() > storeSeq) {
        // built from another store, or ahead of this one (the database was replaced): nothing in it can be trusted
        index.clear(store.storeId());
      }
      if (index.appliedSeq() < storeSeq || foreign) addFromStore(progress);
    }
  }

  private void addFromStore(ReindexProgress progress) {
    long total = store.stats().articles();
    long done = 0;
    try (Stream<StoredArticle> articles = store.latestAfter(index.appliedSeq())) {
      List<StoredArticle> batch = new java.util.ArrayList<>(PROGRESS_EVERY);
      for (StoredArticle a : (Iterable<StoredArticle>) articles::iterator) {
        batch.add(a);
        if (batch.size() < PROGRESS_EVERY) continue;
        putAll(batch);
        done += batch.size();
        batch.clear();
        progress.indexed(done, total);
      }
      putAll(batch);
      done += batch.size();
    }
    index.commit();
    progress.indexed(done, Math.max(done, total));
  }

  /** Indexes {@code written} in order, each with its story looked up in the store (one query for all of them). */
  private void putAll(List<StoredArticle> written) {
    if (written.isEmpty()) return;
    Map<String, Long> stories = store.stories().storiesOf(written.stream().map(StoredArticle::id).toList());
    for (StoredArticle a : written) index.put(a, stories.get(a.id()));
  }

  private static long size(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
