package org.lede.article;

/**
 * A crosshead inside an article's body ("CHALLENGES WITH CHINA, JITTERY MARKETS").
 *
 * @param text      the subhead as written
 * @param paragraph the index in {@link Article#paragraphs()} of the paragraph it precedes
 */
public record Subhead(String text, int paragraph) {}
