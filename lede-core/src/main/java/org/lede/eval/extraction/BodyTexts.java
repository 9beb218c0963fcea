package org.lede.eval.extraction;

import java.util.List;
import java.util.function.Function;
import org.lede.article.Article;
import org.lede.article.Subhead;
import org.lede.extract.Extraction;
import org.lede.source.Document;
import org.lede.source.InputException;

/**
 * The body text an evaluation compares with its labels, as Lede produces it. Peer extractors are scored by
 * passing their own {@code Function<Document, String>} or {@code Function<Document, Article>} instead.
 *
 * <p>Thread-safe.
 */
public final class BodyTexts {
  private BodyTexts() {}

  /** Lede's articles for a document: the real front door, so charset handling is the production one. */
  public static Function<Document, Article> lede() {
    Extraction extraction = Extraction.standard();
    return doc -> {
      try {
        List<Article> articles = extraction.extract(doc);
        return articles.isEmpty() ? null : articles.get(0);
      } catch (InputException e) {
        return null;
      }
    };
  }

  /** Lede's body text: paragraphs with each subhead where it stands, as a reader sees the body. */
  public static Function<Document, String> ledeBody() {
    return lede().andThen(BodyTexts::withSubheads);
  }

  /** Lede's paragraphs only, subheads left out. */
  public static Function<Document, String> ledeParagraphs() {
    return lede().andThen(a -> a == null ? "" : a.text());
  }

  /** Returns {@code article}'s paragraphs joined by blank lines with its subheads in place; "" for null. */
  public static String withSubheads(Article article) {
    if (article == null) return "";
    StringBuilder out = new StringBuilder();
    List<Subhead> subheads = article.subheads();
    int next = 0;
    for (int i = 0; i < article.paragraphs().size(); i++) {
      while (next < subheads.size() && subheads.get(next).paragraph() <= i) {
        append(out, subheads.get(next++).text());
      }
      append(out, article.paragraphs().get(i));
    }
    return out.toString();
  }

  private static void append(StringBuilder out, String block) {
    if (out.length() > 0) out.append(Article.PARAGRAPH_BREAK);
    out.append(block);
  }

  /**
   * Collapses every whitespace run to one space, as the labels' authors compare texts, and drops soft hyphens
   * and zero-width characters (invisible formatting some pages put inside words, and Lede removes), on both
   * sides of every comparison.
   */
  static String normalise(String s) {
    return s == null ? "" : INVISIBLE.matcher(s).replaceAll("").replaceAll("[\\s\\p{Z}]+", " ").strip();
  }

  private static final java.util.regex.Pattern INVISIBLE =
      java.util.regex.Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\uFEFF]");
}
