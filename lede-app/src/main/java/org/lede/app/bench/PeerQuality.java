package org.lede.app.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.lede.article.Article;
import org.lede.eval.extraction.BodyTexts;
import org.lede.eval.extraction.ReadabilityEval;
import org.lede.eval.extraction.TrafilaturaEval;
import org.lede.source.Document;

/** Scores Lede and its peers with the same evaluation code on the same development sets. */
final class PeerQuality {
  private PeerQuality() {}

  static String table(Path extractionDev) {
    StringBuilder sb = new StringBuilder("Quality on the development sets, same scorer for every contender\n");
    sb.append(String.format(Locale.ROOT, "%-22s %9s %9s %9s %12s %12s%n", "contender", "body P", "body R", "body F1",
        "title exact", "byline exact"));
    row(sb, "Lede", TrafilaturaEval.run(extractionDev, BodyTexts.ledeBody()),
        ReadabilityEval.run(extractionDev, BodyTexts.lede()));
    row(sb, "Readability4J 1.0.8", TrafilaturaEval.run(extractionDev, safe(PeerQuality::readabilityText)),
        ReadabilityEval.run(extractionDev, safeArticle(PeerQuality::readabilityArticle)));
    row(sb, "boilerpipe 1.1.0", TrafilaturaEval.run(extractionDev, safe(PeerQuality::boilerpipeText)),
        ReadabilityEval.run(extractionDev, safeArticle(PeerQuality::boilerpipeArticle)));
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, TrafilaturaEval.Result body, ReadabilityEval.Result meta) {
    sb.append(String.format(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %12.3f %12.3f%n", name, body.precision(), body.recall(),
        body.f1(), meta.titleRate(), meta.bylineRate()));
  }

  private interface Peer<T> {
    T apply(Document doc) throws Exception;
  }

  private static Function<Document, String> safe(Peer<String> peer) {
    return doc -> {
      try {
        String s = peer.apply(doc);
        return s == null ? "" : s;
      } catch (Exception | StackOverflowError e) {
        return "";
      }
    };
  }

  private static Function<Document, Article> safeArticle(Peer<Article> peer) {
    return doc -> {
      try {
        return peer.apply(doc);
      } catch (Exception | StackOverflowError e) {
        return null;
      }
    };
  }

  private static String html(Document doc) throws java.io.IOException {
    Charset charset = Jsoup.parse(new ByteArrayInputStream(doc.content()), null, "https://example.org/").charset();
    return new String(doc.content(), charset);
  }

  private static String readabilityText(Document doc) throws Exception {
    return new Readability4J("https://example.org/", html(doc)).parse().getTextContent();
  }

  private static Article readabilityArticle(Document doc) throws Exception {
    var a = new Readability4J("https://example.org/", html(doc)).parse();
    String byline = a.getByline();
    return Article.builder().headline(a.getTitle())
        .byline(byline == null ? java.util.List.of() : java.util.List.of(byline))
        .paragraphs(a.getTextContent() == null ? java.util.List.of() : java.util.List.of(a.getTextContent()))
        .build();
  }

  private static String boilerpipeText(Document doc) throws Exception {
    return ArticleExtractor.INSTANCE.getText(html(doc));
  }

  private static Article boilerpipeArticle(Document doc) throws Exception {
    var textDoc = new de.l3s.boilerpipe.sax.BoilerpipeSAXInput(
        new org.xml.sax.InputSource(new java.io.StringReader(html(doc)))).getTextDocument();
    ArticleExtractor.INSTANCE.process(textDoc);
    return Article.builder().headline(textDoc.getTitle())
        .paragraphs(java.util.List.of(textDoc.getContent())).build();
  }
}
