package org.lede.web;

import java.util.HashMap;
import java.util.Map;
import org.lede.corpus.Corpus;
import org.lede.corpus.KnownEntity;

/**
 * How one article's own entities and quotes tie into the corpus, read from the corpus tables for that article alone:
 * what the article page links its names and quotes to.
 *
 * @param entities the article's entity ids mapped to the corpus entity each is linked to
 * @param speakers each quote's place in the article's quote list mapped to the corpus entity who said it
 * @param known    the corpus entities those ids name, by the id as linked (a merged id maps to the survivor)
 */
record ArticleLinks(Map<String, String> entities, Map<Integer, String> speakers, Map<String, KnownEntity> known) {

  /** Reads the links of article {@code articleId}: a few indexed reads, as many as it names entities. */
  static ArticleLinks of(Corpus corpus, String articleId) {
    Map<String, String> entities = corpus.links(articleId);
    Map<Integer, String> speakers = corpus.speakers(articleId);
    Map<String, KnownEntity> known = new HashMap<>();
    for (String id : entities.values()) if (!known.containsKey(id)) corpus.entity(id).ifPresent(k -> known.put(id, k));
    for (String id : speakers.values()) if (!known.containsKey(id)) corpus.entity(id).ifPresent(k -> known.put(id, k));
    return new ArticleLinks(Map.copyOf(entities), Map.copyOf(speakers), Map.copyOf(known));
  }

  /** The corpus entity the article's entity {@code localId} is, or null. */
  KnownEntity entity(String localId) {
    String id = localId == null ? null : entities.get(localId);
    return id == null ? null : known.get(id);
  }

  /** The corpus entity who said the article's quote number {@code ordinal}, or null. */
  KnownEntity speaker(int ordinal) {
    String id = speakers.get(ordinal);
    return id == null ? null : known.get(id);
  }
}
