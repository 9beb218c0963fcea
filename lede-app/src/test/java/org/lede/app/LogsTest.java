package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.library.Library;
import org.lede.web.WebConfig;
import org.lede.web.WebServer;

class LogsTest {
  @TempDir Path tmp;

  @AfterEach
  void quiet() {
    Logs.configure(Level.SEVERE, null, Level.OFF, LogOptions.FAILURES);
  }

  @Test
  void ingest_keeps_one_line_per_failed_input_on_stderr_and_the_whole_cause_in_its_log_file() throws Exception {
    Path inputs = tmp.resolve("inputs");
    InventedNews.write(inputs, 3, 1);
    int broken = InventedNews.writeBroken(inputs, 4, 1);
    Path log = tmp.resolve("ingest.log");

    Cli.Run run = Cli.run("ingest", "-q", "--no-annotations", "--data", tmp.resolve("data").toString(),
        "--log", log.toString(), "--log-level", "warn", inputs.toString());

    // the level as the help and README write it, in lower case
    assertThat(run.exit()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.err().lines()).hasSize(broken).allSatisfy(l -> assertThat(l).startsWith("lede: ").contains("broken-"));
    assertThat(run.err()).doesNotContain("\tat ");
    String logged = Files.readString(log);
    assertThat(logged).contains("WARN lede.failure").contains("broken-0001.html").contains("\tat org.lede.");
  }

  @Test
  void serve_logs_each_request_and_answers_a_failure_with_a_reference_not_its_internals() throws Exception {
    Path log = tmp.resolve("serve.log");
    Logs.configure(Level.INFO, log, Level.INFO, LogOptions.FAILURES);
    Library library = Library.open(tmp.resolve("data"));
    HttpClient http = HttpClient.newHttpClient();
    try (WebServer server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()))) {
      HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/search?q=pier")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(search.statusCode()).isEqualTo(200);

      library.close(); // every read now fails inside the store
      HttpResponse<String> failed = http.send(
          HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/articles/some-id")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(failed.statusCode()).isEqualTo(500);
      assertThat(failed.body()).contains("error ").doesNotContain("closed").doesNotContain("Exception")
          .doesNotContain("\tat ").doesNotContain(tmp.toString()).doesNotContain("SQL");
      String ref = failed.body().replaceAll("(?s).*error ([0-9a-f]+).*", "$1");

      String logged = Files.readString(log);
      assertThat(logged).contains("INFO lede.http GET /search 200").doesNotContain("q=pier")
          .contains("ERROR lede.http error " + ref + " answering GET /api/v1/articles/some-id")
          .contains("the store is closed").contains("\tat org.lede.");
    }
  }
}
