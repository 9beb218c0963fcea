package org.lede.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of input Lede reads. */
public enum MediaType {
  /** An HTML page. */
  HTML,
  /** A text dump of one or more scraped pages, with their clutter. */
  TEXT_DUMP,
  /** Plain article text: the whole input is the body. */
  PLAIN_TEXT;

  private static final int SNIFF_BYTES = 1024;

  /**
   * Guesses the media type of {@code content} named {@code name}: markup at the start or an .html name makes
   * HTML, anything else textual is a text dump.
   */
  public static MediaType guess(String name, byte[] content) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) lower = lower.substring(0, lower.length() - 3);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) return HTML;
    String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3).stripLeading();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || head.startsWith("<body") || (head.startsWith("<!--") && head.contains("<html"))) {
      return HTML;
    }
    return TEXT_DUMP;
  }
}
