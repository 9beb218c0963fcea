package org.lede.extract;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.lede.article.Article;
import org.lede.extract.dump.TextDumpExtractor;
import org.lede.extract.html.HtmlExtractor;
import org.lede.source.Document;
import org.lede.source.InputException;

/**
 * The front door of extraction: picks the extractor for a document's media type and resolves the reference
 * time for its relative dates.
 *
 * <p>Immutable and thread-safe. {@code Extraction.standard().withAsOf(t).extract(doc)}.
 */
public final class Extraction {
  private final Clock clock;
  private final Instant asOf;
  private final Extractor html;
  private final Extractor dump;
  private final Extractor plain;

  private Extraction(Clock clock, Instant asOf, Extractor html, Extractor dump, Extractor plain) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.asOf = asOf;
    this.html = html;
    this.dump = dump;
    this.plain = plain;
  }

  /** Returns extraction with Lede's own extractors and the system clock. */
  public static Extraction standard() {
    return new Extraction(Clock.systemUTC(), null, new HtmlExtractor(), new TextDumpExtractor(), new PlainTextExtractor());
  }

  /** Returns a copy that resolves relative times against {@code instant} (null: the document's own time). */
  public Extraction withAsOf(Instant instant) {
    return new Extraction(clock, instant, html, dump, plain);
  }

  /** Returns a copy that reads "now" from {@code c}, for documents with no time of their own. */
  public Extraction withClock(Clock c) {
    return new Extraction(c, asOf, html, dump, plain);
  }

  /**
   * Returns the articles in {@code document}.
   *
   * @throws InputException naming the input when it cannot be read as news, or when an extractor fails
   */
  public List<Article> extract(Document document) throws InputException {
    Instant reference = document.referenceTime(asOf, clock.instant());
    Extractor extractor = switch (document.mediaType()) {
      case HTML -> html;
      case TEXT_DUMP -> dump;
      case PLAIN_TEXT -> plain;
    };
    try {
      return extractor.extract(document, reference);
    } catch (InputException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new InputException(document.input(), "extraction failed: " + e, e);
    }
  }
}
