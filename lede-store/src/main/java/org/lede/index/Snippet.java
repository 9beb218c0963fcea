package org.lede.index;

import java.util.List;

/**
 * A short extract of an article's body with the query's matches marked, as spans so each caller renders them its
 * own way (terminal, HTML, JSON).
 *
 * @param text       the extract; separate passages are joined by " … "
 * @param highlights the matched spans, as UTF-16 offsets into {@code text}, in order and not overlapping
 */
public record Snippet(String text, List<Span> highlights) {
  /** A snippet with no text. */
  public static final Snippet EMPTY = new Snippet("", List.of());

  public Snippet {
    highlights = List.copyOf(highlights);
  }

  /** Returns the text with each highlight wrapped in {@code open} and {@code close}, e.g. « and ». */
  public String render(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
    int at = 0;
    for (Span s : highlights) {
      out.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
      at = s.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /**
   * One highlighted match.
   *
   * @param start first char, inclusive
   * @param end   last char, exclusive
   */
  public record Span(int start, int end) {}
}
