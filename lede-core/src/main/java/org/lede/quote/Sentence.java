package org.lede.quote;

/**
 * A run of tokens read as one unit of attribution: a sentence, except that a direct quote of several sentences
 * stays whole with its attribution.
 *
 * @param first     index of the first token
 * @param end       index just past the last token
 * @param paragraph the paragraph holding it
 */
record Sentence(int first, int end, int paragraph) {}
