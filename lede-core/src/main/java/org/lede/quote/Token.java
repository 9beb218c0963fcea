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

  /** True for a possessive like "Russia’s" or "Americans’". */
  boolean isPossessive() {
    String l = lower();
    return l.endsWith("'s") || l.endsWith("s'");
  }
}
