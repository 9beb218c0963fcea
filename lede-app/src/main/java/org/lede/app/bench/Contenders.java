package org.lede.app.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.lede.article.Article;
import org.lede.extract.Extraction;
import org.lede.source.Document;
import org.lede.source.MediaType;

/** The contenders Lede is measured beside: jsoup parsing alone (the floor), Readability4J and boilerpipe. */
final class Contenders {
  private Contenders() {}

  static List<Contender> all() {
    return List.of(jsoupFloor(), lede(), readability4j(), boilerpipe());
  }

  /** Parsing alone, from bytes with charset detection: no extractor can be faster than this. */
  static Contender jsoupFloor() {
    return named("jsoup parse (floor)", page ->
        Jsoup.parse(new ByteArrayInputStream(page.bytes()), null, page.url()).body().ownText());
  }

  /** Lede's whole extraction from the page's bytes: charset, metadata, dates, body. */
  static Contender lede() {
    Extraction extraction = Extraction.standard();
    return named("Lede", page -> {
      Document doc = new Document(page.name(), page.bytes(), MediaType.HTML, null, null, null);
      List<Article> articles = extraction.extract(doc);
      return articles.isEmpty() ? "" : articles.get(0).text();
    });
  }

  /** Readability4J, the Kotlin port of Mozilla's Readability, given the page already decoded. */
  static Contender readability4j() {
    return named("Readability4J 1.0.8", page -> {
      String text = new Readability4J(page.url(), page.html()).parse().getTextContent();
      return text == null ? "" : text;
    });
  }

  /** boilerpipe's ArticleExtractor, given the page already decoded. */
  static Contender boilerpipe() {
    return named("boilerpipe 1.1.0", page -> ArticleExtractor.INSTANCE.getText(page.html()));
  }

  private interface Body {
    String apply(BenchPage page) throws Exception;
  }

  private static Contender named(String name, Body body) {
    return new Contender() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String bodyText(BenchPage page) throws Exception {
        return body.apply(page);
      }
    };
  }
}
