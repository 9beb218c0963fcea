package org.lede.extract;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lede.article.Article;
import org.lede.extract.dump.TextDumpExtractor;
import org.lede.extract.html.HtmlExtractor;
import org.lede.extract.records.RecordExtractor;
import org.lede.source.Document;
import org.lede.source.InputException;

/**
 * The front door of extraction: picks the extractor for a document's media type and resolves the reference
 * time for its relative dates.
 *
 * <p>Immutable and thread-safe. {@code Extraction.standard().withAsOf(t).extract(doc)}.
 */
public final class Extraction {
  private static final Extractor RECORDS = new RecordExtractor();
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
      case ARTICLE_JSON -> RECORDS;
    };
    try {
      List<Article> articles = extractor.extract(document, reference);
      return switch (document.mediaType()) {
        case HTML -> articles.stream().map(a -> withDateline(a, true)).toList();
        case PLAIN_TEXT -> articles.stream().map(a -> withDateline(a, false)).toList();
        case TEXT_DUMP, ARTICLE_JSON -> articles;
      };
    } catch (InputException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new InputException(document.input(), "extraction failed: " + e, e);
    }
  }

  /**
   * Sets apart the dateline that opens an article's first paragraph ("STOCKHOLM —"), when the extractor did not.
   * Plain text keeps its text as given (offsets point into the input), so there the dateline is only noted.
   */
  private static Article withDateline(Article article, boolean removeFromBody) {
    if (article.dateline() != null || article.paragraphs().isEmpty()) return article;
    Datelines.Found found = Datelines.find(article.paragraphs().get(0));
    if (found == null || found.rest().isBlank()) return article;
    if (!removeFromBody) {
      return new Article(article.id(), article.input(), article.url(), article.canonicalUrl(), article.site(),
          article.language(), article.headline(), article.dek(), article.keyPoints(), article.byline(),
          found.dateline(), article.published(), article.updated(), article.images(), article.subheads(),
          article.paragraphs(), article.text());
    }
    List<String> paragraphs = new ArrayList<>(article.paragraphs());
    paragraphs.set(0, found.rest().strip());
    return article.toBuilder().dateline(found.dateline()).paragraphs(paragraphs).build();
  }
}
