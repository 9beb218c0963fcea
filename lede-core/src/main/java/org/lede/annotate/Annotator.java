package org.lede.annotate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.entity.Entity;
import org.lede.entity.EntityFinder;
import org.lede.language.LanguageIdentifier;
import org.lede.quantity.QuantityFinder;
import org.lede.quote.QuoteFinder;
import org.lede.quote.QuoteSpeakers;
import org.lede.time.DateMentionFinder;

/**
 * The annotation stage: runs quote attribution, entity recognition, quantity and date finding over one article.
 *
 * <p>Every analyzer reads English: the text's language is identified first, and a text in another language gets
 * none of them (an English recognizer reads German "Das", "Sie", "Mit" as names). A text too short to tell is read
 * as the page states its language, and as English when the page does not say.
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

  /**
   * Starts loading the entity recognizer's model on a background thread and returns at once: a run that reads its
   * inputs first then finds the model ready instead of stopping every worker at its first article while one loads
   * it. A model that cannot load fails there, on first use, as it would have.
   */
  public static void loadInBackground() {
    Thread.ofPlatform().daemon().name("lede-model-load").start(() -> {
      try {
        EntityFinder.loadModel();
      } catch (RuntimeException | Error e) {
        // reported to whoever uses the recognizer first
      }
    });
  }

  /** Returns the annotations of {@code article}. */
  public Annotations annotate(Article article) {
    if (article.text() == null || article.text().isBlank()) return Annotations.NONE;
    String language = LanguageIdentifier.standard().identify(article.text());
    if (!readsEnglish(language, article.language())) return Annotations.notRead(language);
    List<Entity> found = entities.find(article);
    return new Annotations(QuoteSpeakers.linked(quotes.find(article), found), found, quantities.find(article),
        dates.find(article.text(), articleDay(article)), language);
  }

  /**
   * Whether the English analyzers should read a text: identified as English, or too short to tell and not stated by
   * the page to be in another language.
   *
   * @param identified the language identified from the text, or null
   * @param stated     the language the page states ("en", "de-DE"), or null
   */
  public static boolean readsEnglish(String identified, String stated) {
    if (identified != null) return identified.equals("en");
    return stated == null || stated.isBlank() || stated.toLowerCase(java.util.Locale.ROOT).startsWith("en");
  }

  /** The day relative dates in the text count from: publication, else the last update. */
  static LocalDate articleDay(Article article) {
    StatedTime t = article.published() != null ? article.published() : article.updated();
    return t == null ? null : t.instant().atZone(ZoneOffset.UTC).toLocalDate();
  }
}
