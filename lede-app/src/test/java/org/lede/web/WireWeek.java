package org.lede.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.library.Library;
import org.lede.library.ReindexProgress;
import org.lede.source.Document;
import org.lede.source.MediaType;

/**
 * A week of news the team wrote for the corpus pages: one agency story on a harbour strike run by three outlets (one
 * of them twice, and one with markup in its headline), a follow-up that repeats the union leader's quote with its
 * end trimmed, and an earlier story that names the port director by her surname alone.
 */
public final class WireWeek {
  /** The union leader's words, as the agency had them. */
  public static final String SHUT = "If the port will not talk to us, the port will not load a single ship this winter";
  /** What the port director said in the agency story. */
  static final String TABLE = "Our offer is on the table and it will stay there until Friday";
  /** A headline one outlet printed with markup in it. */
  static final String HOSTILE_HEADLINE = "Strike <b onmouseover=\"window.ledePwned=21\">shuts</b> Saltmere";

  private WireWeek() {}

  /** Opens a library in {@code dir} and stores the week in it, annotated; the clock is a week after. */
  public static Library library(Path dir) {
    Library library = Library.open(dir, Clock.fixed(Instant.parse("2026-05-16T00:00:00Z"), ZoneOffset.UTC),
        ReindexProgress.NONE);
    ingest(library, List.of(earlier()));
    ingest(library, List.of(
        agency("Saltmere Gazette", "https://gazette.example/strike", "2026-05-11T09:30:00Z",
            "Dockers vote to strike at Saltmere", null),
        agency("Coastal Wire Daily", "https://coastal.example/news/4411", "2026-05-11T08:05:00Z",
            "Saltmere dockers walk out over pay", "Listen to this story"),
        agency("Coastal Wire Daily", "https://coastal.example/evening/4411", "2026-05-11T18:00:00Z",
            "Evening edition: Saltmere strike begins", null),
        agency("The Estuary Post", "https://estuary.example/a/77", "2026-05-11T11:45:00Z", HOSTILE_HEADLINE, null),
        followUp()));
    return library;
  }

  /** Opens a library in {@code dir} holding only the earlier story, which names the director by surname alone. */
  static Library beforeTheStrike(Path dir) {
    Library library = Library.open(dir, Clock.fixed(Instant.parse("2026-05-16T00:00:00Z"), ZoneOffset.UTC),
        ReindexProgress.NONE);
    ingest(library, List.of(earlier()));
    return library;
  }

  private static void ingest(Library library, List<Article> articles) {
    Annotator annotator = Annotator.standard();
    for (Article a : articles) {
      Document raw = new Document(a.canonicalUrl(), a.text().getBytes(StandardCharsets.UTF_8), MediaType.TEXT_DUMP,
          null, null, null);
      library.ingest(raw, List.of(a), List.of(annotator.annotate(a)));
    }
    library.commit();
  }

  private static Article earlier() {
    return Article.builder().canonicalUrl("https://gazette.example/pay-talks").site("Saltmere Gazette")
        .headline("Pay talks at Saltmere port stall").published(time("2026-05-04T10:00:00Z"))
        .addParagraph("Pay talks between the Saltmere port authority and the dockers' union stalled on Monday.")
        .addParagraph("“We have gone as far as the budget allows,” Okonkwo-Reyes said after the meeting.")
        .build();
  }

  private static Article agency(String site, String url, String published, String headline, String extraFirst) {
    List<String> paragraphs = new ArrayList<>();
    if (extraFirst != null) paragraphs.add(extraFirst);
    paragraphs.add("Dockers at the port of Saltmere voted on Monday to strike from midnight, after the union "
        + "rejected a pay offer of 4 percent.");
    paragraphs.add("“" + SHUT + ",” union leader Tomasz Ferrante told reporters outside the hall.");
    paragraphs.add("Port director Adaeze Okonkwo-Reyes said the authority could not pay more.");
    paragraphs.add("“" + TABLE + ",” Okonkwo-Reyes said.");
    return Article.builder().canonicalUrl(url).site(site).headline(headline).published(time(published))
        .paragraphs(paragraphs).build();
  }

  private static Article followUp() {
    return Article.builder().canonicalUrl("https://estuary.example/a/91").site("The Estuary Post")
        .headline("Saltmere strike enters third day").published(time("2026-05-13T07:00:00Z"))
        .addParagraph("No ship has left the port of Saltmere since the dockers walked out on Monday night.")
        .addParagraph("Union leader Tomasz Ferrante had warned: “If the port will not talk to us, the port will not "
            + "load a single ship.”")
        .addParagraph("“We are ready to sit down tomorrow,” Ferrante said on Wednesday.")
        .build();
  }

  private static StatedTime time(String iso) {
    return new StatedTime(Instant.parse(iso), StatedTime.Precision.MINUTE, iso);
  }
}
