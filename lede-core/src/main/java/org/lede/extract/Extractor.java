package org.lede.extract;

import java.time.Instant;
import java.util.List;
import org.lede.article.Article;
import org.lede.source.Document;
import org.lede.source.InputException;

/**
 * A pipeline stage that reads the articles in one document.
 *
 * <p>Contract: pure and thread-safe; the same document and reference time always give the same articles.
 * Relative times in the document ("Updated 5 sec ago") are resolved against {@code reference}. A document
 * holding no article gives an empty list; one that cannot be read at all throws.
 */
@FunctionalInterface
public interface Extractor {
  /**
   * Returns the articles in {@code document}, in the order they appear.
   *
   * @throws InputException naming the document's input when it cannot be read as news
   */
  List<Article> extract(Document document, Instant reference) throws InputException;
}
