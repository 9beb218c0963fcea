package org.lede.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses a page's HTML the way a reader of its content needs: as jsoup does, except that a {@code <title>} that is
 * never closed (or closed by a misspelt tag such as {@code </titlevalue="true" -->}) does not swallow the page. An
 * HTML5 parser reads everything after an unclosed {@code <title>} as the title's text, so the article and all its
 * markup would vanish into it; old content systems printed such pages, and their readers still saw the story.
 *
 * <p>Stateless and thread-safe.
 */
public final class PageParser {
  private PageParser() {}

  /** Parses {@code html}, resolving links against {@code baseUri} ("" for none). */
  public static Document parse(String html, String baseUri) {
    return Jsoup.parse(withTitleClosed(html), baseUri);
  }

  /**
   * Returns {@code html} with {@code </title>} put before the first tag after an opened title, when the title's
   * text would otherwise run into the document's own markup ({@code <body>}, {@code </head>}, a {@code <script>});
   * {@code html} itself otherwise.
   */
  static String withTitleClosed(String html) {
    int open = indexOfIgnoreCase(html, "<title", 0);
    if (open < 0) return html;
    int textStart = html.indexOf('>', open);
    if (textStart < 0) return html;
    textStart++;
    int close = properClose(html, textStart);
    int end = close < 0 ? html.length() : close;
    if (!swallowsMarkup(html, textStart, end)) return html;
    int firstTag = firstTag(html, textStart, end);
    if (firstTag < 0) return html;
    return html.substring(0, firstTag) + "</title>" + html.substring(firstTag);
  }

  /** Where the title's end tag stands: {@code </title} followed by a space, a slash or {@code >}; -1 if nowhere. */
  private static int properClose(String html, int from) {
    for (int i = indexOfIgnoreCase(html, "</title", from); i >= 0; i = indexOfIgnoreCase(html, "</title", i + 1)) {
      int after = i + "</title".length();
      if (after >= html.length()) return -1;
      char c = html.charAt(after);
      if (c == '>' || c == '/' || Character.isWhitespace(c)) return i;
    }
    return -1;
  }

  private static boolean swallowsMarkup(String html, int from, int to) {
    for (String tag : new String[] {"<body", "</head", "<script"}) {
      int at = indexOfIgnoreCase(html, tag, from);
      if (at >= 0 && at < to) return true;
    }
    return false;
  }

  /** The first {@code <} between {@code from} and {@code to} that opens a tag, a closing tag or a comment. */
  private static int firstTag(String html, int from, int to) {
    for (int i = html.indexOf('<', from); i >= 0 && i + 1 < to; i = html.indexOf('<', i + 1)) {
      char c = html.charAt(i + 1);
      if (Character.isLetter(c) || c == '/' || c == '!') return i;
    }
    return -1;
  }

  private static int indexOfIgnoreCase(String s, String ascii, int from) {
    int last = s.length() - ascii.length();
    char first = ascii.charAt(0);
    for (int i = Math.max(0, from); i <= last; i++) {
      i = s.indexOf(first, i);
      if (i < 0 || i > last) return -1;
      if (s.regionMatches(true, i, ascii, 0, ascii.length())) return i;
    }
    return -1;
  }
}
