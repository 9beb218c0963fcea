package org.lede.corpus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.MediaType;

/** Articles the story tests write, the week's unrelated news beside them, and their ingest with annotations. */
final class WrittenNews {
  private WrittenNews() {}

  private static final String[][] OTHER = {
      {"Ferry fares rise by five percent", "The island ferry company raised its fares for the summer season."},
      {"Library reopens after renovation", "The town library reopened with a new reading room and longer hours."},
      {"Striker signs three-year contract", "The club's top scorer signed a new contract on Monday."},
      {"Bakery wins national bread prize", "A family bakery in the old town won the national prize for rye bread."},
      {"Hospital opens new cancer wing", "The regional hospital opened a cancer treatment wing with forty beds."},
      {"Airport passenger numbers climb", "Passenger numbers at the airport rose for the third month running."},
      {"School meals to go organic", "All school canteens will serve organic food from September."},
      {"Jazz festival announces line-up", "The summer jazz festival announced its line-up of thirty bands."},
      {"Bank cuts mortgage rates", "The savings bank cut its mortgage rates by a quarter of a point."},
      {"Museum returns stolen painting", "A painting stolen forty years ago was returned to the city museum."}};

  static Article article(String id, String site, String headline, String published, List<String> paragraphs) {
    return Article.builder().id(id).site(site).headline(headline)
        .published(new StatedTime(Instant.parse(published), StatedTime.Precision.MINUTE, published))
        .paragraphs(paragraphs).build();
  }

  /**
   * Ten items of the week's other news from one outlet, {@code other-0} to {@code other-9}, item {@code i} published
   * at {@code published.apply(i)}: so that term statistics look like a newsroom's and not like one story's.
   */
  static List<Article> otherNews(IntFunction<String> published) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < OTHER.length; i++) {
      out.add(article("other-" + i, "Daily Ledger", OTHER[i][0], published.apply(i), List.of(OTHER[i][1])));
    }
    return out;
  }

  /** Stores each of {@code articles} as an input of its own, with what {@code annotator} finds in it. */
  static void ingest(Library library, Annotator annotator, List<Article> articles) {
    for (Article a : articles) {
      library.ingest(new Document(a.id(), a.text().getBytes(StandardCharsets.UTF_8), MediaType.ARTICLE_JSON, null,
          null, null), List.of(a), List.of(annotator.annotate(a)));
    }
  }
}
