package org.lede.article;

import java.util.List;
import java.util.Objects;

/**
 * One news article as Lede understands it: the fields a reader sees, apart from the page's clutter.
 *
 * <p>{@code text} is the body: the paragraphs joined by a blank line ({@code "\n\n"}). Every offset that
 * later stages report (quotes, entities, quantities) is a UTF-16 index into {@code text}.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}.
 *
 * @param id            stable identifier: derived from the canonical URL when there is one, else from the input and
 *                      the article's position in it
 * @param input         the path or URL the article came from, as given by the user
 * @param url           the page's own URL when known
 * @param canonicalUrl  the URL the page declares canonical
 * @param site          the publication ("Arab News"), or the host name when no name is stated
 * @param language      ISO 639-1 code when known
 * @param headline      the headline, once, without the site suffix
 * @param dek           the standfirst or description under the headline
 * @param keyPoints     the bulleted summary some outlets print above the body
 * @param byline        author names, one entry a person, without "By"
 * @param dateline      where the story was filed ("TOKYO:"), with the agency when stated
 * @param published     first publication time
 * @param updated       last update time
 * @param images        images with their captions and credits
 * @param subheads      crossheads inside the body, each with the paragraph it precedes
 * @param paragraphs    body paragraphs, subheads not counted
 * @param text          the paragraphs joined by {@code "\n\n"}
 */
public record Article(
    String id,
    String input,
    String url,
    String canonicalUrl,
    String site,
    String language,
    String headline,
    String dek,
    List<String> keyPoints,
    List<String> byline,
    Dateline dateline,
    StatedTime published,
    StatedTime updated,
    List<Image> images,
    List<Subhead> subheads,
    List<String> paragraphs,
    String text) {

  /** The separator between two paragraphs in {@link #text()}. */
  public static final String PARAGRAPH_BREAK = "\n\n";

  public Article {
    keyPoints = List.copyOf(Objects.requireNonNullElse(keyPoints, List.of()));
    byline = List.copyOf(Objects.requireNonNullElse(byline, List.of()));
    images = List.copyOf(Objects.requireNonNullElse(images, List.of()));
    subheads = List.copyOf(Objects.requireNonNullElse(subheads, List.of()));
    paragraphs = List.copyOf(Objects.requireNonNullElse(paragraphs, List.of()));
    text = text == null ? String.join(PARAGRAPH_BREAK, paragraphs) : text;
  }

  /** Returns a builder with every field empty. */
  public static ArticleBuilder builder() {
    return new ArticleBuilder();
  }

  /** Returns a builder holding this article's fields, to derive a changed copy. */
  public ArticleBuilder toBuilder() {
    return new ArticleBuilder(this);
  }

  /** Returns the UTF-16 offset in {@link #text()} where paragraph {@code index} starts. */
  public int paragraphStart(int index) {
    int offset = 0;
    for (int i = 0; i < index; i++) {
      offset += paragraphs.get(i).length() + PARAGRAPH_BREAK.length();
    }
    return offset;
  }
}
