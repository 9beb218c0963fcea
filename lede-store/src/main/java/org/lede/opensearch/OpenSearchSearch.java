package org.lede.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lede.index.FacetCount;
import org.lede.index.SearchHit;
import org.lede.index.SearchRequest;
import org.lede.index.SearchResults;
import org.lede.index.Snippet;

/**
 * Searches Lede's articles in an OpenSearch index with Lede's query syntax, answering as the Lucene index does: a
 * page of {@link SearchHit}s with snippets, the total, and the sites and months of all matches.
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
   * @throws IllegalArgumentException when the address is not one, or the query names a {@code collection:} (kept in
   *                                  Lede's store, which an OpenSearch index is not)
   * @throws OpenSearchException      when the cluster cannot be reached or refuses the search
   */
  public static SearchResults search(URI index, SearchRequest request) {
    IndexAddress address = IndexAddress.parse(index);
    if (SearchDsl.namesCollection(request.query())) {
      throw new IllegalArgumentException("collection: is not available with an OpenSearch index (collections are kept in the store)");
    }
    OpenSearchHttp http = new OpenSearchHttp(address.http());
    String path = "/" + address.index() + "/_search?search_type=dfs_query_then_fetch";
    SearchDsl.Built built = SearchDsl.body(request, false);
    boolean syntaxError = built.syntaxError();
    OpenSearchHttp.Answer answer = http.send("POST", path, OpenSearchHttp.write(built.body()), "application/json");
    if (answer.status() == 400 && !syntaxError && request.query() != null && !request.query().isBlank()) {
      // refused by OpenSearch (a wildcard expanding to too many terms): searched as the words written, as in Lucene
      syntaxError = true;
      answer = http.send("POST", path, OpenSearchHttp.write(SearchDsl.body(request, true).body()), "application/json");
    }
    if (!answer.ok()) throw http.refused("POST", path, answer);
    return results(request, answer.body(), syntaxError);
  }

  static SearchResults results(SearchRequest request, JsonNode body, boolean syntaxError) {
    long total = body.path("hits").path("total").path("value").asLong();
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
    return new SearchResults(request, total, hits, facets(body.path("aggregations").path("sites")),
        facets(body.path("aggregations").path("months")), syntaxError);
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

  private static List<FacetCount> facets(JsonNode aggregation) {
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
