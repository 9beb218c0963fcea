package org.lede.web;

/** Escapes text as jte writes it into HTML, so tests can look for article text in a page. */
final class Html {
  private Html() {}

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
  }
}
