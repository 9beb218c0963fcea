package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.corpus.CorpusQuote;
import org.lede.library.Library;

/** Entity pages, article pages and the quotes API as they read the corpus tables, over {@link WireWeek}. */
class CorpusPagesTest {
  @TempDir static Path tmp;
  static Library library;
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() {
    library = WireWeek.library(tmp);
    server = WebServer.start(library, new WebConfig("127.0.0.1", 0, java.time.Clock.systemUTC()));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    library.close();
  }

  @Test
  void entity_page_lists_a_carried_quote_once_with_its_outlets_and_where_it_ran_first() {
    HttpResponse<String> r = http.get("/e/P:tomasz-ferrante");
    assertThat(r.statusCode()).isEqualTo(200);
    String body = r.body();
    assertThat(body).contains("<h1>Tomasz Ferrante</h1>");
    assertThat(count(body, "will not load a single ship")).as("the saying is listed once").isEqualTo(1);
    CorpusQuote shut = library.corpus().quotes("single ship", "", 5).getFirst();
    assertThat(body).containsPattern("<strong class=\"carried\">carried by 3 outlets</strong>, first on <time datetime=\""
        + "2026-05-11T08:05:00Z\">11 May 2026</time> in <span class=\"outlet\">Coastal Wire Daily</span>")
        .contains("href=\"/a/" + shut.firstArticleId() + "#q-" + shut.quote().start() + "\"")
        .contains("<summary>Every article that carried it (5)</summary>");
    Matcher carriers = Pattern.compile("(?s)<details class=\"carriers\">(.*?)</details>").matcher(body);
    assertThat(carriers.find()).isTrue();
    List<String> outlets = new ArrayList<>();
    Matcher line = Pattern.compile("<span class=\"meta-line\">([^<·]+?) · <time").matcher(carriers.group(1));
    while (line.find()) outlets.add(line.group(1));
    assertThat(outlets).as("earliest first").containsExactly("Coastal Wire Daily", "Saltmere Gazette", "The Estuary Post",
        "Coastal Wire Daily", "The Estuary Post");
    assertThat(carriers.group(1)).contains("Strike &lt;b onmouseover=").doesNotContain("<b onmouseover");
    assertThat(body).contains("We are ready to sit down tomorrow").contains("Mentioned with");
  }

  @Test
  void a_quote_only_one_article_carried_says_where_without_a_carrier_list() {
    String body = http.get("/e/P:tomasz-ferrante").body();
    Matcher ready = Pattern.compile("(?s)<li class=\"said said-[a-z]+\">\\s*<blockquote>[^\n]*We are ready to sit down "
        + "tomorrow[^\n]*</blockquote>(.*?)</li>").matcher(body);
    assertThat(ready.find()).isTrue();
    assertThat(ready.group(1)).contains("The Estuary Post").doesNotContain("carried by").doesNotContain("<details");
  }

  @Test
  void an_entity_merged_into_another_redirects_to_the_one_it_joined() {
    String surnameOnly;
    try (Library before = WireWeek.beforeTheStrike(tmp.resolve("before"))) {
      surnameOnly = before.corpus().quotes("budget allows", "", 1).getFirst().speakerId();
    }
    assertThat(surnameOnly).as("the earlier story's speaker is an entity of her surname alone").isNotNull();
    // once the agency story names her in full, her surname's entity is hers
    String director = library.corpus().named("Adaeze Okonkwo-Reyes").orElseThrow().id();
    assertThat(director).isNotEqualTo(surnameOnly);
    assertThat(library.corpus().quotes("budget allows", "", 1).getFirst().speakerId()).isEqualTo(director);
    assertThat(library.corpus().resolve(surnameOnly)).hasValue(director);
    HttpResponse<String> old = http.get(EntityPages.href(surnameOnly) + "?kind=direct");
    assertThat(old.statusCode()).isEqualTo(301);
    assertThat(old.headers().firstValue("Location")).hasValue(EntityPages.href(director) + "?kind=direct");
    assertThat(http.get(EntityPages.href(director)).statusCode()).isEqualTo(200);
  }

  @Test
  void article_page_links_each_quote_to_its_speaker_and_each_name_to_its_entity_page() {
    String id = library.corpus().quotes("single ship", "", 5).getFirst().firstArticleId();
    String body = http.get("/a/" + id).body();
    assertThat(body).contains("class=\"quote quote-direct\" href=\"/e/P:tomasz-ferrante\"")
        .contains("<a class=\"ent ent-person\" href=\"/e/P:tomasz-ferrante\" title=\"Person: Tomasz Ferrante\">Tomasz Ferrante</a>");
  }

  @Test
  void quotes_api_gives_each_corpus_quote_with_its_first_appearance_and_carriers() throws Exception {
    JsonNode page = ApiTestSupport.json(http.get("/api/v1/quotes?q=single+ship"));
    assertThat(page.path("q").asText()).isEqualTo("single ship");
    assertThat(page.path("quotes")).hasSize(1);
    JsonNode q = page.path("quotes").get(0);
    assertThat(q.path("text").asText()).contains("will not load a single ship");
    assertThat(q.path("kind").asText()).isEqualTo("direct");
    assertThat(q.path("speaker").path("id").asText()).isEqualTo("P:tomasz-ferrante");
    assertThat(q.path("speaker").path("name").asText()).isEqualTo("Tomasz Ferrante");
    assertThat(q.path("first").path("site").asText()).isEqualTo("Coastal Wire Daily");
    assertThat(q.path("first").path("published").asText()).isEqualTo("2026-05-11T08:05:00Z");
    assertThat(q.path("first").path("articleId").asText()).isEqualTo(q.path("articleId").asText());
    assertThat(q.path("carrierCount").asInt()).isEqualTo(5);
    assertThat(q.path("outletCount").asInt()).isEqualTo(3);
    List<String> published = new ArrayList<>();
    q.path("carriers").forEach(c -> published.add(c.path("published").asText()));
    assertThat(published).hasSize(5).isSorted();
    assertThat(q.path("quote").path("speaker").path("name").asText()).isNotBlank();

    assertThat(ApiTestSupport.json(http.get("/api/v1/quotes?q=nothing+like+this")).path("quotes")).isEmpty();
    JsonNode bySpeaker = ApiTestSupport.json(http.get("/api/v1/quotes?speaker=okonkwo"));
    assertThat(bySpeaker.path("quotes")).isNotEmpty()
        .allSatisfy(item -> assertThat(item.path("speaker").path("name").asText()).containsIgnoringCase("okonkwo"));
  }

  @Test
  void quotes_api_pages_by_cursor_through_every_quote_once() throws Exception {
    List<String> all = new ArrayList<>();
    ApiTestSupport.json(http.get("/api/v1/quotes?limit=100")).path("quotes").forEach(q -> all.add(q.path("id").asText()));
    assertThat(all).hasSizeGreaterThan(3);
    List<String> paged = new ArrayList<>();
    String next = "/api/v1/quotes?limit=1";
    while (next != null) {
      JsonNode page = ApiTestSupport.json(http.get(next));
      page.path("quotes").forEach(q -> paged.add(q.path("id").asText()));
      next = page.path("next").isNull() ? null : page.path("next").asText();
      assertThat(paged.size()).isLessThanOrEqualTo(all.size());
    }
    assertThat(paged).isEqualTo(all);
    assertThat(http.get("/api/v1/quotes?cursor=Y3EKMTIzCm5vdC1hLW51bWJlcg").statusCode()).as("a forged cursor").isEqualTo(400);
  }

  @Test
  void entity_api_lists_each_corpus_quote_once_and_pages_through_mentions() throws Exception {
    JsonNode one = ApiTestSupport.json(http.get("/api/v1/entities/P:tomasz-ferrante"));
    List<String> texts = new ArrayList<>();
    one.path("quotes").forEach(q -> texts.add(q.path("text").asText()));
    assertThat(texts).doesNotHaveDuplicates().anySatisfy(t -> assertThat(t).contains("single ship"));
    assertThat(one.path("quoteCount").asInt()).isEqualTo(texts.size());
    assertThat(one.path("articleCount").asInt()).isEqualTo(5);
    List<String> articles = new ArrayList<>();
    String next = "/api/v1/entities/P:tomasz-ferrante/mentions?limit=2";
    while (next != null) {
      JsonNode page = ApiTestSupport.json(http.get(next));
      page.path("mentions").forEach(m -> {
        articles.add(m.path("articleId").asText());
        assertThat(m.path("mentions").get(0).path("text").asText()).contains("Ferrante");
      });
      next = page.path("next").isNull() ? null : page.path("next").asText();
    }
    assertThat(articles).doesNotHaveDuplicates().hasSize(5);
    JsonNode list = ApiTestSupport.json(http.get("/api/v1/entities?q=tom&type=person"));
    assertThat(list.path("entities").get(0).path("id").asText()).isEqualTo("P:tomasz-ferrante");
    JsonNode bySurname = ApiTestSupport.json(http.get("/api/v1/entities?q=FERR"));
    assertThat(bySurname.path("entities").get(0).path("id").asText()).isEqualTo("P:tomasz-ferrante");
  }

  @Test
  void entity_feed_is_found_through_the_corpus_tables() {
    HttpResponse<String> r = http.get("/feeds/entity.atom?id=P:tomasz-ferrante");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<title>Lede: Tomasz Ferrante</title>").contains("Saltmere strike enters third day");
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) n++;
    return n;
  }
}
