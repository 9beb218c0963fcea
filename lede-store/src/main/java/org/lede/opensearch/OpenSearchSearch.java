package org.lede.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.lede.index.AttentionCounts;
import org.lede.index.AttentionQuery;
import org.lede.index.FacetCount;
import org.lede.index.Interval;
import org.lede.index.PublishedSpan;
import org.lede.index.QuerySummary;
import org.lede.index.SampledResults;
import org.lede.index.SearchCursor;
import org.lede.index.SearchHit;
import org.lede.index.SearchPage;
import org.lede.index.SearchRequest;
import org.lede.index.SearchResults;
import org.lede.index.Snippet;
import org.lede.index.UnknownCollectionException;

/**
 * Searches Lede's articles in an OpenSearch index with Lede's query syntax, answering as the Lucene index does: a
 * page of {@link SearchHit}s with snippets, the total, and the sites and months of all matches; cursor pages; a
 * sample of the best hits; what was said about a search; attention counts per period; the published span.
 *
 * <p>Scores use the index's term statistics as a whole ({@code dfs_query_then_fetch}), not each shard's, so the
 * ranking does not depend on which shard an article fell in: on a small index, per-shard statistics reorder hits.
 *
 * <p>{@code OpenSearchSearch.search(URI.create("opensearch://127.0.0.1:9200/news"), SearchRequest.of("harbour bridge"))}
 *
 * <p>Thread-safe.
 */
public final class OpenSearchSearch {
  private OpenSearchSearch() {}

  /**
   * Runs {@code request} against {@code index}. A query that is not valid syntax is searched as plain words, with
   * {@link SearchResults#syntaxError()} set, as in the Lucene index.
   *
   * @throws IllegalArgumentException   when the address is not one
   * @throws UnknownCollectionException when the query names a {@code collection:} (kept in Lede's single-machine
   *                                    store, of which there is none beside an OpenSearch index)
   * @throws OpenSearchException        when the cluster cannot be reached or refuses the search
   */
  public static SearchResults search(URI index, SearchRequest request) {
    Answered a = run(index, request.query(), plain -> SearchDsl.body(request, plain));
    return results(request, a.body(), a.syntaxError());
  }

  /**
   * Runs {@code request} and also names the ids of its first {@code sample} hits, from the same search: what the
   * search page's Quoted and Named facets are counted over. See {@link #search(URI, SearchRequest)} for the errors.
   */
  public static SampledResults search(URI index, SearchRequest request, int sample) {
    Answered a = run(index, request.query(), plain -> SearchDsl.sampled(request, plain, sample));
    List<SearchHit> top = hits(a.body());
    List<SearchHit> page = top.subList(Math.min(request.offset(), top.size()),
        Math.min(request.offset() + request.limit(), top.size()));
    List<String> sampled = top.stream().limit(Math.max(0, sample)).map(SearchHit::id).toList();
    return new SampledResults(results(request, a.body(), page, a.syntaxError()), sampled);
  }

  /**
   * Runs {@code request} one page at a time: the page after {@code after}, or the first when it is null, in the
   * Lucene index's total orders (newest first or best first, ties broken by article id) with {@code search_after},
   * so articles loaded between two pages neither repeat nor push hits off a page. The cursor's snapshot is not used:
   * the sort key alone says where a page starts. See {@link #search(URI, SearchRequest)} for the errors.
   *
   * @throws IllegalArgumentException when the cursor was made by a search in another order
   */
  public static SearchPage search(URI index, SearchRequest request, SearchCursor after) {
    boolean byDate = SearchDsl.newestFirst(request);
    Answered a = run(index, request.query(), plain -> SearchDsl.page(request, plain, after));
    List<SearchHit> hits = new ArrayList<>(hits(a.body()));
    JsonNode raw = a.body().path("hits").path("hits");
    SearchCursor next = null;
    if (hits.size() > request.limit()) {
      hits = hits.subList(0, request.limit());
      JsonNode last = raw.get(request.limit() - 1);
      JsonNode key = last.path("sort");
      SearchHit hit = hits.getLast();
      long published = hit.published() == null ? Long.MIN_VALUE : hit.published().toEpochMilli();
      float score = byDate ? (float) last.path("_score").asDouble(0) : (float) key.path(0).asDouble();
      next = new SearchCursor(0, byDate, score, published, key.path(1).asText(hit.id()));
    }
    return new SearchPage(results(request, a.body(), hits, a.syntaxError()), next);
  }

  /**
   * Summarises {@code request}'s matches for "what was said about it", as the Lucene index does: the total and
   * outlets of all matches, the ids of the best {@code sample} (the newest for a blank query), and the words and
   * phrases over-represented among the best {@code wordSample} against the whole index (their texts analysed here as
   * the index analyses them, the index's counts asked of the cluster). The request's paging and order are ignored.
   * See {@link #search(URI, SearchRequest)} for the errors.
   */
  public static QuerySummary summary(URI index, SearchRequest request, int sample, int wordSample, int terms) {
    return SaidSummary.of(index, request, sample, wordSample, terms);
  }

  /**
   * Counts, for each query, the articles it matches per period of {@code interval} over [{@code since}, {@code
   * until}) (UTC days): see {@link AttentionCounts} and {@link TimeCounts}.
   *
   * @throws IllegalArgumentException when the span is empty or too long, or there are no or too many queries
   */
  public static AttentionCounts attention(URI index, List<AttentionQuery> queries, LocalDate since, LocalDate until,
      Interval interval) {
    return TimeCounts.of(index, queries, since, until, interval);
  }

  /** Returns the first and last days (UTC) an indexed article was published, empty when none is dated. */
  public static Optional<PublishedSpan> publishedSpan(URI index) {
    IndexAddress address = IndexAddress.parse(index);
    ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
    body.put("size", 0);
    ObjectNode aggs = body.putObject("aggs");
    aggs.putObject("first").putObject("min").put("field", "published");
    aggs.putObject("last").putObject("max").put("field", "published");
    JsonNode answer = new OpenSearchHttp(address.http()).json("POST", "/" + address.index() + "/_search", body);
    JsonNode first = answer.path("aggregations").path("first").path("value");
    JsonNode last = answer.path("aggregations").path("last").path("value");
    if (!first.isNumber() || !last.isNumber()) return Optional.empty();
    return Optional.of(new PublishedSpan(day(first.asLong()), day(last.asLong())));
  }

  private static LocalDate day(long millis) {
    return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** A search's answer, and whether its text was searched as plain words. */
  record Answered(JsonNode body, boolean syntaxError) {}

  /**
   * Sends the body {@code build} makes (given whether to search the text as plain words) to the index; a body
   * OpenSearch refuses for its query (a wildcard expanding to too many terms) is sent again as the words written,
   * flagged as a syntax error, as the Lucene index does.
   */
  static Answered run(URI index, String text, Function<Boolean, SearchDsl.Built> build) {
    IndexAddress address = IndexAddress.parse(index);
    SearchDsl.Built built = build.apply(false); // before any request: a collection: is refused without a cluster
    OpenSearchHttp http = new OpenSearchHttp(address.http());
    String path = "/" + address.index() + "/_search?search_type=dfs_query_then_fetch";
    boolean syntaxError = built.syntaxError();
    OpenSearchHttp.Answer answer = http.send("POST", path, OpenSearchHttp.write(built.body()), "application/json");
    if (answer.status() == 400 && !syntaxError && text != null && !text.isBlank()) {
      syntaxError = true;
      answer = http.send("POST", path, OpenSearchHttp.write(build.apply(true).body()), "application/json");
    }
    if (!answer.ok()) throw http.refused("POST", path, answer);
    return new Answered(answer.body(), syntaxError);
  }

  static SearchResults results(SearchRequest request, JsonNode body, boolean syntaxError) {
    return results(request, body, hits(body), syntaxError);
  }

  private static SearchResults results(SearchRequest request, JsonNode body, List<SearchHit> hits, boolean syntaxError) {
    long total = body.path("hits").path("total").path("value").asLong();
    return new SearchResults(request, total, hits, facets(body.path("aggregations").path("sites")),
        facets(body.path("aggregations").path("months")), syntaxError);
  }

  private static List<SearchHit> hits(JsonNode body) {
    List<SearchHit> hits = new ArrayList<>();
    for (JsonNode hit : body.path("hits").path("hits")) {
      JsonNode source = hit.path("_source");
      List<String> byline = new ArrayList<>();
      for (JsonNode name : source.path("byline")) byline.add(name.asText());
      hits.add(new SearchHit(source.path("id").asText(hit.path("_id").asText()), text(source, "headline"),
          text(source, "site_name"), source.path("published").isTextual() ? Instant.parse(source.path("published").asText()) : null,
          byline, text(source, "url"), (float) hit.path("_score").asDouble(0), snippet(hit.path("highlight").path("body")),
          source.path("story").canConvertToLong() ? source.path("story").asLong() : null));
    }
    return hits;
  }

  /** The highlighted passages as one {@link Snippet}: joined by " … ", the marked words as spans. */
  static Snippet snippet(JsonNode fragments) {
    if (!fragments.isArray() || fragments.isEmpty()) return Snippet.EMPTY;
    StringBuilder text = new StringBuilder();
    List<Snippet.Span> spans = new ArrayList<>();
    for (JsonNode fragment : fragments) {
      if (!text.isEmpty()) text.append(" … ");
      String f = fragment.asText();
      int at = 0;
      while (at < f.length()) {
        int open = f.indexOf(SearchDsl.OPEN, at);
        if (open < 0) {
          text.append(f, at, f.length());
          break;
        }
        int close = f.indexOf(SearchDsl.CLOSE, open);
        if (close < 0) close = f.length();
        text.append(f, at, open);
        int start = text.length();
        text.append(f, open + 1, close);
        if (text.length() > start) spans.add(new Snippet.Span(start, text.length()));
        at = Math.min(f.length(), close + 1);
      }
    }
    return new Snippet(text.toString(), spans);
  }

  static List<FacetCount> facets(JsonNode aggregation) {
    List<FacetCount> out = new ArrayList<>();
    for (JsonNode bucket : aggregation.path("buckets")) {
      out.add(new FacetCount(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
    }
    return out;
  }

  private static String text(JsonNode source, String field) {
    JsonNode v = source.path(field);
    return v.isTextual() ? v.asText() : null;
  }
}
