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

  /**
   * The same articles in a Lucene index and in OpenSearch find the same top ten for each query. Both use BM25 with the
   * same analysis, the query has the same clauses (parsed by the same parser, translated clause for clause), and
   * OpenSearch scores with the whole index's statistics (dfs), so the scores agree to float rounding. What can differ is the order among articles whose scores tie: these test articles are built from
   * a few shared sentences, so many score exactly alike, and Lucene breaks a tie by insertion order while OpenSearch
   * breaks it by shard, then by each shard's order. A hit of OpenSearch's top ten is therefore counted as agreeing when
   * Lucene has it in its top ten or scores it the same as its tenth hit (printed as "with ties"); the raw overlap is
   * printed beside it. Totals must be equal.
   */
  @Test
  void searches_find_what_the_lucene_index_of_the_same_articles_finds() throws Exception {
    Path luceneDir = dir.resolve("lucene");
    try (org.lede.index.ArticleIndex lucene = org.lede.index.ArticleIndex.open(luceneDir)) {
      long seq = 0;
      java.time.Instant now = java.time.Instant.parse("2025-03-01T00:00:00Z");
      for (String line : output.lines()) {
        var stored = new org.lede.store.StoredArticle(org.lede.json.ArticleJson.fromLine(line), 1, ++seq, now, now,
            org.lede.json.ArticleJson.annotationsFrom(line));
        lucene.put(stored, null);
      }
      lucene.commit();
      lucene.refresh();
      java.util.List<org.lede.index.SearchRequest> requests = java.util.List.of(
          org.lede.index.SearchRequest.of("harbour bridge"),
          org.lede.index.SearchRequest.of("frost orchards"),
          org.lede.index.SearchRequest.of("\"wind farm\""),
          org.lede.index.SearchRequest.of("strike -dangerously"),
          org.lede.index.SearchRequest.of("flood OR storm"),
          org.lede.index.SearchRequest.of("headline:budget"),
          org.lede.index.SearchRequest.of("byline:Lindqvist council"),
          org.lede.index.SearchRequest.of("speaker:Okafor"),
          org.lede.index.SearchRequest.of("council").withSite("harbour times"),
          org.lede.index.SearchRequest.of("repairs").withSince(java.time.Instant.parse("2025-01-20T00:00:00Z")),
          org.lede.index.SearchRequest.of("Union: talks"),
          org.lede.index.SearchRequest.of("turbines (fishing"),
          org.lede.index.SearchRequest.of("Okafor harvest"),
          org.lede.index.SearchRequest.of("repair*"),
          org.lede.index.SearchRequest.of("").withSort(org.lede.index.SearchRequest.Sort.DATE));
      double sum = 0;
      for (var request : requests) {
        var fromLucene = lucene.search(request.withLimit(50));
        var fromOpenSearch = OpenSearchSearch.search(cluster.index("news"), request);
        assertThat(fromLucene.totalHits()).as(request.query() + " finds something to compare").isPositive();
        assertThat(fromOpenSearch.totalHits()).as(request.query()).isEqualTo(fromLucene.totalHits());
        assertThat(fromOpenSearch.syntaxError()).as(request.query()).isEqualTo(fromLucene.syntaxError());
        java.util.List<String> top = fromOpenSearch.hits().stream().map(org.lede.index.SearchHit::id).toList();
        java.util.List<org.lede.index.SearchHit> luceneHits = fromLucene.hits();
        java.util.Set<String> luceneTop = new java.util.HashSet<>();
        java.util.Set<String> withTies = new java.util.HashSet<>();
        boolean byDate = request.sort() == org.lede.index.SearchRequest.Sort.DATE;
        for (int i = 0; i < luceneHits.size(); i++) {
          if (i < 10) luceneTop.add(luceneHits.get(i).id());
          int tenth = Math.min(9, luceneHits.size() - 1);
          boolean tied = byDate ? java.util.Objects.equals(luceneHits.get(i).published(), luceneHits.get(tenth).published())
              : Math.abs(luceneHits.get(i).score() - luceneHits.get(tenth).score()) <= 1e-5f * luceneHits.get(tenth).score();
          if (i < 10 || tied) withTies.add(luceneHits.get(i).id());
        }
        java.util.Map<String, Float> luceneScores = new java.util.HashMap<>();
        for (var h : luceneHits) luceneScores.put(h.id(), h.score());
        for (var h : fromOpenSearch.hits()) {
          if (byDate || !luceneScores.containsKey(h.id())) continue;
          assertThat(h.score()).as(request.query() + " score of " + h.id())
              .isCloseTo(luceneScores.get(h.id()), org.assertj.core.data.Offset.offset(1e-3f * Math.max(1f, h.score())));
        }
        int shown = Math.max(1, top.size());
        double raw = top.isEmpty() && luceneTop.isEmpty() ? 1 : top.stream().filter(luceneTop::contains).count() / (double) shown;
        double tieAware = top.isEmpty() && luceneTop.isEmpty() ? 1 : top.stream().filter(withTies::contains).count() / (double) shown;
        System.out.printf("overlap %-40s total %3d  top-10 %.2f  with ties %.2f%n", "\"" + request.query() + "\""
            + (request.site() != null ? " site" : "") + (request.since() != null ? " since" : ""), fromLucene.totalHits(),
            raw, tieAware);
        assertThat(tieAware).as(request.query()).isGreaterThanOrEqualTo(0.9);
        assertThat(top).as(request.query()).hasSize(Math.min(10, (int) fromLucene.totalHits()));
        sum += raw;
      }
      System.out.printf("overlap mean top-10 (raw) %.2f over %d queries%n", sum / requests.size(), requests.size());
    }
  }

  @Test
  void a_hit_from_opensearch_carries_what_a_results_page_shows() {
    var results = OpenSearchSearch.search(cluster.index("news"), org.lede.index.SearchRequest.of("frost"));
    var hit = results.hits().getFirst();
    assertThat(hit.headline()).containsIgnoringCase("frost");
    assertThat(hit.site()).isIn("Coastal Ledger", "Valley Courier", "Northgate Observer", "Harbour Times");
    assertThat(hit.published()).isNotNull();
    assertThat(hit.byline()).hasSize(1);
    assertThat(hit.url()).startsWith("https://news.example/");
    assertThat(hit.snippet().render("[", "]")).containsIgnoringCase("[frost]");
    assertThat(results.sites()).isNotEmpty();
    assertThat(results.months()).extracting(org.lede.index.FacetCount::value).isSorted();
  }

  /**
   * Not a check but a measurement, run on demand: {@code -Dlede.opensearch.bench=OUT[,OUT2]} loads each Spark output
   * into an index of its own and prints articles/s with the CPU the loader and the nodes spent.
   */
  @Test
  void bench_loads_a_spark_output_given_on_the_command_line() {
    String outputs = System.getProperty("lede.opensearch.bench");
    org.junit.jupiter.api.Assumptions.assumeTrue(outputs != null && !outputs.isBlank(),
        "a measurement: run with -Dlede.opensearch.bench=OUT (a lede spark output)");
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    int n = 0;
    for (String out : outputs.split(",")) {
      double nodesBefore = cluster.nodesCpuSeconds();
      long loaderBefore = threads.getCurrentThreadCpuTime();
      LoadCounts c = OpenSearchLoad.load(Path.of(out), cluster.index("bench-" + ++n), System.out);
      double loader = (threads.getCurrentThreadCpuTime() - loaderBefore) / 1e9;
      double nodes = cluster.nodesCpuSeconds() - nodesBefore;
      System.out.printf("bench %s: %d parts, %,d articles (%d failed), %,d documents in %.1f s wall = %.0f articles/s;"
          + " CPU: loader %.1f s, both nodes %.1f s%n", out, c.parts(), c.articles(), c.failed(), c.documents(),
          c.took().toMillis() / 1000.0, c.articlesPerSecond(), loader, nodes);
      assertThat(c.failed()).isZero();
    }
  }
}
