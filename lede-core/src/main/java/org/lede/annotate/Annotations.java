package org.lede.annotate;

import java.util.List;
import java.util.Objects;
import org.lede.entity.Entity;
import org.lede.quantity.Quantity;
import org.lede.quote.Quote;
import org.lede.time.DateMention;

/**
 * What Lede found in one article's text. Every offset is a UTF-16 index into the article's {@code text}.
 *
 * @param quotes       who said what, in text order
 * @param entities     people, organizations, places and other names, each with all its mentions
 * @param quantities   numbers with what they count
 * @param dates        dates written in the text, resolved against the article's date
 * @param textLanguage the language Lede identified the text as (ISO 639-1), or null when it could not tell or did not
 *                     look; it chose the analyzers, which read English only. The article's own {@code language} is
 *                     what the page states and may differ.
 */
public record Annotations(List<Quote> quotes, List<Entity> entities, List<Quantity> quantities, List<DateMention> dates,
    String textLanguage) {
  /** Nothing found, or nothing looked for. */
  public static final Annotations NONE = new Annotations(List.of(), List.of(), List.of(), List.of());

  public Annotations {
    quotes = List.copyOf(Objects.requireNonNullElse(quotes, List.of()));
    entities = List.copyOf(Objects.requireNonNullElse(entities, List.of()));
    quantities = List.copyOf(Objects.requireNonNullElse(quantities, List.of()));
    dates = List.copyOf(Objects.requireNonNullElse(dates, List.of()));
  }

  /** Annotations of a text whose language was not identified. */
  public Annotations(List<Quote> quotes, List<Entity> entities, List<Quantity> quantities, List<DateMention> dates) {
    this(quotes, entities, quantities, dates, null);
  }

  /** Nothing found in a text in {@code language}, which Lede's analyzers do not read. */
  public static Annotations notRead(String language) {
    return new Annotations(List.of(), List.of(), List.of(), List.of(), language);
  }
}
