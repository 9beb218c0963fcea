package org.lede.extract.html;

import java.time.Instant;
import java.util.List;
import org.lede.article.Article;
import org.lede.extract.Extractor;
import org.lede.source.Document;

/** Reads an HTML news page: metadata, body found by content scoring, captions, subheads. */
public final class HtmlExtractor implements Extractor {
  @Override
  public List<Article> extract(Document document, Instant reference) {
    throw new UnsupportedOperationException("HTML extraction: not built yet");
  }
}
