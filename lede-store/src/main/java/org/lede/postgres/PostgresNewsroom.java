package org.lede.postgres;

import java.net.URI;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.corpus.Copies;
import org.lede.corpus.Corpus;
import org.lede.corpus.Dialect;
import org.lede.corpus.SqliteCorpus;
import org.lede.corpus.Stories;
import org.lede.corpus.StoryContents;
import org.lede.index.AttentionCounts;
import org.lede.index.AttentionQuery;
import org.lede.index.Interval;
import org.lede.index.PublishedSpan;
import org.lede.index.SampledResults;
import org.lede.index.SearchCursor;
import org.lede.index.SearchHit;
import org.lede.index.SearchPage;
import org.lede.index.SearchRequest;
import org.lede.index.SearchResults;
import org.lede.json.ArticleJson;
import org.lede.library.FoldedHit;
import org.lede.library.HitFolding;
import org.lede.library.Library;
import org.lede.library.Newsroom;
import org.lede.library.NotServedHere;
import org.lede.library.StoryDetail;
import org.lede.library.StoryGroup;
import org.lede.library.WhatWasSaid;
import org.lede.opensearch.IndexAddress;
import org.lede.opensearch.OpenSearchSearch;
import org.lede.source.Document;
import org.lede.store.IngestOutcome;
import org.lede.store.SiteCollection;
import org.lede.store.StoreException;
import org.lede.store.StoredArticle;
import org.lede.store.StoredDocument;
import org.lede.store.Version;

/**
 * The news {@code lede load} put in a PostgreSQL store and an OpenSearch index, read as the web app reads a
 * {@link org.lede.library.Library}: articles from their contract lines ({@code articles.line}, read back by the
 * contract's own reader), search from OpenSearch, and the corpus pages (entities, their mentions and quotes, quote
 * carriers) by the SQLite store's own readers over PostgreSQL ({@link SqliteCorpus} in {@link Dialect#POSTGRES}, on
 * migration 4's views).
 *
 * <p>Copies (which article's text copies which) and stories are read from {@code copy_signature} (migration 5) and
 * the story tables (migration 6) by the SQLite store's own {@link Copies}, {@link Stories} and {@link StoryContents}.
 * Search, its cursor pages, attention counts and "what was said" are answered by the index as the Lucene index
 * answers them ({@link OpenSearchSearch}).
 *
 * <p>What the load does not provide is answered with {@link NotServedHere}: raw inputs, collections and writes. An
 * article has one version: the load keeps the latest line of each.
 *
 * <p>Opening applies the migrations the store lacks and reads nothing else; each request is a few indexed reads.
 *
 * <p>Thread-safe.
 */
public final class PostgresNewsroom implements Newsroom, AutoCloseable {
  /** Connections lent to requests at once. */
  private static final int POOL = 8;
  private final PostgresAddress store;
  private final URI index;
  private final Path dataDir;
  private final PostgresReads reads;
  private final Corpus corpus;
  private final Copies copies;
  private final Stories stories;
  private final StoryContents storyContents;

  private PostgresNewsroom(PostgresAddress store, URI index, Path dataDir, PostgresReads reads) {
    this.store = store;
    this.index = index;
    this.dataDir = dataDir;
    this.reads = reads;
    this.corpus = new SqliteCorpus(reads, Dialect.POSTGRES);
    this.copies = new Copies(reads); // copy_signature (migration 5) has SQLite's columns; its SQL runs unchanged
    this.stories = new Stories(reads); // and so have the story tables (migration 6)
    this.storyContents = new StoryContents(reads, Dialect.POSTGRES);
  }

  /**
   * Opens the store at {@code store} (applying the migrations it lacks) and searches the index at {@code index}.
   *
   * @param dataDir where the web app keeps what is its own (follows, access tokens)
   * @throws StoreException           when the store cannot be reached or migrated
   * @throws IllegalArgumentException when {@code index} is not an OpenSearch index address
   */
  public static PostgresNewsroom open(PostgresAddress store, URI index, Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    IndexAddress.parse(index); // refused now, not at the first search
    PostgresStore.open(store).close(); // opening applies the migrations the store lacks; the pool reads that schema
    return new PostgresNewsroom(store, index, dataDir, new PostgresReads(store, POOL));
  }

  private String where() {
    return "The PostgreSQL store " + store;
  }

  @Override
  public Optional<StoredArticle> article(String id) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT line::text, seq, loaded_at FROM articles WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) return Optional.<StoredArticle>empty();
          String line = rs.getString(1);
          java.time.Instant loaded = rs.getTimestamp(3).toInstant();
          Article article;
          Annotations annotations;
          try {
            article = ArticleJson.fromLine(line);
            annotations = ArticleJson.annotationsFrom(line);
          } catch (java.io.UncheckedIOException e) {
            throw new StoreException("the stored line of article " + id + " in " + store + " is not one of the contract: "
                + e.getCause().getMessage(), e);
          }
          return Optional.of(new StoredArticle(article, 1, rs.getLong(2), loaded, loaded, annotations));
        }
      }
    });
  }

  /** Returns version 1, the only one the load keeps. */
  @Override
  public Optional<StoredArticle> version(String id, int version) {
    return version == 1 ? article(id) : Optional.empty();
  }

  @Override
  public List<Version> versions(String id) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT seq, loaded_at, "
          + "encode(sha256(convert_to(line::text, 'UTF8')), 'hex'), headline FROM articles WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) return List.<Version>of();
          return List.of(new Version(1, rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
              null));
        }
      }
    });
  }

  /** The load keeps no raw inputs: always empty (the raw page shows the article's text instead). */
  @Override
  public Optional<StoredDocument> document(String sha256) {
    return Optional.empty();
  }

  @Override
  public Stream<StoredArticle> latest() {
    throw new NotServedHere("every article at once over the web (lede export --store writes them)", where());
  }

  @Override
  public SearchResults search(SearchRequest request) {
    return OpenSearchSearch.search(index, request);
  }

  @Override
  public SampledResults search(SearchRequest request, int sample) {
    return OpenSearchSearch.search(index, request, sample);
  }

  /** Pages by the sort key alone ({@code search_after}); the load is the only writer, so no snapshot is kept. */
  @Override
  public SearchPage search(SearchRequest request, SearchCursor after) {
    return OpenSearchSearch.search(index, request, after);
  }

  @Override
  public List<FoldedHit> foldCopies(List<SearchHit> hits) {
    return new HitFolding(copies, stories).copies(hits);
  }

  /**
   * Groups by story; each hit's story is read from {@code story_article} by primary key (the index's documents do not
   * hold it, since the job computes stories after the articles are written), one lookup for the page.
   */
  @Override
  public List<StoryGroup> groupByStory(List<SearchHit> hits) {
    Map<String, Long> storyOf = stories.storiesOf(hits.stream().map(SearchHit::id).toList());
    List<SearchHit> placed = hits.stream().map(h -> new SearchHit(h.id(), h.headline(), h.site(), h.published(),
        h.byline(), h.url(), h.score(), h.snippet(), storyOf.getOrDefault(h.id(), h.story()))).toList();
    return new HitFolding(copies, stories).stories(placed);
  }

  /** The index summarises the matches, the corpus tables in PostgreSQL answer for the sampled ones: as in SQLite. */
  @Override
  public WhatWasSaid said(SearchRequest request) {
    return WhatWasSaid.of(request,
        OpenSearchSearch.summary(index, request, Library.SAID_SAMPLE, Library.SAID_WORD_SAMPLE, WhatWasSaid.TOP), corpus);
  }

  /** Counted by the index; a story merged into another counts as itself (see {@code TimeCounts}). */
  @Override
  public AttentionCounts attention(List<AttentionQuery> queries, LocalDate since, LocalDate until, Interval interval) {
    return OpenSearchSearch.attention(index, queries, since, until, interval);
  }

  @Override
  public Optional<PublishedSpan> publishedSpan() {
    return OpenSearchSearch.publishedSpan(index);
  }

  /** Collections are kept by the single-machine store: none here. */
  @Override
  public List<SiteCollection> collections() {
    return List.of();
  }

  @Override
  public Corpus corpus() {
    return corpus;
  }

  @Override
  public Copies copies() {
    return copies;
  }

  @Override
  public Stories stories() {
    return stories;
  }

  @Override
  public StoryContents storyContents() {
    return storyContents;
  }

  @Override
  public StoryDetail storyDetail(long storyId) {
    return StoryDetail.read(storyContents, corpus, storyId);
  }

  @Override
  public IngestOutcome ingest(Document raw, List<Article> articles, List<Annotations> annotations) {
    throw new NotServedHere("writes through the API (lede load fills it)", where());
  }

  @Override
  public Path dataDir() {
    return dataDir;
  }

  /** Returns how many articles the index holds, from its own count. */
  public long searchable() {
    return OpenSearchSearch.search(index, SearchRequest.of("").withLimit(1)).totalHits();
  }

  @Override
  public void close() {
    reads.close();
  }
}
