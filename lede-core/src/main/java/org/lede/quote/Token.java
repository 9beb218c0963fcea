package org.lede.quote;

/**
 * One word or punctuation mark of an article's text, with its offsets.
 *
 * @param start UTF-16 offset in the text
 * @param end   offset just past it
 * @param text  the token as written
 */
record Token(int start, int end, String text) {

  boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  boolean isCapitalized() {
    return Character.isUpperCase(text.codePointAt(0));
  }

  /** Lower case, with curly apostrophes made straight so the word lists need one spelling. */
  String lower() {
    return text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
  }

  boolean is(String word) {
    return text.equalsIgnoreCase(word);
  }

  /** The word without a possessive "’s": "Trump’s" is "Trump". */
  String withoutPossessive() {
    return withoutPossessive(text);
  }

  static String withoutPossessive(String s) {
    int n = s.length();
    if (n > 2 && (s.charAt(n - 1) == 's' || s.charAt(n - 1) == 'S') && (s.charAt(n - 2) == '\'' || s.charAt(n - 2) == '’')) {
      return s.substring(0, n - 2);
    }
    return s;
  }

  /** Collapses runs of whitespace to one space, without a regular expression. */
  static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space) b.append(' ');
        space = true;
      } else {
        b.append(c);
        space = false;
      }
    }
    return b.toString();
  }

  /** True for a possessive like "Russia’s" or "Americans’". */
  boolean isPossessive() {
    String l = lower();
    return l.endsWith("'s") || l.endsWith("s'");
  }
}
