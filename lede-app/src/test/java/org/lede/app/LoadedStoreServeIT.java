package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.lede.eval.SharedData;
import org.lede.opensearch.OpenSearchCluster;
import org.lede.opensearch.TestCluster;
import org.lede.postgres.PostgresServer;

/**
 * Issue 13's serving acceptance: {@code lede serve --store postgres://… --index opensearch://…} on a real PostgreSQL and
 * a real 2-node OpenSearch cluster that {@code lede load} filled from the shared seed dump shows each seed article
 * with every field of its gold, and Borys Kremenetskyi's page with his quotes; and each of those pages reads as the
 * same page served by {@code lede serve --data} from the SQLite store the load's input was made from.
 */
class LoadedStoreServeIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SERVING = Pattern.compile("at (http://[^/\\s]+)/");
  private static final String KREMENETSKYI = "P:borys-kremenetskyi";
  /** The seed's relative times ("Updated 5 sec ago") are resolved against this, on both sides. */
  private static final String AS_OF = "2025-10-03T12:00:00Z";
  private static final Path SAMPLE = Path.of("lede-app/src/main/resources/org/lede/app/sample");
  /** Searches whose pages and API answers are compared: words, a phrase, OR, a negation, a wildcard, a field, bad syntax. */
  private static final List<String> QUERIES = List.of("Kremenetskyi", "minister", "\"prime minister\"",
      "court OR election", "said -minister", "elect*", "speaker:Kremenetskyi", "minister AND (", "");

  @TempDir static Path tmp;
  private static PostgresServer pg;
  private static OpenSearchCluster cluster;
  private static LedeProcess loaded;
  private static LedeProcess local;
  private static String loadedUrl;
  private static String localUrl;
  private static JsonNode gold;
  /** Each gold article's id, in the gold's order. */
  private static final List<String> ids = new ArrayList<>();
  /** Each written wire article's id, in {@link WireStory#HEADLINES}' order: the original, then its copies. */
  private static final List<String> wireIds = new ArrayList<>();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void loadAndServe() throws Exception {
    Path seedDir = SharedData.locate("seed").orElse(null);
    assumeTrue(seedDir != null, "skipped: the shared seed dump (data/seed) is not on this machine");
    List<Path> dumps;
    try (var files = Files.list(seedDir)) {
      dumps = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assumeTrue(dumps.size() == 1, "skipped: the seed holds one dump and its gold, found " + dumps);
    Path dump = dumps.getFirst();
    gold = JSON.readTree(dump.resolveSibling(dump.getFileName().toString().replace(".txt", ".gold.json")).toFile());
    LedeProcess.assumeJar();
    pg = PostgresServer.start();
    cluster = TestCluster.start();

    Path data = tmp.resolve("data");
    // beside the seed, the app's own sample articles (written for Lede), so searches have several matches to rank,
    // page and count, some of them undated; and a wire story with its copies, written for this test
    Path wire = WireStory.write(tmp.resolve("wire.jsonl"));
    List<String> inputs = new ArrayList<>(List.of("ingest", "--data", data.toString(), "--as-of", AS_OF, dump.toString(),
        wire.toString()));
    for (String folder : List.of("dumps", "html", "gz")) inputs.add(SAMPLE.resolve(folder).toString());
    Cli.Run ingest = Cli.run(inputs.toArray(String[]::new));
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    Path out = tmp.resolve("out");
    StoreAsJobOutput.write(data, out);
    String store = pg.createDatabase("seed");
    String index = cluster.index("seed").toString();
    Cli.Run load = Cli.run("load", out.toString(), "--store", store, "--index", index);
    assertThat(load.exit()).as(load.err()).isZero();

    Map<String, String> byHeadline = new LinkedHashMap<>();
    try (var lines = Files.lines(out.resolveSibling("out-ids.txt"))) {
      lines.forEach(l -> byHeadline.put(l.substring(l.indexOf('\t') + 1), l.substring(0, l.indexOf('\t'))));
    }
    for (JsonNode a : gold.path("articles")) {
      String id = byHeadline.get(a.path("headline").asText());
      assertThat(id).as("the seed article headed \"%s\" is stored", a.path("headline").asText()).isNotNull();
      ids.add(id);
    }

    for (String headline : WireStory.HEADLINES) {
      String id = byHeadline.get(headline);
      assertThat(id).as("the written article headed \"%s\" is stored", headline).isNotNull();
      wireIds.add(id);
    }

    Path logs = tmp.resolve("logs");
    loaded = LedeProcess.start(logs, "serve", "--store", store, "--index", index, "--port", "0",
        "--data", tmp.resolve("web").toString());
    local = LedeProcess.start(logs, "serve", "--data", data.toString(), "--port", "0");
    loadedUrl = url(loaded);
    localUrl = url(local);
  }

  @AfterAll
  static void stop() throws Exception {
    if (loaded != null) loaded.kill();
    if (local != null) local.kill();
    if (cluster != null) cluster.close();
    if (pg != null) pg.close();
  }

  /** The address a started {@code lede serve} prints, waited for up to a minute. */
  private static String url(LedeProcess serve) throws Exception {
    long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() < until) {
      Matcher m = SERVING.matcher(serve.out());
      if (m.find()) return m.group(1);
      if (!serve.isAlive()) throw new IllegalStateException("lede serve ended: " + serve.err());
      Thread.sleep(100);
    }
    throw new IllegalStateException("lede serve did not say where it listens within a minute: " + serve.err());
  }

  static HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A page as a reader sees it: its {@code main} element, parsed. */
  private static Element main(String base, String path) throws IOException, InterruptedException {
    HttpResponse<String> page = get(base, path);
    assertThat(page.statusCode()).as("GET %s%s", base, path).isEqualTo(200);
    Element main = Jsoup.parse(page.body()).selectFirst("main");
    assertThat(main).as("%s%s has a main element", base, path).isNotNull();
    return main;
  }

  @Test
  void each_seed_article_page_from_postgres_and_opensearch_shows_every_field_of_its_gold() throws Exception {
    for (int n = 0; n < ids.size(); n++) {
      JsonNode g = gold.path("articles").get(n);
      String id = ids.get(n);
      Element page = main(loadedUrl, "/a/" + id);
      Element body = page.selectFirst(".body");
      assertThat(body).as("article %s has a body", id).isNotNull();
      body = body.clone();
      body.select(".visually-hidden").remove(); // what a screen reader hears besides the words: "(Direct quote: …)"
      String bodyText = body.text();

      assertThat(page.selectFirst("article h1").text()).as("headline of %s", id).isEqualTo(g.path("headline").asText());
      if (!g.path("image_caption").isNull()) {
        assertThat(page.select("figcaption").text()).as("caption of %s", id).contains(g.path("image_caption").asText());
      }
      if (!g.path("image_credit").isNull()) {
        assertThat(page.select("figcaption .credit").text()).as("credit of %s", id).isEqualTo(g.path("image_credit").asText());
      }
      Element updated = page.selectFirst("time.ago[data-prefix=Updated]");
      assertThat(updated).as("the update time of %s", id).isNotNull();
      if (g.has("updated")) {
        assertThat(updated.attr("datetime")).as("updated, %s", id).startsWith(g.path("updated").asText());
      } else {
        // "Updated 5 sec ago", resolved against the ingest's --as-of
        int seconds = Integer.parseInt(g.path("updated_relative").asText().replaceAll("\\D+", ""));
        assertThat(Instant.parse(updated.attr("datetime"))).as("updated, %s", id)
            .isEqualTo(Instant.parse(AS_OF).minusSeconds(seconds));
      }
      assertThat(page.select(".key-points li").eachText()).as("key points of %s", id)
          .containsExactlyElementsOf(texts(g.path("key_points")));
      assertThat(body.selectFirst(".dateline").text()).as("dateline of %s", id).startsWith(g.path("dateline").asText());
      assertThat(body.select("h2.subhead").eachText()).as("subheads of %s", id)
          .containsExactlyElementsOf(texts(g.path("subheads")));
      assertThat(body.select("> p")).as("body paragraphs of %s", id).hasSize(g.path("body_paragraphs").asInt());
      assertThat(body.select("> p").first().text()).as("first words of %s", id).contains(g.path("body_first_words").asText());
      assertThat(body.select("> p").last().text()).as("last words of %s", id).endsWith(g.path("body_last_words").asText());
      for (String boilerplate : texts(g.path("boilerplate_not_in_body"))) {
        assertThat(bodyText).as("boilerplate of %s", id).doesNotContain(boilerplate);
      }
    }
  }

  @Test
  void kremenetskyi_page_from_postgres_lists_every_quote_the_gold_gives_him() throws Exception {
    Element page = main(loadedUrl, "/e/" + KREMENETSKYI);
    assertThat(page.selectFirst("h1").text()).isEqualTo("Borys Kremenetskyi");
    List<String> listed = page.select(".quote-timeline blockquote").eachText();
    List<String> his = new ArrayList<>();
    for (JsonNode q : gold.path("direct_quotes")) {
      if (q.path("speaker").asText().equals("Borys Kremenetskyi")) his.add(q.path("text").asText());
    }
    assertThat(his).as("the gold gives him quotes").isNotEmpty();
    assertThat(listed).as("his quotes on the page").containsAll(his);
    assertThat(page.select(".quote-timeline a[href^=/a/" + ids.getFirst() + "]")).as("each links to its article")
        .hasSize(listed.size());
  }

  @Test
  void the_article_and_entity_pages_read_the_same_from_postgres_and_from_sqlite() throws Exception {
    List<String> paths = new ArrayList<>();
    for (String id : ids) paths.add("/a/" + id);
    for (String id : wireIds) paths.add("/a/" + id); // their copies, and the story they are in
    paths.add("/e/" + KREMENETSKYI);
    paths.add("/e/" + KREMENETSKYI + "?kind=direct");
    for (String path : paths) {
      // the short link names the server it was served by: the only text that may differ
      String fromPostgres = main(loadedUrl, path).text().replace(loadedUrl, "BASE");
      String fromSqlite = main(localUrl, path).text().replace(localUrl, "BASE");
      assertThat(fromPostgres).as("%s from PostgreSQL and OpenSearch, against SQLite and Lucene", path).isEqualTo(fromSqlite);
    }
    // what the same pages cost each server, for the report: wall time is the loaded machine's, CPU the server's own
    for (LedeProcess server : List.of(loaded, local)) {
      String base = server == loaded ? loadedUrl : localUrl;
      Duration cpuBefore = cpu(server);
      long started = System.nanoTime();
      int rounds = 20;
      for (int r = 0; r < rounds; r++) for (String path : paths) get(base, path);
      long wallMs = (System.nanoTime() - started) / 1_000_000;
      System.out.printf("LoadedStoreServeIT: %s: %d pages in %d ms wall, %d ms of the server's CPU (%.1f ms a page)%n",
          server == loaded ? "PostgreSQL + OpenSearch" : "SQLite + Lucene", rounds * paths.size(), wallMs,
          cpu(server).minus(cpuBefore).toMillis(), cpu(server).minus(cpuBefore).toMillis() / (double) (rounds * paths.size()));
    }
  }

  @Test
  void an_article_page_from_postgres_lists_the_copies_of_its_text_as_sqlite_does() throws Exception {
    for (String id : wireIds) {
      Element fromPostgres = main(loadedUrl, "/a/" + id).selectFirst("section.copies");
      Element fromSqlite = main(localUrl, "/a/" + id).selectFirst("section.copies");
      assertThat(fromSqlite).as("SQLite lists the copies of %s", id).isNotNull();
      assertThat(fromPostgres).as("PostgreSQL lists the copies of %s", id).isNotNull();
      assertThat(fromPostgres.select(".copy-of, .copy-list").outerHtml()).as("the copies of %s", id)
          .isEqualTo(fromSqlite.select(".copy-of, .copy-list").outerHtml());
    }
    Element original = main(loadedUrl, "/a/" + wireIds.getFirst());
    assertThat(original.select(".copy-list a").eachAttr("href")).as("the original lists its copies")
        .containsExactlyInAnyOrderElementsOf(wireIds.subList(1, wireIds.size()).stream().map(i -> "/a/" + i).toList());
  }

  @Test
  void a_search_from_postgres_and_opensearch_folds_copies_under_their_original() throws Exception {
    Element results = main(loadedUrl, "/search?q=" + WireStory.SEARCHED);
    List<String> rows = results.select("a[href^=/a/]").eachAttr("href");
    assertThat(rows).as("every wire article matches").contains("/a/" + wireIds.getFirst());
    assertThat(results.select("details.copies-folded summary").text()).as("its copies folded under it")
        .contains("+ " + (wireIds.size() - 1) + " copies");
  }

  @Test
  void the_story_pages_and_their_api_read_the_same_from_postgres_and_from_sqlite() throws Exception {
    JsonNode article = JSON.readTree(get(localUrl, "/api/v1/articles/" + wireIds.getFirst()).body());
    assertThat(article.path("story").path("size").asInt()).as("the wire articles are one story on SQLite").isEqualTo(3);
    long story = article.path("story").path("id").asLong();
    String storyPage = main(loadedUrl, "/story/" + story).text().replace(loadedUrl, "BASE");
    assertThat(storyPage).as("the story's page from PostgreSQL, against SQLite")
        .isEqualTo(main(localUrl, "/story/" + story).text().replace(localUrl, "BASE"));
    // on the home page and a search the snippets are each index's own (OpenSearch's highlighter against Lucene's):
    // the stories on them must be the same
    assertThat(main(loadedUrl, "/").select(".top-stories").outerHtml()).as("the home page's top stories")
        .contains(WireStory.HEADLINES.get(0)).isEqualTo(main(localUrl, "/").select(".top-stories").outerHtml());
    String grouped = "/search?q=" + WireStory.SEARCHED + "&group=story";
    assertThat(groups(loadedUrl, grouped)).as("a search grouped by story").hasSize(1)
        .isEqualTo(groups(localUrl, grouped));
    assertThat(main(loadedUrl, "/story/" + story).text()).contains(WireStory.HEADLINES.get(1));
    for (String path : List.of("/api/v1/stories/" + story, "/api/v1/stories")) {
      HttpResponse<String> fromPostgres = get(loadedUrl, path);
      assertThat(fromPostgres.statusCode()).as(path).isEqualTo(200);
      assertThat(JSON.readTree(fromPostgres.body().replace(loadedUrl, "BASE"))).as("%s from PostgreSQL", path)
          .isEqualTo(JSON.readTree(get(localUrl, path).body().replace(localUrl, "BASE")));
    }
  }

  /** Each story group of a search page: its title, what it says of the story, and the articles under it. */
  private static List<String> groups(String base, String path) throws Exception {
    List<String> out = new ArrayList<>();
    for (Element g : main(base, path).select("li.story-group")) {
      out.add(g.select("h3, .story-meta").text() + " " + g.select("a[href^=/a/]").eachAttr("href"));
    }
    return out;
  }

  private static Duration cpu(LedeProcess server) {
    return ProcessHandle.of(server.pid()).flatMap(h -> h.info().totalCpuDuration()).orElse(Duration.ZERO);
  }

  @Test
  void pages_whose_data_the_load_does_not_hold_say_so_and_the_home_and_search_pages_answer() throws Exception {
    // every page is served now but the export of the whole store, which lede export --store writes
    for (String path : List.of("/api/v1/export")) {
      HttpResponse<String> page = get(loadedUrl, path);
      assertThat(page.statusCode()).as(path).isEqualTo(501);
      assertThat(page.body()).as(path).contains("does not serve").doesNotContain("Exception").doesNotContain("at org.lede");
    }
    assertThat(main(loadedUrl, "/").text()).contains(gold.path("articles").get(0).path("headline").asText());
    Element search = main(loadedUrl, "/search?q=Kremenetskyi");
    assertThat(search.select("a[href=/a/" + ids.getFirst() + "]")).as("the search finds his article").isNotEmpty();
    HttpResponse<String> feed = get(loadedUrl, "/feeds/entity.atom?id=" + KREMENETSKYI);
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.body()).as("his feed, searched in OpenSearch").contains(gold.path("articles").get(0).path("headline").asText());
  }

  @Test
  void search_pages_read_the_same_from_opensearch_and_from_lucene() throws Exception {
    for (String q : QUERIES) {
      for (String order : List.of("", "&sort=date")) {
        String path = "/search?q=" + SearchAnswers.encode(q) + order;
        Element fromOpenSearch = main(loadedUrl, path);
        Element fromLucene = main(localUrl, path);
        // totals, the sites, months, Quoted and Named facets, paging: the page but its hits
        assertThat(SearchAnswers.withoutHits(fromOpenSearch)).as("%s from OpenSearch, against Lucene", path)
            .isEqualTo(SearchAnswers.withoutHits(fromLucene));
        // the hits in the same order but among hits that tie (Lucene breaks a tie by insertion order, OpenSearch by
        // shard), ties told by Lucene's own scores and dates; the last run of ties may show other members of a run
        // that goes on past the page; a hit on both pages reads the same but for its snippet's passage
        java.util.Map<String, String> keys = SearchAnswers.sortKeys(localUrl,
            "/api/v1/search?limit=100&q=" + SearchAnswers.encode(q) + order);
        List<java.util.Set<String>> openRuns = SearchAnswers.tied(SearchAnswers.hitIds(fromOpenSearch), keys);
        List<java.util.Set<String>> luceneRuns = SearchAnswers.tied(SearchAnswers.hitIds(fromLucene), keys);
        assertThat(openRuns).as("the order of %s's hits", path).hasSameSizeAs(luceneRuns);
        if (!luceneRuns.isEmpty()) {
          assertThat(openRuns.subList(0, openRuns.size() - 1)).as("the order of %s's hits", path)
              .isEqualTo(luceneRuns.subList(0, luceneRuns.size() - 1));
          assertThat(openRuns.getLast()).as("the last run of ties of %s", path).hasSameSizeAs(luceneRuns.getLast())
              .allMatch(id -> keys.get(id).equals(keys.get(luceneRuns.getLast().iterator().next())));
        }
        java.util.Map<String, String> luceneHits = SearchAnswers.hitTexts(fromLucene);
        SearchAnswers.hitTexts(fromOpenSearch).forEach((id, text) -> {
          if (luceneHits.containsKey(id)) assertThat(text).as("hit %s of %s", id, path).isEqualTo(luceneHits.get(id));
        });
        // the same hits have snippets, marking the same words as the index holds them (OpenSearch's highlighter may
        // choose other passages of a text, marking "minister's" where Lucene's passage has "minister")
        java.util.Map<String, Boolean> luceneSnippets = SearchAnswers.snippetsShown(fromLucene);
        SearchAnswers.snippetsShown(fromOpenSearch).forEach((id, shown) -> {
          if (luceneSnippets.containsKey(id)) assertThat(shown).as("a snippet for hit %s of %s", id, path).isEqualTo(luceneSnippets.get(id));
        });
        assertThat(SearchAnswers.markedTerms(fromOpenSearch)).as("the terms marked in %s's snippets", path)
            .isEqualTo(SearchAnswers.markedTerms(fromLucene));
      }
    }
    assertThat(main(loadedUrl, "/search?q=minister").select(".speaker-facet li, .entity-facet li"))
        .as("the Quoted and Named facets, counted over the sampled hits").isNotEmpty();
    // collections are kept by the single-machine store: naming one that the store lacks is the same refusal
    assertThat(get(loadedUrl, "/search?q=collection:uk").statusCode()).isEqualTo(get(localUrl, "/search?q=collection:uk").statusCode())
        .isEqualTo(400);
  }

  @Test
  void search_api_cursor_pages_list_the_same_hits_from_opensearch_and_from_lucene() throws Exception {
    for (String q : QUERIES) {
      for (String order : List.of("", "&sort=date")) {
        String path = "/api/v1/search?limit=2&q=" + SearchAnswers.encode(q) + order;
        SearchAnswers.Paged fromOpenSearch = SearchAnswers.pages(loadedUrl, path);
        SearchAnswers.Paged fromLucene = SearchAnswers.pages(localUrl, path);
        assertThat(fromOpenSearch.hits()).as("every page of %s from OpenSearch, against Lucene", path)
            .isEqualTo(fromLucene.hits());
        assertThat(fromOpenSearch.firstPage()).as("the first page's total, facets and syntax flag of %s", path)
            .isEqualTo(fromLucene.firstPage());
        assertThat(fromOpenSearch.scores()).as("scores of %s", path).hasSameSizeAs(fromLucene.scores());
        for (int i = 0; i < fromLucene.scores().size(); i++) {
          assertThat(fromOpenSearch.scores().get(i)).as("score %d of %s", i, path)
              .isCloseTo(fromLucene.scores().get(i), org.assertj.core.data.Percentage.withPercentage(0.01));
        }
      }
    }
    assertThat(SearchAnswers.pages(loadedUrl, "/api/v1/search?limit=2&q=").hits()).as("every article, page by page")
        .hasSizeGreaterThan(4);
  }

  @Test
  void explore_attention_and_what_was_said_read_the_same_from_opensearch_and_from_lucene() throws Exception {
    // the load holds no stories yet, so story counts (0 there) are left out; everything else must agree
    for (String path : List.of("/explore?q=minister&q=court", "/explore?q=Kremenetskyi&interval=day",
        "/explore?q=said&q=election&measure=share&interval=week&since=2025-01-01&until=2026-12-31")) {
      assertThat(SearchAnswers.withoutStories(main(loadedUrl, path))).as("%s from OpenSearch, against Lucene", path)
          .isEqualTo(SearchAnswers.withoutStories(main(localUrl, path)));
    }
    for (String path : List.of("/api/v1/said?q=minister", "/api/v1/said?q=", "/api/v1/said?q=Kremenetskyi&since=2025-01-01",
        "/api/v1/attention?q=minister&q=court&since=2025-01-01&until=2026-12-31&interval=month")) {
      HttpResponse<String> fromOpenSearch = get(loadedUrl, path);
      HttpResponse<String> fromLucene = get(localUrl, path);
      assertThat(fromOpenSearch.statusCode()).as(path).isEqualTo(200);
      assertThat(SearchAnswers.withoutStories(JSON.readTree(fromOpenSearch.body())))
          .as("%s from OpenSearch, against Lucene", path).isEqualTo(SearchAnswers.withoutStories(JSON.readTree(fromLucene.body())));
    }
    assertThat(JSON.readTree(get(loadedUrl, "/api/v1/said?q=minister").body()).path("words")).as("telling words").isNotEmpty();
  }

  @Test
  void the_entity_and_quote_apis_answer_from_postgres_as_from_sqlite() throws Exception {
    // the quote search's words go through PostgreSQL's full-text index, the speaker through ILIKE, the entity list by
    // name through lower(name): each answer must be the SQLite store's, byte for byte
    for (String path : List.of("/api/v1/entities/" + KREMENETSKYI, "/api/v1/entities/" + KREMENETSKYI + "/quotes",
        "/api/v1/entities/" + KREMENETSKYI + "/mentions", "/api/v1/quotes?q=fighting+existence",
        "/api/v1/quotes?speaker=kremenetskyi", "/api/v1/entities?prefix=Borys",
        // a surname alone finds the person through entity_key
        "/api/v1/entities?prefix=Kremenetskyi", "/api/v1/entities?prefix=Kremenets")) {
      HttpResponse<String> fromPostgres = get(loadedUrl, path);
      HttpResponse<String> fromSqlite = get(localUrl, path);
      assertThat(fromPostgres.statusCode()).as(path).isEqualTo(200);
      assertThat(JSON.readTree(fromPostgres.body().replace(loadedUrl, "BASE"))).as("%s from PostgreSQL", path)
          .isEqualTo(JSON.readTree(fromSqlite.body().replace(localUrl, "BASE")));
    }
    assertThat(get(loadedUrl, "/api/v1/quotes?q=fighting+existence").body()).contains("We are fighting for our existence,");
    for (String id : ids) {
      // the article as a contract line, with what it copies and its story
      JsonNode fromPostgres = JSON.readTree(get(loadedUrl, "/api/v1/articles/" + id).body());
      JsonNode fromSqlite = JSON.readTree(get(localUrl, "/api/v1/articles/" + id).body());
      assertThat(fromPostgres).as("article %s from the API", id).isEqualTo(fromSqlite);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) out.add(n.asText());
    return out;
  }
}
