package org.lede.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles on their way to {@code _bulk}, each remembered by its line in its part file so that an article OpenSearch
 * refuses is reported where it came from while the others are indexed.
 */
final class BulkBatch {
  private final String index;
  private final StringBuilder body = new StringBuilder();
  private final List<Integer> lines = new ArrayList<>();

  BulkBatch(String index) {
    this.index = index;
  }

  void add(String id, String source, int line) {
    body.append("{\"index\":{\"_id\":").append(OpenSearchHttp.write(OpenSearchHttp.JSON.getNodeFactory().textNode(id)))
        .append("}}\n")
        .append(source).append('\n');
    lines.add(line);
  }

  int size() {
    return lines.size();
  }

  /** The request body's length in chars: close to its bytes for news text, and what the batch bound is checked on. */
  long chars() {
    return body.length();
  }

  /**
   * Sends the batch and empties it. Returns how many articles OpenSearch refused; each is reported on
   * {@code progress} as {@code lede load: PART:LINE: reason}.
   *
   * @throws OpenSearchException when the whole request failed: then nothing can be said of any article
   */
  long send(OpenSearchHttp http, String part, PrintStream progress) {
    if (lines.isEmpty()) return 0;
    OpenSearchHttp.Answer answer = http.send("POST", "/" + index + "/_bulk", body.toString(), "application/x-ndjson");
    if (!answer.ok()) throw http.refused("POST", "/" + index + "/_bulk", answer);
    long refused = 0;
    if (answer.body().path("errors").asBoolean(false)) {
      JsonNode items = answer.body().path("items");
      for (int i = 0; i < items.size() && i < lines.size(); i++) {
        JsonNode item = items.get(i).path("index");
        if (item.path("status").asInt(200) >= 300) {
          refused++;
          progress.println("lede load: " + part + ":" + lines.get(i) + ": " + OpenSearchHttp.reason(item));
        }
      }
    }
    body.setLength(0);
    lines.clear();
    return refused;
  }
}
