package org.lede.extract.dump;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lede.article.Article;
import org.lede.extract.Extractor;
import org.lede.source.Document;
import org.lede.source.TextDecoder;

/**
 * Reads text dumps of scraped news pages: one or many articles a file, clutter set apart into fields.
 *
 * <p>A dump is what copying a rendered page gives: the headline (often twice), a photo caption with its credit
 * ("(File/AFP)"), buttons ("Short Url", "Follow", "Share"), stated times ("Updated 5 sec ago"), bylines, key
 * points, a dateline ("TOKYO:"), crossheads in capitals, then the body. Articles are found where such a header
 * begins (see {@link Segmenter}); each header's lines become the article's fields and never its body text.
 * Relative times are resolved against the reference time. A dump with no recognisable clutter is one article
 * whose first line, when short, is its headline.
 *
 * <p>Runs in time linear in the dump's length. Stateless and thread-safe.
 */
public final class TextDumpExtractor implements Extractor {
  @Override
  public List<Article> extract(Document document, Instant reference) {
    String text = TextDecoder.decode(document.content(), document.declaredCharset()).text();
    DumpLine[] lines = lines(text);
    List<Article> articles = new ArrayList<>();
    for (Segmenter.Segment segment : Segmenter.split(lines)) {
      Article article = ArticleReader.read(lines, segment, document.input(), articles.size(), reference);
      if (article != null) articles.add(article);
    }
    return List.copyOf(articles);
  }

  /** Splits {@code text} at any line end ({@code \n}, {@code \r\n}, {@code \r}) and classifies each line. */
  static DumpLine[] lines(String text) {
    List<DumpLine> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(LineClassifier.classify(text.substring(start, i)));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
        start = i + 1;
      }
    }
    if (start < n) lines.add(LineClassifier.classify(text.substring(start)));
    return lines.toArray(DumpLine[]::new);
  }
}
