package org.lede.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lede.index.QuerySummary;
import org.lede.index.SearchRequest;
import org.lede.index.Significance;

/**
 * "What was said" about a search, from an OpenSearch index, as {@code Searching.summary} makes it from a Lucene one:
 * one search gives the total, the outlets and the ids of the best matches; the texts of the best {@code wordSample}
 * are fetched by id and weighed by {@link Significance} (the same analysis, candidates and log-likelihood as the
 * Lucene side) against the index's own counts ({@link ClusterTermCounts}). Costs the sample's size and a few counts,
 * never the corpus's.
 */
final class SaidSummary {
  private SaidSummary() {}

  static QuerySummary of(URI index, SearchRequest request, int sample, int wordSample, int terms) {
    SearchRequest key = request.withLimit(1).withOffset(0).withSort(SearchRequest.Sort.RELEVANCE);
    OpenSearchSearch.Answered a = OpenSearchSearch.run(index, key.query(), plain -> SearchDsl.summary(key, plain, sample));
    long total = a.body().path("hits").path("total").path("value").asLong();
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : a.body().path("hits").path("hits")) {
      ids.add(hit.path("_source").path("id").asText(hit.path("_id").asText()));
    }
    List<String> wordIds = ids.subList(0, Math.min(ids.size(), wordSample));
    IndexAddress address = IndexAddress.parse(index);
    OpenSearchHttp http = new OpenSearchHttp(address.http());
    Significance.Result significant;
    try {
      significant = Significance.of(bodies(http, address, wordIds), new ClusterTermCounts(http, address), terms);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse the sampled articles: " + e.getMessage(), e);
    }
    return new QuerySummary(total, OpenSearchSearch.facets(a.body().path("aggregations").path("sites")), ids,
        wordIds.size(), significant.words(), significant.phrases(), a.syntaxError());
  }

  /** The texts of the articles {@code ids}, in that order; an article without one is left out. */
  private static List<String> bodies(OpenSearchHttp http, IndexAddress address, List<String> ids) {
    if (ids.isEmpty()) return List.of();
    ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
    ids.forEach(body.putArray("ids")::add);
    JsonNode answer = http.json("POST", "/" + address.index() + "/_mget?_source_includes=body", body);
    Map<String, String> byId = new HashMap<>();
    for (JsonNode doc : answer.path("docs")) {
      JsonNode text = doc.path("_source").path("body");
      if (doc.path("found").asBoolean() && text.isTextual()) byId.put(doc.path("_id").asText(), text.asText());
    }
    List<String> out = new ArrayList<>(ids.size());
    for (String id : ids) if (byId.containsKey(id)) out.add(byId.get(id));
    return out;
  }
}
