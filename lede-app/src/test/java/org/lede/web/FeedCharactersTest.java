package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.article.Article;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.MediaType;

/**
 * Characters XML cannot hold (NUL, other controls, U+FFFE) in an article or a query: the Atom and RSS feeds leave them
 * out and stay well-formed, rather than failing for every reader of a feed the article is in.
 */
class FeedCharactersTest {
  @TempDir Path dir;

  @Test
  void an_article_or_a_query_holding_characters_xml_cannot_hold_still_gets_a_well_formed_feed() throws Exception {
    try (Library library = Library.open(dir.resolve("data"))) {
      Article tide = Article.builder().canonicalUrl("https://tides.example/a/2")
          .site("Tide Times").headline("Spring tide\u0000 floods the \u0001harbour road\uFFFE")
          .byline(List.of("Ana\u0007 Ferreira"))
          .addParagraph("The spring tide\u0000 flooded the harbour road for an hour on Saturday\u001B, the tide office said.")
          .build();
      library.ingest(new Document("https://tides.example/a/2", tide.text().getBytes(StandardCharsets.UTF_8),
          MediaType.TEXT_DUMP, null, null, null), List.of(tide));
      library.commit();
      try (WebServer server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()))) {
        Http http = new Http(server.url());
        for (String feed : List.of("/feeds/search.atom?q=harbour", "/feeds/search.rss?q=harbour",
            "/feeds/search.atom?q=harbour%00%01", "/feeds/site.atom?name=Tide+Times")) {
          HttpResponse<String> r = http.get(feed);
          assertThat(r.statusCode()).as(feed + ": " + r.body()).isEqualTo(200);
          assertThat(r.body()).as(feed).contains("floods the harbour road").doesNotContain("\u0000").doesNotContain("\u0001");
          DocumentBuilderFactory.newInstance().newDocumentBuilder()
              .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))); // throws when not well-formed
        }
      }
    }
  }

  @Test
  void only_the_characters_xml_cannot_hold_are_left_out() {
    assertThat(Feeds.xml("Tide\u0000 tables\tfor\nMay \uD83C\uDF0A \u00E9t\u00E9 \uFFFE\uD800")).isEqualTo("Tide tables\tfor\nMay \uD83C\uDF0A \u00E9t\u00E9 ");
    String plain = "Harbour road reopens";
    assertThat(Feeds.xml(plain)).isSameAs(plain);
  }
}
