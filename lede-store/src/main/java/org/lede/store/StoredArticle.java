package org.lede.store;

import java.time.Instant;
import java.util.Objects;
import org.lede.annotate.Annotations;
import org.lede.article.Article;

/**
 * One version of an article as the store holds it.
 *
 * @param article         the article as extracted, id and input filled in
 * @param version         1 for the first version, counting up with every change
 * @param seq             the store's change counter at this version: larger means written later
 * @param ingestedAt      when this version was stored
 * @param firstIngestedAt when the article's first version was stored
 * @param annotations     what was found in its text (quotes, entities, quantities, dates); NONE when not annotated
 */
public record StoredArticle(Article article, int version, long seq, Instant ingestedAt, Instant firstIngestedAt,
    Annotations annotations) {
  public StoredArticle {
    annotations = annotations == null ? Annotations.NONE : annotations;
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
    Objects.requireNonNull(firstIngestedAt, "firstIngestedAt");
  }

  /** Returns the article's id. */
  public String id() {
    return article.id();
  }
}
