package org.lede.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/** Runs one {@link SearchRequest} against one searcher: query, filters, page of hits, snippets, facet counts. */
final class Searching {
  private static final Sort NEWEST_FIRST;
  /** Cursor pages need a total order, so ties are broken by article id rather than by score or Lucene's doc number. */
  private static final Sort NEWEST_THEN_ID;
  private static final Sort BEST_THEN_ID;

  static {
    SortField published = new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE);
    NEWEST_FIRST = new Sort(published, SortField.FIELD_SCORE);
    SortField id = new SortField(IndexFields.ID_KEY, SortField.Type.STRING);
    NEWEST_THEN_ID = new Sort(published, id);
    BEST_THEN_ID = new Sort(SortField.FIELD_SCORE, id);
  }

  private final Analyzer analyzer;
  private final FacetCounter facets;
  /** Collection names (lower-case) to their sites, for {@code collection:} in queries; replaced whole on change. */
  private volatile Map<String, List<String>> collections = Map.of();

  Searching(Analyzer analyzer, FacetCounter facets) {
    this.analyzer = analyzer;
    this.facets = facets;
  }

  /** Replaces the collections that {@code collection:NAME} in a query refers to. */
  void collections(Map<String, List<String>> byName) {
    Map<String, List<String>> copy = new HashMap<>();
    byName.forEach((name, sites) -> copy.put(name.strip().toLowerCase(Locale.ROOT), List.copyOf(sites)));
    collections = Map.copyOf(copy);
  }

  /** Parses {@code text} with the current collections; see {@link UserQuery#parse(String, Analyzer, Map)}. */
  UserQuery.Parsed parse(String text) {
    return UserQuery.parse(text, analyzer, collections);
  }

  /** Searches {@code text} as words and phrases only, for when its parse expands to too many clauses. */
  Query plainWords(String text) {
    return UserQuery.plainWords(text, analyzer);
  }

  /** A search over a parsed query, which may throw {@link IndexSearcher.TooManyClauses}. */
  private interface ParsedSearch<T> {
    T run(UserQuery.Parsed parsed) throws IOException;
  }

  /** Runs {@code search}; a wildcard that expands to too many terms is searched again as the words written. */
  private <T> T withFallback(SearchRequest request, ParsedSearch<T> search) throws IOException {
    try {
      return search.run(parse(request.query()));
    } catch (IndexSearcher.TooManyClauses e) {
      return search.run(new UserQuery.Parsed(UserQuery.plainWords(request.query(), analyzer), true));
    }
  }

  /**
   * Runs {@code request} for the page after {@code after} (the first page when null); the request's offset is
   * ignored. {@code snapshot} is stamped on the next page's cursor.
   */
  SearchPage page(IndexSearcher searcher, SearchRequest request, SearchCursor after, long snapshot) throws IOException {
    return withFallback(request, parsed -> page(searcher, request, parsed, after, snapshot));
  }

  private SearchPage page(IndexSearcher searcher, SearchRequest request, UserQuery.Parsed parsed, SearchCursor after,
      long snapshot) throws IOException {
    Query query = filtered(parsed.query(), request);
    boolean byDate = request.sort() == SearchRequest.Sort.DATE || parsed.query() instanceof MatchAllDocsQuery;
    if (after != null && after.byDate() != byDate) throw new IllegalArgumentException("the cursor belongs to a search in another order");
    // the last doc number: the hit the cursor names compares equal to itself on every key, and must not come again
    int lastDoc = searcher.getIndexReader().maxDoc() - 1;
    FieldDoc afterDoc = after == null || lastDoc < 0 ? null : new FieldDoc(lastDoc, after.score(), new Object[] {
        byDate ? (Object) after.published() : (Object) after.score(), new BytesRef(after.id())});
    // one hit more than asked tells whether a next page exists without counting positions
    FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.searchAfter(searcher, afterDoc, query,
        request.limit() + 1, byDate ? NEWEST_THEN_ID : BEST_THEN_ID, true, new FacetsCollectorManager());
    FacetsCollector fc = result.facetsCollector();
    long total = fc.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    TopDocs top = result.topDocs();
    boolean more = top.scoreDocs.length > request.limit();
    if (more) top = new TopDocs(top.totalHits, Arrays.copyOf(top.scoreDocs, request.limit()));
    List<SearchHit> hits = hits(searcher, parsed.query(), top, 0);
    FacetCounter.Counts counts = facets.count(searcher.getIndexReader(), fc);
    SearchCursor next = null;
    if (more) {
      SearchHit last = hits.getLast();
      FieldDoc lastHit = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
      long published = byDate ? (Long) lastHit.fields[0] : last.published() == null ? Long.MIN_VALUE : last.published().toEpochMilli();
      float score = byDate ? lastHit.score : (Float) lastHit.fields[0];
      next = new SearchCursor(snapshot, byDate, score, published, last.id());
    }
    return new SearchPage(new SearchResults(request, total, hits, counts.sites(), counts.months(), parsed.syntaxError()), next);
  }

  /**
   * Runs {@code request} and also names the ids of its first {@code sample} hits, from the same pass over the
   * index: what a page needs to summarise the best matches beyond the ones it shows.
   */
  SampledResults runSampled(IndexSearcher searcher, SearchRequest request, int sample) throws IOException {
    return withFallback(request, parsed -> run(searcher, request, parsed, sample));
  }

  private SampledResults run(IndexSearcher searcher, SearchRequest request, UserQuery.Parsed parsed, int sample)
      throws IOException {
    Query query = filtered(parsed.query(), request);
    boolean byDate = request.sort() == SearchRequest.Sort.DATE || parsed.query() instanceof MatchAllDocsQuery;
    int n = Math.max(1, Math.max(sample, request.offset() + request.limit()));
    FacetsCollectorManager.FacetsResult result = byDate
        ? FacetsCollectorManager.search(searcher, query, n, NEWEST_FIRST, true, new FacetsCollectorManager())
        : FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
    FacetsCollector fc = result.facetsCollector();
    long total = fc.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    TopDocs top = result.topDocs();
    List<SearchHit> hits = hits(searcher, parsed.query(), top, request.offset(), request.offset() + request.limit());
    FacetCounter.Counts counts = facets.count(searcher.getIndexReader(), fc);
    List<String> sampled = new ArrayList<>();
    int[] firstDocs = Arrays.stream(top.scoreDocs).limit(sample).mapToInt(d -> d.doc).toArray();
    for (HitCards.Card card : HitCards.read(searcher.getIndexReader().leaves(), firstDocs)) {
      if (card != null) sampled.add(card.id());
    }
    return new SampledResults(new SearchResults(request, total, hits, counts.sites(), counts.months(),
        parsed.syntaxError()), List.copyOf(sampled));
  }

  /**
   * Summarises {@code request}'s matches: total and outlets over all of them, the ids of the best {@code sample}, and
   * the words and phrases over-represented among the best {@code wordSample}; see {@link QuerySummary}.
   */
  QuerySummary summary(IndexSearcher searcher, SearchRequest request, int sample, int wordSample, int terms)
      throws IOException {
    return withFallback(request, parsed -> {
      Query query = filtered(parsed.query(), request);
      boolean byDate = parsed.query() instanceof MatchAllDocsQuery;
      int n = Math.max(1, sample);
      FacetsCollectorManager.FacetsResult result = byDate
          ? FacetsCollectorManager.search(searcher, query, n, NEWEST_FIRST, true, new FacetsCollectorManager())
          : FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
      FacetsCollector fc = result.facetsCollector();
      long total = fc.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
      int[] docs = Arrays.stream(result.topDocs().scoreDocs).mapToInt(d -> d.doc).toArray();
      List<String> ids = new ArrayList<>(docs.length);
      for (HitCards.Card card : HitCards.read(searcher.getIndexReader().leaves(), docs)) {
        if (card != null) ids.add(card.id());
      }
      int[] wordDocs = Arrays.copyOf(docs, Math.min(docs.length, wordSample));
      Significance.Result significant = Significance.of(searcher, analyzer, wordDocs, terms);
      return new QuerySummary(total, facets.count(searcher.getIndexReader(), fc).sites(), ids, wordDocs.length,
          significant.words(), significant.phrases(), parsed.syntaxError());
    });
  }

  static Query filtered(Query query, SearchRequest request) {
    if (request.site() == null && request.since() == null && request.until() == null) return query;
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    if (request.site() != null) {
      b.add(new TermQuery(new Term(IndexFields.SITE, IndexFields.siteKey(request.site()))), BooleanClause.Occur.FILTER);
    }
    if (request.since() != null || request.until() != null) {
      long from = request.since() == null ? Long.MIN_VALUE : request.since().toEpochMilli();
      long to = request.until() == null ? Long.MAX_VALUE : request.until().toEpochMilli() - 1;
      b.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private List<SearchHit> hits(IndexSearcher searcher, Query userQuery, TopDocs top, int offset) throws IOException {
    return hits(searcher, userQuery, top, offset, top.scoreDocs.length);
  }

  /** The hits ranked {@code offset} (inclusive) to {@code end} (exclusive) among {@code top}, with snippets. */
  private List<SearchHit> hits(IndexSearcher searcher, Query userQuery, TopDocs top, int offset, int end)
      throws IOException {
    ScoreDoc[] docs = top.scoreDocs;
    int from = Math.min(offset, docs.length);
    int to = Math.max(from, Math.min(end, docs.length));
    int[] ids = new int[to - from];
    for (int i = from; i < to; i++) ids[i - from] = docs[i].doc;
    Snippet[] snippets = new Highlighting(searcher, analyzer).snippets(userQuery, ids);
    HitCards.Card[] cards = HitCards.read(searcher.getIndexReader().leaves(), ids);
    Long[] stories = stories(searcher, ids);
    List<SearchHit> hits = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      HitCards.Card c = cards[i];
      if (c == null) continue;
      hits.add(new SearchHit(c.id(), c.headline(), c.site(),
          c.published() == null ? null : Instant.ofEpochMilli(c.published()), IndexFields.byline(c.byline()), c.url(),
          docs[from + i].score, snippets[i], stories[i]));
    }
    return hits;
  }

  /** The story doc value of each of {@code docIds} (top-level ids), null where there is none. */
  private static Long[] stories(IndexSearcher searcher, int[] docIds) throws IOException {
    List<org.apache.lucene.index.LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Long[] out = new Long[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(docIds[i], leaves));
      var values = leaf.reader().getNumericDocValues(IndexFields.STORY);
      if (values != null && values.advanceExact(docIds[i] - leaf.docBase)) out[i] = values.longValue();
    }
    return out;
  }
}
