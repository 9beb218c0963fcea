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
  PLAIN_TEXT,
  /**
   * One article already extracted: a JSON object in Lede's contract or news-please's shape, as a record of a JSON
   * Lines or CSV file ({@code org.lede.extract.records}), or a whole {@code .json} file (news-please writes one per
   * article). Never guessed from content; files say so by name.
   */
  ARTICLE_JSON;

  private static final int SNIFF_BYTES = 16 * 1024;
  /**
   * A doctype or {@code <html>} tag that starts a line further in. Servers print warnings, debug output or a stray
   * byte-order mark before the page (a PHP site's "Deprecated: ..." lines run for kilobytes); browsers still show
   * the page, so Lede reads it as one rather than as a text dump of its source.
   */
  private static final java.util.regex.Pattern LATER_PAGE_START =
      java.util.regex.Pattern.compile("(?:^|\n)[ \t\r]*(?:<!doctype html|<html[\s>])");

  /**
   * Guesses the media type of {@code content} named {@code name}: markup at the start, a doctype or {@code <html>}
   * tag starting a line in the first 16 KB, or an .html name makes HTML, a .json name one article as JSON, anything else textual is a text dump.
   */
  public static MediaType guess(String name, byte[] content) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) lower = lower.substring(0, lower.length() - 3);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) return HTML;
    // a JSON file is one article in the contract's or news-please's shape, or nothing Lede reads; never a text dump
    if (lower.endsWith(".json")) return ARTICLE_JSON;
    String head = head(content);
    int prolog = head.startsWith("<?xml") ? head.indexOf("?>") : -1;
    if (prolog >= 0) head = head.substring(prolog + 2).stripLeading();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || head.startsWith("<body") || (head.startsWith("<!--") && head.contains("<html"))
        || LATER_PAGE_START.matcher(head).find()) {
      return HTML;
    }
    return TEXT_DUMP;
  }

  /** Returns the start of {@code content}, lower-cased, byte-order mark and leading space removed. */
  private static String head(byte[] content) {
    int n = Math.min(content.length, SNIFF_BYTES);
    String head;
    if (n >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
      head = new String(content, 2, n - 2, StandardCharsets.UTF_16LE);
    } else if (n >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
      head = new String(content, 2, n - 2, StandardCharsets.UTF_16BE);
    } else {
      // Latin-1 maps every byte to one char, so ASCII markup is found whatever the real charset.
      head = new String(content, 0, n, StandardCharsets.ISO_8859_1);
      if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3);
    }
    return head.stripLeading().toLowerCase(Locale.ROOT);
  }
}
