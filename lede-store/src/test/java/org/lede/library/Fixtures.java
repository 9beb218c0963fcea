package org.lede.library;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.lede.article.Article;
import org.lede.article.Dateline;
import org.lede.article.StatedTime;
import org.lede.source.Document;
import org.lede.source.MediaType;

/** Small articles written for these tests, and raw inputs to carry them. */
final class Fixtures {
  private Fixtures() {}

  static Article harbour() {
    return Article.builder()
        .canonicalUrl("https://example.test/news/harbour-bridge-reopens")
        .site("Coastal Ledger")
        .headline("Harbour bridge reopens after two years of repairs")
        .dek("Commuters return to the crossing as the city counts the cost")
        .addByline("Mara Lindqvist")
        .dateline(new Dateline("PORT ELLEN", null, "PORT ELLEN —"))
        .published(time("2024-03-14T08:30:00Z"))
        .addParagraph("The harbour bridge reopened on Thursday morning after two years of repairs to its steel deck.")
        .addParagraph("City engineers said the repairs cost more than planned because corrosion had spread further than expected.")
        .addParagraph("Ferry operators, who carried most commuters during the closure, expect fewer passengers from next week.")
        .build();
  }

  static Article orchard() {
    return Article.builder()
        .canonicalUrl("https://example.test/farming/orchard-frost")
        .site("Valley Courier")
        .headline("Late frost damages apple orchards across the valley")
        .addByline("Tomas Oyelaran")
        .published(time("2024-04-02T06:00:00Z"))
        .addParagraph("A late frost on Sunday night damaged blossoms in apple orchards across the valley, growers said.")
        .addParagraph("The growers' association estimated that a third of the early blossoms were lost.")
        .build();
  }

  static Article library() {
    return Article.builder()
        .canonicalUrl("https://example.test/news/library-extends-hours")
        .site("Coastal Ledger")
        .headline("Central library extends its opening hours")
        .addByline("Mara Lindqvist")
        .published(time("2024-04-20T12:00:00Z"))
        .addParagraph("The central library will open until nine in the evening on weekdays from May.")
        .addParagraph("Librarians said demand for study space had grown since the harbour bridge closed.")
        .build();
  }

  static Document raw(String input, String content) {
    return new Document(input, content.getBytes(StandardCharsets.UTF_8), MediaType.HTML, StandardCharsets.UTF_8,
        Instant.parse("2024-05-01T00:00:00Z"), null);
  }

  static Document rawFor(String input, List<Article> articles) {
    StringBuilder html = new StringBuilder("<html><body>");
    for (Article a : articles) html.append("<article><h1>").append(a.headline()).append("</h1><p>").append(a.text()).append("</p></article>");
    return raw(input, html.append("</body></html>").toString());
  }

  static StatedTime time(String iso) {
    return new StatedTime(Instant.parse(iso), StatedTime.Precision.MINUTE, iso);
  }
}
