package org.lede.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.lede.store.StoredArticle;

/**
 * The Lucene index of the latest version of every stored article. It is derived data: each commit records which
 * store it was built from and the store's change counter ({@code seq}) it has caught up to, so after a crash the
 * owner re-adds what the last commit missed, and a lost or unreadable index is simply rebuilt.
 *
 * <p>Writes are committed in batches ({@link #commitIfDue()}); searches see every write at once (near-real-time
 * reader). Thread-safe: writes by one thread at a time (callers serialise them), searches from any thread.
 */
public final class ArticleIndex implements AutoCloseable {
  private static final String STORE_ID = "lede.store.id";
  private static final String STORE_SEQ = "lede.store.seq";
  /** The shape of the index's documents; an index committed with another is rebuilt from the store on open. */
  private static final String FORMAT = "lede.index.format";
  private static final String CURRENT_FORMAT = "4";
  /** How long a snapshot that cursor pages read from is kept after a newer one replaced it. */
  private static final double SNAPSHOT_SECONDS = 300;
  /**
   * How many snapshots are kept at most, however fast a writer refreshes: each pins the segments it read, and at two
   * writes a second five minutes of them held 600 searchers (the heap after GC grew 18 % under lede bench load). A
   * cursor whose snapshot is gone pages on the newest one.
   */
  static final int MAX_SNAPSHOTS = 32;
  private static final int COMMIT_EVERY_DOCS = 20_000;
  private static final long COMMIT_EVERY_NANOS = 30_000_000_000L;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final Searching searching;
  private final SearcherLifetimeManager snapshots = new SearcherLifetimeManager();
  private final SearchCache cache = new SearchCache();
  private volatile boolean refreshPaused;
  private volatile String storeId;
  private final java.util.concurrent.atomic.AtomicLong appliedSeq = new java.util.concurrent.atomic.AtomicLong();
  /** Writes since the last commit; atomic because {@link #put} may run on several threads in a bulk build. */
  private final java.util.concurrent.atomic.AtomicInteger uncommitted = new java.util.concurrent.atomic.AtomicInteger();
  private long lastCommit = System.nanoTime();

  private ArticleIndex(Directory directory, IndexWriter writer, Analyzer analyzer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.analyzer = analyzer;
    this.searchers = new SearcherManager(writer, null);
    this.searching = new Searching(analyzer, new FacetCounter());
    Map<String, String> data = committedData(writer);
    // an older document shape counts as built from no store, so the owner rebuilds it (e.g. to add the id sort key)
    this.storeId = CURRENT_FORMAT.equals(data.get(FORMAT)) ? data.get(STORE_ID) : null;
    this.appliedSeq.set(data.containsKey(STORE_SEQ) ? Long.parseLong(data.get(STORE_SEQ)) : 0);
  }

  /**
   * Opens the index in {@code dir}, creating it when absent. An index that cannot be read (corrupt, or written by
   * an incompatible Lucene) is deleted and started empty: it is rebuilt from the store.
   *
   * @throws UncheckedIOException when the directory cannot be used, e.g. another process holds its lock
   */
  public static ArticleIndex open(Path dir) {
    try {
      Files.createDirectories(dir);
      if (!readable(dir)) wipe(dir);
      Analyzer analyzer = Analysis.analyzer();
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64)
          .setCommitOnClose(false);
      Directory directory = FSDirectory.open(dir);
      try {
        return new ArticleIndex(directory, new IndexWriter(directory, config), analyzer);
      } catch (IOException | RuntimeException e) {
        directory.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index at " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Returns the id of the store the committed index was built from, or null for a new index. */
  public String storeId() {
    return storeId;
  }

  /** Returns the store seq up to which every version has been added (committed or not). */
  public long appliedSeq() {
    return appliedSeq.get();
  }

  /**
   * Adds or replaces the article's entry, in story {@code story} (null when it is in none). Callers put versions in
   * store order (ascending seq), as the store wrote them. Unlike the other writes, puts of different articles may run
   * on several threads at once, so a bulk build can analyse articles in parallel.
   */
  public void put(StoredArticle article, Long story) {
    try {
      writer.updateDocument(new Term(IndexFields.ID, article.id()), IndexFields.of(article, story));
      appliedSeq.accumulateAndGet(article.seq(), Math::max);
      uncommitted.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index article " + article.id(), e);
    }
  }

  /** Empties the index, to be rebuilt from the store {@code forStoreId}. Takes effect on disk at the next commit. */
  public void clear(String forStoreId) {
    try {
      writer.deleteAll();
      storeId = forStoreId;
      appliedSeq.set(0);
      uncommitted.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the search index", e);
    }
  }

  /**
   * While paused, searches keep seeing the index as it was (the last refreshed reader), so a rebuild in progress is
   * not visible half-done. {@link #commit()} does not resume; call with false.
   */
  public void pauseRefresh(boolean paused) {
    refreshPaused = paused;
  }

  /**
   * Makes every write so far visible to searches, waiting for it: the writer calls this after each write it has
   * to see (an ingest, a group's commit), so reads need not wait for refreshes themselves.
   */
  public void refresh() {
    if (refreshPaused) return;
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh the search index", e);
    }
  }

  /**
   * Before a read: refreshes when the index changed and no other thread is refreshing it already; never waits for
   * another thread's refresh. Under a writer, reads used to queue behind each reopen (searches at 200 req/s with
   * two writes a second took seconds); writers refresh themselves ({@link #refresh}), so what they wrote is seen.
   */
  private void refreshIfIdle() throws IOException {
    if (!refreshPaused) searchers.maybeRefresh();
  }

  /**
   * Keeps the {@link #MAX_SNAPSHOTS} newest snapshots that were replaced less than {@link #SNAPSHOT_SECONDS} ago
   * (Lucene offers each snapshot to a pruner newest first).
   */
  static SearcherLifetimeManager.Pruner newestSnapshots() {
    int[] kept = {0};
    return (ageSec, searcher) -> ++kept[0] > MAX_SNAPSHOTS || ageSec > SNAPSHOT_SECONDS;
  }

  /** Commits when enough writes have gathered or enough time has passed since the last commit. */
  public boolean commitIfDue() {
    if (uncommitted.get() == 0) return false;
    if (uncommitted.get() < COMMIT_EVERY_DOCS && System.nanoTime() - lastCommit < COMMIT_EVERY_NANOS) return false;
    commit();
    return true;
  }

  /** Makes every write so far durable, recording the store seq they reach. */
  public void commit() {
    try {
      writer.setLiveCommitData(Map.of(STORE_ID, storeId == null ? "" : storeId, STORE_SEQ, Long.toString(appliedSeq.get()),
          FORMAT, CURRENT_FORMAT).entrySet());
      writer.commit();
      uncommitted.set(0);
      lastCommit = System.nanoTime();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index", e);
    }
  }

  /** Runs a search; it sees every write made before it started. */
  public SearchResults search(SearchRequest request) {
    return search(request, 0).results();
  }

  /**
   * Runs a search one page at a time: the page after {@code after}, or the first when it is null. Later pages are
   * read from the snapshot the first was read from while it is kept, so articles indexed meanwhile neither repeat
   * nor push hits off a page; after that, from the cursor's sort key. The request's offset is ignored.
   *
   * @throws IllegalArgumentException when the cursor was made by a search in another order
   */
  public SearchPage search(SearchRequest request, SearchCursor after) {
    try {
      refreshIfIdle();
      snapshots.prune(newestSnapshots());
      IndexSearcher pinned = after == null ? null : snapshots.acquire(after.snapshot());
      if (pinned != null) {
        try {
          return page(pinned, request, after, after.snapshot());
        } finally {
          snapshots.release(pinned);
        }
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        long snapshot = snapshots.record(searcher);
        return cache.get(searcher.getIndexReader(), new PageKey(request, after), () -> page(searcher, request, after, snapshot));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    }
  }

  private record PageKey(SearchRequest request, SearchCursor after) {}

  private record SampleKey(SearchRequest request, int sample) {}

  /**
   * Runs a search and names the ids of its first {@code sample} hits, from the same pass: see
   * {@link SampledResults}.
   */
  public SampledResults search(SearchRequest request, int sample) {
    return cached(new SampleKey(request, sample), "search", searcher -> searching.runSampled(searcher, request, sample));
  }

  /** What one cached read does with the current searcher. */
  @FunctionalInterface
  private interface Read<T> {
    T on(IndexSearcher searcher) throws IOException;
  }

  /**
   * Answers {@code read} on the current searcher (refreshed first unless refreshes are paused), from the cache
   * while the index has not changed since it was answered under {@code key}.
   *
   * @param what what the read is, to name it when it fails ("search", "counting")
   */
  private <T> T cached(Object key, String what, Read<T> read) {
    try {
      refreshIfIdle();
      IndexSearcher searcher = searchers.acquire();
      try {
        return cache.get(searcher.getIndexReader(), key, () -> {
          try {
            return read.on(searcher);
          } catch (IOException e) {
            throw new UncheckedIOException(what + " failed: " + e.getMessage(), e);
          }
        });
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(what + " failed: " + e.getMessage(), e);
    }
  }

  private record SummaryKey(SearchRequest request, int sample, int wordSample, int terms) {}

  /**
   * Summarises a search's matches for "what was said about it": see {@link QuerySummary}. The request's limit,
   * offset and order are ignored; the best {@code sample} matches by relevance are sampled.
   *
   * @throws UnknownCollectionException when the query names a collection that does not exist
   */
  public QuerySummary summary(SearchRequest request, int sample, int wordSample, int terms) {
    SearchRequest key = request.withLimit(1).withOffset(0).withSort(SearchRequest.Sort.RELEVANCE);
    return cached(new SummaryKey(key, sample, wordSample, terms), "search",
        searcher -> searching.summary(searcher, key, sample, wordSample, terms));
  }

  /**
   * Sets the story of each indexed article named in {@code storyById} that the index has in another story, changing
   * its story doc value in place (the text is not indexed again); articles the index lacks are skipped. For
   * {@code lede restory}, which may put articles in other stories. Takes effect for searches at once.
   *
   * @return how many articles changed story
   */
  public int restory(Map<String, Long> storyById) {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      int changed = 0;
      try {
        for (Map.Entry<String, Long> e : storyById.entrySet()) {
          Long now = StoryValues.storyOf(searcher.getIndexReader(), e.getKey());
          if (now == null || now.equals(e.getValue())) continue;
          writer.updateNumericDocValue(new Term(IndexFields.ID, e.getKey()), IndexFields.STORY, e.getValue());
          changed++;
        }
      } finally {
        searchers.release(searcher);
      }
      uncommitted.addAndGet(changed);
      return changed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the stories in the search index: " + e.getMessage(), e);
    }
  }

  private record AttentionKey(List<AttentionQuery> queries, List<Period> periods) {}

  /**
   * Counts the articles matching each query per period of {@code interval} over [{@code since}, {@code until})
   * (UTC days), the distinct stories among them, and the articles of each query's base, from the index's doc values;
   * see {@link AttentionCounts}. A story id the index holds is mapped through {@code redirects} before stories are
   * counted, so a story merged into another counts as its survivor.
   *
   * @throws IllegalArgumentException     when the span is empty or too long, or there are no or too many queries
   * @throws UnknownCollectionException   when a query names a collection that does not exist
   */
  public AttentionCounts attention(List<AttentionQuery> queries, LocalDate since, LocalDate until, Interval interval,
      StoryRedirects redirects) {
    List<Period> periods = AttentionCounting.periods(since, until, interval);
    List<AttentionQuery> asked = List.copyOf(queries);
    return cached(new AttentionKey(asked, periods), "counting",
        searcher -> AttentionCounting.count(searcher, searching, asked, periods, redirects));
  }


  /**
   * Returns the first and last publication days of the indexed articles (UTC), from the index's point tree alone,
   * or empty when no article is dated.
   */
  public java.util.Optional<PublishedSpan> publishedSpan() {
    try {
      refreshIfIdle();
      IndexSearcher searcher = searchers.acquire();
      try {
        byte[] min = org.apache.lucene.index.PointValues.getMinPackedValue(searcher.getIndexReader(), IndexFields.PUBLISHED);
        byte[] max = org.apache.lucene.index.PointValues.getMaxPackedValue(searcher.getIndexReader(), IndexFields.PUBLISHED);
        if (min == null || max == null) return java.util.Optional.empty();
        return java.util.Optional.of(new PublishedSpan(day(org.apache.lucene.document.LongPoint.decodeDimension(min, 0)),
            day(org.apache.lucene.document.LongPoint.decodeDimension(max, 0))));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
  }

  private static LocalDate day(long millis) {
    return java.time.Instant.ofEpochMilli(millis).atZone(java.time.ZoneOffset.UTC).toLocalDate();
  }

  /**
   * Sets the named collections of sites that {@code collection:NAME} in a query stands for (names any case);
   * answers kept from before are dropped, as a query may now mean something else.
   */
  public void collections(Map<String, List<String>> sitesByName) {
    searching.collections(sitesByName);
    cache.clear();
  }

  private SearchPage page(IndexSearcher searcher, SearchRequest request, SearchCursor after, long snapshot) {
    try {
      return searching.page(searcher, request, after, snapshot);
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    }
  }

  /** Returns how many articles the index holds, including writes not yet committed. */
  public int size() {
    return writer.getDocStats().numDocs;
  }

  /** Returns the bytes the index takes on disk. */
  public long diskBytes() {
    try {
      long total = 0;
      for (String file : directory.listAll()) {
        try {
          total += directory.fileLength(file);
        } catch (IOException vanished) {
          // merged away while listing: it no longer counts
        }
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits outstanding writes, then closes. */
  @Override
  public void close() {
    try {
      if (uncommitted.get() > 0) commit();
      snapshots.close();
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index", e);
    }
  }

  private static Map<String, String> committedData(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      Map<String, String> data = reader.getIndexCommit().getUserData();
      return data == null ? Map.of() : data;
    }
  }

  private static boolean readable(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) return true;
      try (DirectoryReader r = DirectoryReader.open(d)) {
        return r.numDocs() >= 0;
      }
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | IndexNotFoundException e) {
      return false;
    }
  }

  private static void wipe(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(dir)) Files.delete(p);
      }
    }
  }
}
