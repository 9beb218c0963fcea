package org.lede.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Which part files have been loaded into which index, kept in the cluster itself (the small {@value #INDEX} index),
 * so a load that stopped — a crash, a killed process, a lost connection — starts again after the last part it
 * finished. A part is named by its file name, size and modification time: the same name from a newer Spark run is
 * another part. A part that was half loaded is loaded again whole; its articles replace themselves (same {@code _id}).
 */
final class LoadLedger {
  static final String INDEX = "lede-load";

  private final OpenSearchHttp http;
  private final String index;

  LoadLedger(OpenSearchHttp http, String index) {
    this.http = http;
    this.index = index;
  }

  boolean loaded(Path part) throws IOException {
    OpenSearchHttp.Answer a = http.send("GET", path(part), null, null);
    if (a.status() == 404) return false;
    if (!a.ok()) throw http.refused("GET", path(part), a);
    return a.body().path("found").asBoolean(false);
  }

  /** Records {@code part} as loaded whole; visible to the next {@link #loaded} at once. */
  void record(Path part, long articles, long failed) throws IOException {
    ObjectNode entry = OpenSearchHttp.JSON.createObjectNode()
        .put("index", index)
        .put("part", part.getFileName().toString())
        .put("bytes", Files.size(part))
        .put("modified", Files.getLastModifiedTime(part).toInstant().toString())
        .put("articles", articles)
        .put("failed", failed)
        .put("loadedAt", Instant.now().toString());
    http.json("PUT", path(part) + "?refresh=true", entry);
  }

  private String path(Path part) throws IOException {
    String key = index + "/" + part.getFileName() + "/" + Files.size(part) + "/"
        + Files.getLastModifiedTime(part).toMillis();
    return "/" + INDEX + "/_doc/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
