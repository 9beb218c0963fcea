package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lede.library.Library;

/**
 * News sent to a running server ({@code POST /api/v1/articles}) may be far larger than any other body, but it is
 * bounded all the same: by its declared length before it is read, by what is read when it comes chunked, and by the
 * token and the rate that every write answers to.
 */
class IngestApiRefusalsTest {
  /** A text dump written for this test: a headline, a blank line, the story. ASCII, so its length is its bytes. */
  private static final String DUMP = """
      Lifeboat crew rescue two kayakers off Gull Point

      The volunteer lifeboat crew rescued two kayakers who were swept past Gull Point by the ebb tide on Sunday,
      the coastguard said. "They did everything right by calling us early," said coxswain Ruth Penhale.
      """;

  @TempDir Path dir;

  @Test
  @Timeout(120) // a server that stopped reading but kept the connection open would block the sender for ever
  void news_may_come_chunked_but_is_read_no_further_than_its_limit_and_a_larger_declared_length_is_refused_unread() {
    try (Library library = Library.open(dir.resolve("data"));
         WebServer server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()))) {
      String chunked = RawHttp.send(server.port(), "POST /api/v1/articles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: text/plain; charset=utf-8\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
          + Integer.toHexString(DUMP.length()) + "\r\n" + DUMP + "\r\n0\r\n\r\n", 120_000); // the first loads the models
      assertThat(RawHttp.status(chunked)).as(chunked).isEqualTo(201);
      long stored = library.stats().articles();
      assertThat(stored).isEqualTo(1);

      // were the body read, the empty one this sends would be a 400, not a 413
      String declared = RawHttp.send(server.port(), "POST /api/v1/articles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: text/plain\r\nContent-Length: " + (IngestApi.MAX_BYTES + 1L) + "\r\nConnection: close\r\n\r\n");
      assertThat(RawHttp.status(declared)).as(declared).isEqualTo(413);

      // a body that never ends: a server that read it to its end would never answer, and the read below would time out
      String unfinished = sendUnfinishedChunkedBody(server.port(), "127.0.0.1", IngestApi.MAX_BYTES + (1L << 20));
      assertThat(RawHttp.status(unfinished)).as(unfinished).isEqualTo(413);
      assertThat(library.stats().articles()).as("nothing of the refused bodies is stored").isEqualTo(stored);

      // a request refused before its body is read ends its connection too: the rest is never waited for
      String misdirected = sendUnfinishedChunkedBody(server.port(), "news.example", 1L << 20);
      assertThat(RawHttp.status(misdirected)).as(misdirected).isEqualTo(421);
    }
  }

  @Test
  void news_needs_a_token_where_writes_do_and_a_revoked_one_is_refused_at_once() {
    try (Library library = Library.open(dir.resolve("data"));
         WebServer server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()), true)) {
      String token;
      try (AccessTokens tokens = AccessTokens.open(dir.resolve("data"), Clock.systemUTC())) {
        token = tokens.create("newsroom");
      }
      Http http = new Http(server.url());
      assertThat(http.post("/api/v1/articles", "text/plain", DUMP).statusCode()).isEqualTo(401);
      assertThat(http.post("/api/v1/articles", "text/plain", DUMP, "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
      assertThat(library.stats().articles()).isZero();
      HttpResponse<String> sent = http.post("/api/v1/articles", "text/plain", DUMP, "Authorization", "Bearer " + token);
      assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);

      try (AccessTokens tokens = AccessTokens.open(dir.resolve("data"), Clock.systemUTC())) {
        assertThat(tokens.revoke(tokens.list().getFirst().id())).isTrue();
      }
      assertThat(http.post("/api/v1/articles", "text/plain", DUMP.replace("Sunday", "Monday"), "Authorization", "Bearer " + token)
          .statusCode()).as("a revoked token").isEqualTo(401);
      assertThat(library.stats().articles()).isEqualTo(1);
    }
  }

  @Test
  void news_counts_as_a_write_against_the_clients_rate() {
    try (Library library = Library.open(dir.resolve("data"));
         WebServer server = WebServer.start(library,
             new WebConfig("127.0.0.1", 0, Clock.systemUTC()).withRateLimit(new RateLimit(1, 12, true)))) {
      Http http = new Http(server.url());
      // a picture is refused by the handler itself (415), so this request got past the limiter
      assertThat(http.post("/api/v1/articles", "image/png", "\u0089PNG").statusCode()).isEqualTo(415);
      HttpResponse<String> refused = http.post("/api/v1/articles", "text/plain", DUMP);
      assertThat(refused.statusCode()).as("a write costs ten of the twelve a burst allows").isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(library.stats().articles()).isZero();
    }
  }

  /**
   * Sends news as {@code bytes} of chunks of 'a' and never the last chunk, and reads the answer to the end of the
   * connection. A server that read the body to its end, or that kept the connection open to read the rest, would never
   * close it: the read times out and the test fails.
   */
  private static String sendUnfinishedChunkedBody(int port, String host, long bytes) {
    byte[] chunk = ("10000\r\n" + "a".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      Thread writer = Thread.ofVirtual().start(() -> {
        try {
          out.write(("POST /api/v1/articles HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: text/plain\r\n"
              + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
          for (long sent = 0; sent < bytes; sent += chunk.length) out.write(chunk);
          out.flush(); // and then nothing more: no last chunk
        } catch (IOException e) {
          // the server answered and closed the connection before all was sent
        }
      });
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      s.close(); // unblocks a writer still waiting for room
      writer.join(30_000);
      return answer;
    } catch (IOException e) {
      throw new AssertionError("no answer, or the connection was left open, to an unfinished body sent as " + host, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
