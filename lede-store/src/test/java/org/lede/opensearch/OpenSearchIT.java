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
   * The same articles in a Lucene index and in OpenSearch find the same top ten for each query ({@link SearchParity}
   * says how ties are counted). These test articles are built from a few shared sentences, so many score exactly
   * alike. Totals must be equal and scores agree to float rounding.
   */
  @Test
  void searches_find_what_the_lucene_index_of_the_same_articles_finds() throws Exception {
    try (org.lede.index.ArticleIndex lucene = luceneOf(output.lines(), dir.resolve("lucene"))) {
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
      for (SearchParity p : SearchParity.compareAll(lucene, cluster.index("news"), requests)) {
        assertThat(p.luceneTotal()).as(p.label() + " finds something to compare").isPositive();
        assertAgree(p);
      }
    }
  }

  /**
   * The real pages of htmldate's set (238 news and other pages, many not in English), extracted and annotated once,
   * in a Lucene index and in OpenSearch: 50 queries of the kinds people ask (words, phrases, exclusions, either-or,
   * fields, a site, a start date, prefixes, the newest first) find the same articles. The Spark job writes the same
   * lines as this in-process extraction ({@code RealPagesJobTest} in lede-spark checks that field for field).
   */
  @Test
  void real_pages_find_the_same_hits_in_lucene_and_in_opensearch() throws Exception {
    var pages = org.lede.eval.SharedData.locate("extraction-dev/dates/pages");
    org.junit.jupiter.api.Assumptions.assumeTrue(pages.isPresent(),
        "shared/data/extraction-dev/dates/pages is absent: the real-pages search parity is skipped");
    java.util.List<String> lines = RealPages.lines(pages.get());
    assertThat(lines).hasSizeGreaterThan(200);
    Path out = dir.resolve("real-out");
    RealPages.writePart(lines, out);
    LoadCounts loaded = OpenSearchLoad.load(out, cluster.index("real"), new PrintStream(new ByteArrayOutputStream()));
    assertThat(loaded.failed()).isZero();
    assertThat(loaded.articles()).isEqualTo(lines.size());
    try (org.lede.index.ArticleIndex lucene = luceneOf(lines, dir.resolve("real-lucene"))) {
      java.util.List<SearchParity> found = SearchParity.compareAll(lucene, cluster.index("real"), RealPages.queries(lines));
      assertThat(found).hasSize(50);
      assertThat(found.stream().filter(p -> p.luceneTotal() > 0)).as("queries that find something").hasSizeGreaterThan(45);
      for (SearchParity p : found) assertAgree(p);
      assertThat(found.stream().mapToDouble(SearchParity::raw).average().orElse(0)).isGreaterThanOrEqualTo(0.9);
    }
  }

  private static void assertAgree(SearchParity p) {
    assertThat(p.openTotal()).as(p.label() + " total").isEqualTo(p.luceneTotal());
    assertThat(p.syntaxAgrees()).as(p.label() + " syntax").isTrue();
    if (!p.phrase()) assertThat(p.scoreMismatch()).as(p.label() + " scores").isNull();
    assertThat(p.withTies()).as(p.label() + " top ten").isGreaterThanOrEqualTo(0.9);
    assertThat(p.topSize()).as(p.label() + " hits shown").isEqualTo((int) Math.min(10, p.luceneTotal()));
  }

  /** A Lucene index of {@code lines} (contract lines with annotations), stored in the order given. */
  private static org.lede.index.ArticleIndex luceneOf(java.util.List<String> lines, Path where) {
    org.lede.index.ArticleIndex lucene = org.lede.index.ArticleIndex.open(where);
    long seq = 0;
    java.time.Instant now = java.time.Instant.parse("2025-03-01T00:00:00Z");
    for (String line : lines) {
      var stored = new org.lede.store.StoredArticle(org.lede.json.ArticleJson.fromLine(line), 1, ++seq, now, now,
          org.lede.json.ArticleJson.annotationsFrom(line));
      lucene.put(stored, null);
    }
    lucene.commit();
    lucene.refresh();
    return lucene;
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
