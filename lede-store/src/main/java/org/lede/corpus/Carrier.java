package org.lede.corpus;

import java.time.Instant;

/**
 * One article carrying a corpus quote.
 *
 * @param articleId the article
 * @param ordinal   the quote's place among the article's quotes
 * @param site      the article's publication, or null
 * @param headline  its headline, or null
 * @param published its publication time, or null
 * @param start     where the quote starts in that article's text, or -1 when its stored quote is missing
 */
public record Carrier(String articleId, int ordinal, String site, String headline, Instant published, int start) {}
