package org.lede.annotate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.entity.EntityFinder;
import org.lede.quantity.QuantityFinder;
import org.lede.quote.QuoteFinder;
import org.lede.time.DateMentionFinder;

/**
 * The annotation stage: runs quote attribution, entity recognition, quantity and date finding over one article.
 *
 * <p>Immutable and thread-safe. The entity recognizer's model loads on first use, not on construction.
 * {@code Annotations found = Annotator.standard().annotate(article);}
 */
public final class Annotator {
  private final QuoteFinder quotes;
  private final EntityFinder entities;
  private final QuantityFinder quantities;
  private final DateMentionFinder dates;

  private Annotator(QuoteFinder quotes, EntityFinder entities, QuantityFinder quantities, DateMentionFinder dates) {
    this.quotes = quotes;
    this.entities = entities;
    this.quantities = quantities;
    this.dates = dates;
  }

  /** Returns Lede's own annotators. */
  public static Annotator standard() {
    return new Annotator(new QuoteFinder(), EntityFinder.standard(), QuantityFinder.standard(), new DateMentionFinder());
  }

  /** Returns the annotations of {@code article}. */
  public Annotations annotate(Article article) {
    if (article.text() == null || article.text().isBlank()) return Annotations.NONE;
    return new Annotations(quotes.find(article), entities.find(article), quantities.find(article),
        dates.find(article.text(), articleDay(article)));
  }

  /** The day relative dates in the text count from: publication, else the last update. */
  static LocalDate articleDay(Article article) {
    StatedTime t = article.published() != null ? article.published() : article.updated();
    return t == null ? null : t.instant().atZone(ZoneOffset.UTC).toLocalDate();
  }
}
