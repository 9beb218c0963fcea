package org.lede.extract.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.lede.article.Article;
import org.lede.source.Document;
import org.lede.source.MediaType;

/** Small hand-written pages for the extractor's tests. */
final class Pages {
  static final String P1 = "The harbour council voted on Tuesday to rebuild the old pier, ending a debate that had run for"
      + " three years, and the first pile will be driven in the spring.";
  static final String P2 = "Fishermen, who use the pier every morning, said the decision came late, but they welcomed it,"
      + " and several of them stayed after the vote to talk with the engineers.";
  static final String P3 = "The work will cost about four million, of which the regional fund pays half, according to the"
      + " council's own figures, published with the minutes of the meeting.";

  private Pages() {}

  static String body(String... paragraphs) {
    StringBuilder out = new StringBuilder();
    for (String p : paragraphs) out.append("<p>").append(p).append("</p>\n");
    return out.toString();
  }

  static String page(String head, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>" + body
        + "</body></html>";
  }

  static Article extract(String html) {
    return extract(html.getBytes(StandardCharsets.UTF_8), null);
  }

  static Article extract(byte[] bytes, Charset declared) {
    Document doc = new Document("test.html", bytes, MediaType.HTML, declared, null, null);
    return new HtmlExtractor().extract(doc, Instant.parse("2026-01-01T00:00:00Z")).get(0);
  }
}
