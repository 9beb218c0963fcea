package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.annotate.Annotator;
import org.lede.app.Cli;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.json.ArticleJson;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.MediaType;
import org.w3c.dom.NodeList;

/**
 * A flood story from three outlets, written for this test: a wire report, a second outlet's copy of it and a third
 * outlet's own report, which gives other figures for the same counts. The story page, its API, its feeds and
 * {@code lede story} show the mayor's quote once with the outlets that carried it, and the figures side by side.
 */
class StoryPageTest {
  @TempDir static Path tmp;
  static Library library;
  static WebServer server;
  static Http http;
  static long story;

  private static final List<String> WIRE = List.of(
      "Some 5,000 volunteers arrived in Riverton on Saturday to fill sandbags along the Marrow river as the water kept "
          + "rising through the night, the town council said in a statement.",
      "\"We have never seen anything like <i>this</i> in Riverton,\" said Mayor Elena Vasquez, who thanked the volunteers "
          + "at a briefing in the town hall. \"Every street has someone with a shovel.\"",
      "The flood has damaged 340 homes in Riverton since Thursday, according to the regional fire service, and the "
          + "Marrow is expected to peak on Sunday.");

  private static final List<String> OWN = List.of(
      "At least 6,000 volunteers arrived in Riverton on Saturday to fill sandbags along the Marrow river, organisers "
          + "said, as sandbags ran short in the lower town.",
      "\"We have never seen anything like <i>this</i> in Riverton,\" said Mayor Elena Vasquez. Officials said 410 homes "
          + "had been damaged by the flood water in Riverton since Thursday.",
      "The Marrow river is expected to peak on Sunday, the regional fire service said.");

  private static Article article(String id, String site, String headline, String published, List<String> body) {
    return Article.builder().id(id).site(site).headline(headline)
        .published(new StatedTime(Instant.parse(published), StatedTime.Precision.MINUTE, published)).paragraphs(body).build();
  }

  @BeforeAll
  static void start() {
    library = Library.open(tmp.resolve("data"));
    Annotator annotator = Annotator.standard();
    // the week's other news, so that term statistics look like a newsroom's and not like one story's: in a store of
    // three articles every shared word is in all of them and weighs almost nothing
    String[][] other = {
        {"Ferry fares rise by five percent", "The island ferry company raised its fares for the summer season."},
        {"Library reopens after renovation", "The town library reopened with a new reading room and longer hours."},
        {"Striker signs three-year contract", "The club's top scorer signed a new contract on Monday."},
        {"Bakery wins national bread prize", "A family bakery in the old town won the national prize for rye bread."},
        {"Hospital opens new cancer wing", "The regional hospital opened a cancer treatment wing with forty beds."},
        {"Airport passenger numbers climb", "Passenger numbers at the airport rose for the third month running."}};
    for (int i = 0; i < other.length; i++) {
      Article a = article("other-" + i, "Daily Ledger", other[i][0], "2026-04-2" + i + "T08:00:00Z", List.of(other[i][1]));
      library.ingest(new Document(a.id(), ArticleJson.toLine(a).getBytes(StandardCharsets.UTF_8), MediaType.ARTICLE_JSON,
          null, null, null), List.of(a));
    }
    List<String> copy = new ArrayList<>(WIRE);
    copy.add("Advertisement");
    for (Article a : List.of(
        article("wire-report", "Harbour Wire", "Thousands of volunteers fight Riverton flood", "2026-05-02T08:00:00Z", WIRE),
        article("valley-copy", "Valley Times", "Volunteers fight Riverton flood", "2026-05-02T09:00:00Z", copy),
        article("coast-own", "Coast Daily", "Volunteers fight Riverton flood <script>alert(1)</script>", "2026-05-02T10:00:00Z", OWN))) {
      library.ingest(new Document(a.id(), ArticleJson.toLine(a).getBytes(StandardCharsets.UTF_8), MediaType.ARTICLE_JSON,
          null, null, null), List.of(a), List.of(annotator.annotate(a)));
    }
    library.commit();
    story = library.stories().storyOf("coast-own").orElseThrow().id();
    server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (library != null) library.close();
  }

  @Test
  void the_three_reports_are_one_story() {
    assertThat(library.stories().storyOf("wire-report").orElseThrow().id()).isEqualTo(story);
    assertThat(library.stories().storyOf("valley-copy").orElseThrow().id()).isEqualTo(story);
  }

  @Test
  void the_page_shows_the_mayors_quote_once_with_every_outlet_that_carried_it_and_her_entity_linked() {
    String page = http.get("/story/" + story).body();
    String said = page.substring(page.indexOf("Who said what"));
    assertThat(said.split("We have never seen anything like", -1)).hasSize(2);
    assertThat(said).contains("carried by 3 outlets")
        .contains(">Harbour Wire</a>").contains(">Valley Times</a>").contains(">Coast Daily</a>")
        .containsPattern("href=\"/e/P:[^\"]*vasquez\">Elena Vasquez</a>");
    assertThat(page).contains("Top speakers").contains("Named in this story").contains("Riverton");
  }

  @Test
  void the_page_sets_the_outlets_figures_side_by_side_each_linked_to_where_it_is_written() {
    String page = http.get("/story/" + story).body();
    String numbers = page.substring(page.indexOf("Numbers that differ"), page.indexOf("Who said what"));
    assertThat(numbers).contains("volunteers").contains("Some 5,000").contains("<span class=\"figure\">At least 6,000 volunteers</span>")
        .contains("href=\"/a/coast-own#n-").contains("href=\"/a/wire-report#n-")
        .contains("homes").contains("340").contains("410");
    // the figures link to a place the article page marks with that id
    String link = numbers.replaceAll("(?s).*href=\"/a/coast-own#(n-\\d+)\".*", "$1");
    assertThat(http.get("/a/coast-own").body()).contains("id=\"" + link + "\"");
  }

  @Test
  void article_text_is_escaped_everywhere_the_page_shows_it() {
    String page = http.get("/story/" + story).body();
    assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<i>this</i>").contains("&lt;i&gt;this&lt;/i&gt;");
  }

  @Test
  void the_api_gives_top_entities_speakers_quotes_and_differing_numbers() throws Exception {
    JsonNode api = ArticleJson.mapper().readTree(http.get("/api/v1/stories/" + story).body());
    assertThat(api.path("topEntities")).anySatisfy(e -> assertThat(e.path("name").asText()).isEqualTo("Elena Vasquez"));
    assertThat(api.path("topEntities")).anySatisfy(e -> {
      assertThat(e.path("name").asText()).isEqualTo("Riverton");
      assertThat(e.path("articles").asInt()).isEqualTo(3);
    });
    assertThat(api.path("topSpeakers").get(0).path("name").asText()).isEqualTo("Elena Vasquez");
    JsonNode first = api.path("quotes").get(0);
    assertThat(first.path("text").asText()).startsWith("We have never seen anything like");
    assertThat(first.path("outlets")).extracting(JsonNode::asText)
        .containsExactly("Harbour Wire", "Valley Times", "Coast Daily");
    assertThat(api.path("differingNumbers")).hasSize(2);
    JsonNode volunteers = null;
    for (JsonNode d : api.path("differingNumbers")) if (d.path("counts").asText().equals("volunteers")) volunteers = d;
    assertThat(volunteers).isNotNull();
    assertThat(volunteers.path("counts").asText()).isEqualTo("volunteers");
    assertThat(volunteers.path("figures")).hasSize(2);
    assertThat(volunteers.path("figures").get(0).path("value").asDouble()).isEqualTo(5000);
    assertThat(volunteers.path("figures").get(0).path("reports")).extracting(r -> r.path("site").asText())
        .containsExactlyInAnyOrder("Harbour Wire", "Valley Times");
    assertThat(volunteers.path("figures").get(1).path("reports").get(0).path("text").asText()).isEqualTo("At least 6,000");
    assertThat(api.path("differingNumbers")).anySatisfy(d -> assertThat(d.path("counts").asText()).isEqualTo("homes"));
    assertThat(api.path("feeds").path("atom").asText()).isEqualTo("/feeds/story.atom?id=" + story);
  }

  @Test
  void the_story_page_links_its_feeds_and_each_feed_lists_its_articles_newest_first() throws Exception {
    String page = http.get("/story/" + story).body();
    assertThat(page).contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
        .contains("href=\"/feeds/story.atom?id=" + story + "\"").contains("href=\"/feeds/story.rss?id=" + story + "\"")
        .contains("href=\"/feeds/story.json?id=" + story + "\"");

    HttpResponse<String> atom = http.get("/feeds/story.atom?id=" + story);
    assertThat(atom.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
    assertThat(texts(atom.body(), "entry", "id")).containsExactly(server.url() + "/a/coast-own",
        server.url() + "/a/valley-copy", server.url() + "/a/wire-report");
    assertThat(texts(atom.body(), "entry", "title").get(0)).isEqualTo("Volunteers fight Riverton flood <script>alert(1)</script>");

    HttpResponse<String> rss = http.get("/feeds/story.rss?id=" + story);
    assertThat(texts(rss.body(), "item", "link")).containsExactly(server.url() + "/a/coast-own",
        server.url() + "/a/valley-copy", server.url() + "/a/wire-report");

    JsonNode json = ArticleJson.mapper().readTree(http.get("/feeds/story.json?id=" + story).body());
    assertThat(json.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(json.path("items")).extracting(i -> i.path("id").asText())
        .containsExactly("coast-own", "valley-copy", "wire-report");
    assertThat(json.path("items").get(2).path("content_text").asText()).startsWith("Some 5,000 volunteers");

    assertThat(http.get("/feeds/story.atom?id=999999").statusCode()).isEqualTo(404);
    assertThat(http.get("/feeds/story.atom").statusCode()).isEqualTo(400);
  }

  @Test
  void lede_story_prints_the_quotes_names_and_differing_numbers() throws Exception {
    server.close();
    library.close();
    try {
      Cli.Run run = Cli.run("story", String.valueOf(story), "--data", tmp.resolve("data").toString());
      assertThat(run.exit()).isZero();
      assertThat(run.out()).contains("Top speakers: Elena Vasquez")
          .contains("Elena Vasquez: \"We have never seen anything like <i>this</i> in Riverton,\"  [Harbour Wire, Valley Times, Coast Daily]")
          .contains("Numbers that differ:")
          .contains("volunteers: Some 5,000 volunteers (Harbour Wire, Valley Times)  vs  At least 6,000 volunteers (Coast Daily)");
      Cli.Run json = Cli.run("story", String.valueOf(story), "--json", "--data", tmp.resolve("data").toString());
      JsonNode body = ArticleJson.mapper().readTree(json.out());
      assertThat(body.path("differingNumbers")).extracting(d -> d.path("counts").asText())
          .containsExactlyInAnyOrder("volunteers", "homes");
      assertThat(body.path("articles")).hasSize(3);
    } finally {
      library = Library.open(tmp.resolve("data"));
      server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()));
      http = new Http(server.url());
    }
  }

  /** The text of each {@code child} of each {@code parent} element, in document order; fails unless it is XML. */
  private static List<String> texts(String xml, String parent, String child) throws Exception {
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    NodeList parents = doc.getElementsByTagName(parent);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parents.getLength(); i++) {
      NodeList kids = ((org.w3c.dom.Element) parents.item(i)).getElementsByTagName(child);
      if (kids.getLength() > 0) out.add(kids.item(0).getTextContent());
    }
    return out;
  }
}
