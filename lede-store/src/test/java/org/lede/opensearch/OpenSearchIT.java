package org.lede.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lede's articles in a real 2-node OpenSearch cluster (one cluster for the whole class: it takes tens of seconds to
 * start): the template, the {@code _bulk} load of a Spark-shaped output, resuming after a crash, and search.
 */
class OpenSearchIT {
  private static final int PARTS = 6;
  private static final int PER_PART = 8;

  @TempDir static Path dir;
  private static OpenSearchCluster cluster;
  private static NewsOutput.Written output;
  private static LoadCounts first;
  private static String firstProgress;

  @BeforeAll
  static void startClusterAndLoad() throws Exception {
    output = NewsOutput.write(dir.resolve("out"), PARTS, PER_PART);
    cluster = TestCluster.start();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    first = OpenSearchLoad.load(dir.resolve("out"), cluster.index("news"), new PrintStream(progress, true, StandardCharsets.UTF_8));
    firstProgress = progress.toString(StandardCharsets.UTF_8);
    System.out.printf("OpenSearch load: %d articles in %.2f s (%.0f articles/s)%n", first.articles(),
        first.took().toMillis() / 1000.0, first.articlesPerSecond());
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) cluster.close();
  }

  @Test
  void the_cluster_is_green_with_two_nodes_holding_two_primaries_and_their_replicas() {
    OpenSearchHttp http = new OpenSearchHttp(cluster.http(1));
    JsonNode health = http.json("GET", "/_cluster/health/news?wait_for_status=green&timeout=30s", null);
    assertThat(health.path("status").asText()).isEqualTo("green");
    assertThat(health.path("number_of_nodes").asInt()).isEqualTo(2);
    assertThat(health.path("active_primary_shards").asInt()).isEqualTo(2);
    assertThat(health.path("active_shards").asInt()).isEqualTo(4);
  }

  @Test
  void every_article_is_loaded_and_the_bad_line_is_named_by_part_and_line() {
    assertThat(output.lines()).hasSize(PARTS * PER_PART);
    assertThat(first.parts()).isEqualTo(PARTS);
    assertThat(first.skippedParts()).isZero();
    assertThat(first.articles()).isEqualTo(PARTS * PER_PART);
    assertThat(first.failed()).isEqualTo(1);
    assertThat(first.documents()).isEqualTo(PARTS * PER_PART);
    assertThat(firstProgress).contains("lede load: " + NewsOutput.BAD_PART + ":" + NewsOutput.BAD_LINE + ": not JSON");
  }

  @Test
  void the_index_analyses_english_as_the_lucene_index_does() throws Exception {
    OpenSearchHttp http = new OpenSearchHttp(cluster.http(0));
    for (String text : new String[] {"The growers' orchards were flooding", "Nurses at the city hospital voted to strike",
        "It's the council's budget: cuts, protests and debates in 2025!"}) {
      var body = OpenSearchHttp.JSON.createObjectNode().put("field", "body").put("text", text);
      JsonNode tokens = http.json("POST", "/news/_analyze", body);
      assertThat(tokens.path("tokens").findValuesAsText("token")).as(text).containsExactlyElementsOf(lucene(text));
    }
  }

  /** The terms Lucene's English analysis (the Lucene index's, {@code org.lede.index.Analysis}) makes of {@code text}. */
  private static java.util.List<String> lucene(String text) throws java.io.IOException {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (var analyzer = new org.apache.lucene.analysis.en.EnglishAnalyzer();
         var stream = analyzer.tokenStream("body", text)) {
      var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) out.add(term.toString());
      stream.end();
    }
    return out;
  }

  @Test
  void loading_the_same_output_again_adds_nothing() {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    LoadCounts again = OpenSearchLoad.load(dir.resolve("out"), cluster.index("news"),
        new PrintStream(progress, true, StandardCharsets.UTF_8));
    assertThat(again.parts()).isZero();
    assertThat(again.skippedParts()).isEqualTo(PARTS);
    assertThat(again.articles()).isZero();
    assertThat(again.documents()).isEqualTo(PARTS * PER_PART);
    assertThat(progress.toString(StandardCharsets.UTF_8)).contains("part-00000.jsonl.gz: loaded before, skipped");
  }

  @Test
  void a_load_that_crashed_in_the_middle_of_a_part_resumes_to_the_same_articles() {
    URI index = cluster.index("news-crash");
    AtomicInteger batches = new AtomicInteger();
    // small batches, so a part takes several; the "crash" comes after the first batch of the third part
    OpenSearchLoad crashing = new OpenSearchLoad(IndexAddress.parse(index), new PrintStream(new ByteArrayOutputStream()),
        4_000, (part, n) -> {
          if (part.equals("part-00002.jsonl.gz") && batches.incrementAndGet() == 1) throw new IllegalStateException("crash");
        });
    assertThatThrownBy(() -> crashing.load(dir.resolve("out"))).hasMessage("crash");

    OpenSearchHttp http = new OpenSearchHttp(cluster.http(0));
    http.json("POST", "/news-crash/_refresh", null);
    long halfway = http.json("GET", "/news-crash/_count", null).path("count").asLong();
    assertThat(halfway).isGreaterThan(2L * PER_PART).isLessThan(3L * PER_PART);

    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    LoadCounts resumed = new OpenSearchLoad(IndexAddress.parse(index), new PrintStream(progress, true, StandardCharsets.UTF_8),
        4_000, (part, n) -> {}).load(dir.resolve("out"));
    assertThat(resumed.skippedParts()).isEqualTo(2);
    assertThat(resumed.parts()).isEqualTo(PARTS - 2);
    assertThat(resumed.documents()).isEqualTo(first.documents());
  }
}
