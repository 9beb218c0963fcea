package org.lede.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The few REST calls Lede makes, over the JDK's HTTP client: JSON in, JSON out, an error status an
 * {@link OpenSearchException} with OpenSearch's own reason. Busy answers (429, 503) are retried a few times with
 * backoff, since a cluster under bulk load says so when its queues are full.
 *
 * <p>Thread-safe.
 */
final class OpenSearchHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final int TRIES = 5;

  private final URI base;
  private final HttpClient client;

  OpenSearchHttp(URI base) {
    this.base = base;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** One answer: its status and its body as JSON (an empty object when it had none). */
  record Answer(int status, JsonNode body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** Sends a request and returns the answer whatever its status. */
  Answer send(String method, String path, String body, String contentType) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) b.header("Content-Type", contentType);
    HttpRequest request = b.build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> r;
      try {
        r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (ConnectException e) {
        throw new OpenSearchException("OpenSearch at " + base + " is not reachable (nothing answers there)", e);
      } catch (java.net.http.HttpTimeoutException e) {
        throw new OpenSearchException("OpenSearch at " + base + ": " + method + " " + path + " had no answer in "
            + request.timeout().map(Duration::toSeconds).orElse(0L) + " s", e);
      } catch (IOException e) {
        throw new OpenSearchException("OpenSearch at " + base + ": " + method + " " + path + " failed ("
            + (e.getMessage() == null ? "the connection broke" : e.getMessage()) + ")", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OpenSearchException("interrupted while waiting for OpenSearch at " + base, e);
      }
      if ((r.statusCode() == 429 || r.statusCode() == 503) && attempt < TRIES) {
        pause(attempt);
        continue;
      }
      return new Answer(r.statusCode(), parse(r.body()));
    }
  }

  /** Sends JSON and returns the answer's JSON; an error status is an {@link OpenSearchException}. */
  JsonNode json(String method, String path, Object body) {
    Answer a = send(method, path, body == null ? null : write(body), "application/json");
    if (!a.ok()) throw refused(method, path, a);
    return a.body();
  }

  OpenSearchException refused(String method, String path, Answer a) {
    return new OpenSearchException("OpenSearch at " + base + " refused " + method + " " + path + ": " + a.status()
        + " " + reason(a.body()));
  }

  /** OpenSearch's reason in an error answer: {@code type: reason} of its root cause. */
  static String reason(JsonNode error) {
    JsonNode e = error.has("error") ? error.get("error") : error;
    if (e.isTextual()) return e.asText();
    JsonNode cause = e.path("root_cause").path(0);
    JsonNode why = cause.isMissingNode() ? e : cause;
    String type = why.path("type").asText("");
    String reason = why.path("reason").asText(e.toString());
    return type.isEmpty() ? reason : type + ": " + reason;
  }

  static String write(Object body) {
    if (body instanceof String s) return s;
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) return JSON.createObjectNode();
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode().put("error", body.length() > 500 ? body.substring(0, 500) : body);
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(250L << attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OpenSearchException("interrupted while OpenSearch was busy", e);
    }
  }
}
