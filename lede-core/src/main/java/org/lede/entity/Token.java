package org.lede.entity;

/**
 * One word or punctuation mark of a text, with where it stands.
 *
 * @param text  the characters as written
 * @param start UTF-16 offset of the first char
 * @param end   UTF-16 offset just past the last char
 */
record Token(String text, int start, int end) {

  boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  boolean isPossessive() {
    return text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’");
  }
}
