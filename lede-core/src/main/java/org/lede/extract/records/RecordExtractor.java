package org.lede.extract.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.lede.article.Article;
import org.lede.extract.Extractor;
import org.lede.json.ArticleJson;
import org.lede.source.Document;
import org.lede.source.InputException;

/**
 * Reads the one article in a {@link org.lede.source.MediaType#ARTICLE_JSON} document; see {@link ArticleRecord}.
 * The record's times are kept as stated: nothing in it is relative, so {@code reference} is not used.
 */
public final class RecordExtractor implements Extractor {
  @Override
  public List<Article> extract(Document document, Instant reference) throws InputException {
    JsonNode node;
    try {
      node = ArticleJson.mapper().readTree(document.content());
    } catch (JsonProcessingException e) {
      throw new InputException(document.input(), "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new InputException(document.input(), "could not be read: " + e.getMessage(), e);
    }
    try {
      return List.of(ArticleRecord.read(node, document.input()));
    } catch (IllegalArgumentException e) {
      throw new InputException(document.input(), e.getMessage(), e);
    }
  }
}
