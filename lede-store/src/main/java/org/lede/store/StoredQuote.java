package org.lede.store;

import java.time.Instant;
import org.lede.quote.Quote;

/**
 * A quote as the store lists it: with the article it is in.
 *
 * @param articleId the article's id
 * @param headline  the article's headline, or null
 * @param published the article's publication time, or null
 * @param quote     the quote; its offsets point into the article's text
 */
public record StoredQuote(String articleId, String headline, Instant published, Quote quote) {}
