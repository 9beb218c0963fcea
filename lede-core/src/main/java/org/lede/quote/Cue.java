package org.lede.quote;

/**
 * The words that mark speech ("said", "told", "according to", "has said"), as written.
 *
 * @param text  the cue as it appears in the article
 * @param start UTF-16 offset of its first character in {@code Article.text}
 * @param end   offset just past its last character
 */
public record Cue(String text, int start, int end) {}
