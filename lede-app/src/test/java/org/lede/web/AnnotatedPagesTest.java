package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.index.SearchRequest;
import org.lede.library.Library;
import org.lede.source.FileInputs;

/** The pages that show what Lede found in the text: entity pages, the marked-up article body, the most-quoted list. */
class AnnotatedPagesTest {
  @TempDir static Path tmp;
  static Library library;
  static WebServer server;
  static Http http;
  static boolean seeded;

  @BeforeAll
  static void start() {
    library = QuotedNews.library(tmp);
    QuotedNews.seed().ifPresent(files -> {
      QuotedNews.ingest(library, FileInputs.standard(), files.toArray(Path[]::new));
      seeded = true;
    });
    server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    library.close();
  }

  @Test
  void article_body_marks_quotes_by_kind_names_and_numbers_from_the_stored_annotations() {
    String id = article("bus fares");
    HttpResponse<String> r = http.get("/a/" + id);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(r.body())
        .contains("class=\"quote quote-direct\" href=\"/e/P:mark-eldridge\"")
        .contains("class=\"quote quote-indirect\"")
        .contains("<a class=\"ent ent-person\" href=\"/e/P:mark-eldridge\" title=\"Person: Mark Eldridge\">Mark Eldridge</a>")
        .containsPattern("<data class=\"num\" id=\"n-\\d+\" value=\"2.5\" title=\"[^\"]*\">£2.50 to £2.70</data>")
        .contains("Who said what").contains("In this article")
        .containsPattern("id=\"q-\\d+\"");
    assertThat(r.body()).as("the dateline the text starts with is not printed twice").doesNotContain("ASHBY VALE —</span>");
  }

  @Test
  void a_link_is_never_nested_in_a_link_inside_a_linked_quote() {
    String body = http.get("/a/" + article("bus fares")).body();
    Matcher quote = Pattern.compile("<a class=\"quote [^>]*>(.*?)</a>").matcher(body);
    int quotes = 0;
    while (quote.find()) {
      quotes++;
      assertThat(quote.group(1)).doesNotContain("<a ");
    }
    assertThat(quotes).isPositive();
    assertThat(body).contains("ent-organization unlinked");
  }

  @Test
  void article_page_has_follow_buttons_for_site_byline_and_each_entity() {
    String body = http.get("/a/" + article("dairy takeover")).body();
    assertThat(body).contains("name=\"kind\" value=\"site\"").contains("name=\"kind\" value=\"byline\"")
        .contains("name=\"kind\" value=\"entity\"");
  }

  @Test
  void quoted_markup_in_an_article_stays_text_in_the_marked_body_and_on_the_entity_page() {
    String id = article("lantern budget");
    HttpResponse<String> r = http.get("/a/" + id);
    assertThat(r.body()).contains("&lt;script&gt;window.ledePwned=11&lt;/script&gt;").doesNotContain("<script>window")
        .doesNotContain("<img src=x").contains("href=\"/e/P:dana-whitlock\"");
    HttpResponse<String> e = http.get("/e/P:dana-whitlock");
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.body()).contains("&lt;script&gt;window.ledePwned=11&lt;/script&gt;").doesNotContain("<script>window")
        .doesNotContain("<img src=x");
  }

  @Test
  void entity_page_shows_who_they_are_their_quotes_newest_first_co_mentions_and_a_chart() {
    String articleId = article("bus fares");
    HttpResponse<String> r = http.get("/e/P:mark-eldridge");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(r.body()).contains("<h1>Mark Eldridge</h1>").contains("Person")
        .contains("Every time we put fares up, we lose riders")
        .containsPattern("href=\"/a/" + articleId + "#q-\\d+\"")
        .contains("Mentioned with").contains("None of the articles naming Mark Eldridge is dated")
        .contains("name=\"kind\" value=\"entity\"").contains("name=\"value\" value=\"Mark Eldridge\"")
        .contains("/search?q=entity%3A%22Mark+Eldridge%22");
  }

  @Test
  void entity_page_charts_mentions_of_dated_articles_as_svg_bars_with_a_table_beside() {
    String body = http.get("/e/P:dana-whitlock").body();
    assertThat(body).contains("<svg class=\"bars\"").containsPattern("<rect class=\"bar\" x=\"\\d+\" y=\"\\d+\"")
        .contains("<title>12 Oct 2026: ").contains("<td>12 Oct 2026</td>");
  }

  @Test
  void entity_quotes_can_be_narrowed_to_one_kind() {
    String direct = http.get("/e/P:mark-eldridge?kind=direct").body();
    assertThat(direct).contains("Every time we put fares up").doesNotContain("the increase would drive passengers back");
    String reported = http.get("/e/P:mark-eldridge?kind=indirect").body();
    assertThat(reported).contains("the increase would drive passengers back").doesNotContain("Every time we put fares up");
    assertThat(http.get("/e/P:mark-eldridge?kind=shouted").statusCode()).isEqualTo(400);
  }

  @Test
  void search_page_has_quoted_and_named_facets_that_narrow_to_one_speaker_or_entity() {
    String fares = article("bus fares");
    HttpResponse<String> r = http.get("/search?q=fares");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("class=\"speaker-facet\"").contains("class=\"entity-facet\"")
        .contains("href=\"/search?q=fares&amp;speaker=Mark+Eldridge\"").contains("counted over the top");
    HttpResponse<String> quoting = http.get("/search?q=fares&speaker=Mark+Eldridge");
    assertThat(quoting.body()).contains("Showing 1–1 of 1 article").contains("/a/" + fares)
        .contains("<input type=\"hidden\" name=\"speaker\" value=\"Mark Eldridge\">")
        .contains("aria-current=\"true\">Mark Eldridge");
    assertThat(http.get("/search?speaker=Dana+Whitlock").body()).doesNotContain("/a/" + fares).contains("Quay council");
    assertThat(http.get("/search?entity=Vale+Coaches").body()).contains("/a/" + fares).doesNotContain("Quay council");
  }

  @Test
  void an_or_in_the_readers_words_does_not_swallow_a_speaker_filter() {
    String lantern = article("lantern budget");
    String body = http.get("/search?q=fares+OR+lantern&speaker=Mark+Eldridge").body();
    assertThat(body).contains("/a/" + article("bus fares")).doesNotContain("/a/" + lantern);
  }

  @Test
  void an_unknown_entity_is_a_404_page() {
    HttpResponse<String> r = http.get("/e/P:nobody-at-all");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("There is no person, organization or place");
  }

  @Test
  void home_lists_the_most_quoted_people_with_links_to_their_pages() {
    HttpResponse<String> r = http.get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Most quoted").containsPattern("<li><a href=\"/e/P:[a-z-]+\">[^<]+</a> <span class=\"count\">\\d+ quotes?</span>");
  }

  @Test
  void following_an_entity_puts_the_articles_naming_it_in_the_follow_feed() throws Exception {
    HttpResponse<String> r = http.post("/follows", "application/x-www-form-urlencoded",
        Http.form(java.util.Map.of("kind", "entity", "value", "Mark Eldridge", "return", "/e/P:mark-eldridge")));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/e/P:mark-eldridge");
    assertThat(http.get("/e/P:mark-eldridge").body()).contains("Following Mark Eldridge");
    assertThat(http.get("/following").body()).contains("<a href=\"/e/P:mark-eldridge\">Mark Eldridge</a>")
        .contains("/a/" + article("bus fares"));
    http.post("/follows", "application/x-www-form-urlencoded",
        Http.form(java.util.Map.of("kind", "entity", "value", "Mark Eldridge", "action", "unfollow", "return", "/")));
  }

  @Test
  void borys_kremenetskyi_entity_page_lists_every_quote_the_store_gives_him() {
    Assumptions.assumeTrue(seeded, "seed acceptance skipped: the shared seed dump (data/seed/*.txt) is not on this machine");
    List<org.lede.store.StoredQuote> his = library.quotesBySpeaker("Borys Kremenetskyi", 1000);
    assertThat(his).as("the seed's quotes are attributed to him").isNotEmpty();
    String body = http.get("/e/P:borys-kremenetskyi").body();
    assertThat(body).contains("<h1>Borys Kremenetskyi</h1>");
    for (var q : his) {
      assertThat(body).contains(Html.escape(q.quote().text()));
      assertThat(body).contains("href=\"/a/" + q.articleId() + "#q-" + q.quote().start() + "\"");
    }
  }

  private static String article(String words) {
    return library.search(SearchRequest.of(words)).hits().get(0).id();
  }
}
