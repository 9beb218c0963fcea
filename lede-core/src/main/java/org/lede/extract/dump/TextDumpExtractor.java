package org.lede.extract.dump;

import java.time.Instant;
import java.util.List;
import org.lede.article.Article;
import org.lede.extract.Extractor;
import org.lede.source.Document;

/** Reads text dumps of scraped news pages: one or many articles a file, clutter set apart into fields. */
public final class TextDumpExtractor implements Extractor {
  @Override
  public List<Article> extract(Document document, Instant reference) {
    throw new UnsupportedOperationException("text dump extraction: not built yet");
  }
}
