package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.app.Cli;
import org.lede.corpus.Stories;
import org.lede.index.SearchHit;
import org.lede.index.SearchRequest;
import org.lede.library.Library;

/**
 * Search through the real HTTP server, the API and the CLI over {@link WireWeek}: the agency story's copies fold
 * under the original rather than filling the page, and {@code group=story} puts hits under their story.
 */
class SearchByStoryTest {
  @TempDir static Path tmp;
  static Path data;
  static Library library;
  static WebServer web;
  static Http http;
  static String original;
  static List<String> copies;

  private static final Pattern ROW = Pattern.compile("<li class=\"hit\">\\s*<h3><a href=\"/a/([^\"]+)\">");

  @BeforeAll
  static void serve() {
    data = tmp.resolve("wire");
    library = WireWeek.library(data);
    List<SearchHit> hits = library.search(SearchRequest.of("dockers").withLimit(50)).hits();
    copies = hits.stream().map(SearchHit::id).filter(id -> library.copies().copyOf(id).isPresent()).toList();
    original = library.copies().copyOf(copies.getFirst()).orElseThrow().originalId();
    web = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()));
    http = new Http(web.url());
  }

  @AfterAll
  static void stop() {
    web.close();
    library.close();
  }

  private static List<String> rows(String html) {
    List<String> out = new java.util.ArrayList<>();
    Matcher m = ROW.matcher(html);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  @Test
  void the_agency_storys_copies_fold_under_the_original_instead_of_filling_the_page() {
    assertThat(copies).hasSize(3);
    HttpResponse<String> page = http.get("/search?q=dockers");
    assertThat(page.statusCode()).isEqualTo(200);
    List<String> rows = rows(page.body());
    assertThat(rows).contains(original).doesNotContainAnyElementsOf(copies);
    assertThat(page.body()).contains("+ 3 copies").contains("href=\"/a/" + original + "#copies\"");
    for (String copy : copies) assertThat(page.body()).contains("<li><a href=\"/a/" + copy + "\">");
    // a copy's headline is the page's text too: the one with markup in it is shown, never run
    assertThat(page.body()).doesNotContain("<b onmouseover").contains("&lt;b onmouseover");
  }

  @Test
  void grouped_by_story_each_story_shows_its_title_size_and_link() {
    Stories.Story story = library.stories().storyOf(original).orElseThrow();
    HttpResponse<String> page = http.get("/search?q=Saltmere&group=story");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<a href=\"/story/" + story.id() + "\">")
        .contains("Story of " + story.size() + " articles from " + story.outlets() + (story.outlets() == 1 ? " outlet" : " outlets"))
        .contains("href=\"/search?q=Saltmere\"");
    // the copies stay folded inside their story
    assertThat(rows(page.body())).doesNotContainAnyElementsOf(copies);
    assertThat(http.get("/search?q=Saltmere&group=site").statusCode()).isEqualTo(400);
  }

  @Test
  void the_api_folds_copies_into_rows_and_groups_by_story_on_request() throws Exception {
    JsonNode plain = ApiTestSupport.json(http.get("/api/v1/search?q=dockers&limit=20"));
    assertThat(plain.path("hits").size()).isEqualTo(plain.path("total").asInt());
    JsonNode row = null;
    for (JsonNode r : plain.path("rows")) if (r.path("id").asText().equals(original)) row = r;
    assertThat(row).isNotNull();
    assertThat(row.path("copies").asInt()).isEqualTo(3);
    assertThat(row.path("copiesHere").toString()).contains(copies.toArray(String[]::new));
    assertThat(plain.path("rows").size()).isEqualTo(plain.path("hits").size() - 3);

    Stories.Story story = library.stories().storyOf(original).orElseThrow();
    JsonNode grouped = ApiTestSupport.json(http.get("/api/v1/search?q=dockers&group=story&limit=20"));
    JsonNode first = grouped.path("stories").get(0);
    assertThat(first.path("id").asLong()).isEqualTo(story.id());
    assertThat(first.path("title").asText()).isEqualTo(story.title());
    assertThat(first.path("size").asInt()).isEqualTo(story.size());
    assertThat(first.path("link").asText()).isEqualTo("/api/v1/stories/" + story.id());
    assertThat(first.path("rows").toString()).contains(original);
  }

  @Test
  void lede_search_folds_copies_and_groups_by_story() {
    // the CLI opens the data directory itself: a closed copy of the week
    Path own = tmp.resolve("cli");
    Stories.Story story;
    try (Library week = WireWeek.library(own)) {
      story = week.stories().storyOf(original).orElseThrow();
    }
    Cli.Run plain = Cli.run("search", "--data", own.toString(), "--limit", "20", "dockers");
    assertThat(plain.exit()).as(plain.err()).isZero();
    assertThat(plain.out()).contains("+ 3 copies").contains("lede show " + original);
    assertThat(plain.out()).doesNotContain(". " + WireWeek.HOSTILE_HEADLINE);
    Cli.Run grouped = Cli.run("search", "--data", own.toString(), "--limit", "20", "--by-story", "dockers");
    assertThat(grouped.exit()).as(grouped.err()).isZero();
    assertThat(grouped.out()).contains("Story 1: " + story.title()).contains("story " + story.id());
  }
}
