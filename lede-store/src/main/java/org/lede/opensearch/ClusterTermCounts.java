package org.lede.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.lede.index.Significance;

/**
 * How many articles of an OpenSearch index hold a word or a phrase of the body, counted by the cluster: one
 * {@code _msearch} of size-0 searches per batch, each a {@code term} or {@code match_phrase} on the analysed words
 * (terms are the index's own, as {@link Significance} analysed them). A term's count is its document frequency,
 * which a count of a single term query reads without walking postings; a phrase's walks its rarer word's positions,
 * and is counted exactly (the Lucene side estimates it from a sample above {@code PhraseCount.SAMPLE} articles).
 */
record ClusterTermCounts(OpenSearchHttp http, IndexAddress address) implements Significance.TermCounts {

  @Override
  public long articles() {
    ObjectNode exists = OpenSearchHttp.JSON.createObjectNode();
    exists.putObject("exists").put("field", "body");
    return counts(List.of(exists))[0];
  }

  @Override
  public long[] articles(List<String> terms) {
    List<ObjectNode> queries = new ArrayList<>(terms.size());
    for (String t : terms) {
      ObjectNode q = OpenSearchHttp.JSON.createObjectNode();
      q.putObject("term").put("body", t);
      queries.add(q);
    }
    return counts(queries);
  }

  @Override
  public long[] phraseArticles(List<String[]> phrases) {
    List<ObjectNode> queries = new ArrayList<>(phrases.size());
    for (String[] p : phrases) {
      ObjectNode q = OpenSearchHttp.JSON.createObjectNode();
      // span_near of the two terms in order and adjacent: the analysed words, not text to analyse again
      ObjectNode near = q.putObject("span_near");
      near.put("slop", 0).put("in_order", true);
      for (String term : p) near.withArray("clauses").addObject().putObject("span_term").put("body", term);
      queries.add(q);
    }
    return counts(queries);
  }

  /** The number of articles each query matches, from one {@code _msearch}. */
  private long[] counts(List<ObjectNode> queries) {
    StringBuilder lines = new StringBuilder();
    for (ObjectNode q : queries) {
      ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
      body.put("size", 0).put("track_total_hits", true).set("query", q);
      lines.append("{}\n").append(OpenSearchHttp.write(body)).append('\n');
    }
    String path = "/" + address.index() + "/_msearch";
    OpenSearchHttp.Answer answer = http.send("POST", path, lines.toString(), "application/x-ndjson");
    if (!answer.ok()) throw http.refused("POST", path, answer);
    JsonNode responses = answer.body().path("responses");
    long[] out = new long[queries.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode r = responses.path(i);
      if (r.has("error") || !r.path("hits").path("total").path("value").isNumber()) {
        throw new OpenSearchException("OpenSearch refused a count in " + path + ": " + OpenSearchHttp.reason(r));
      }
      out[i] = r.path("hits").path("total").path("value").asLong();
    }
    return out;
  }
}
