package org.lede.corpus;

import java.time.Instant;
import org.lede.quote.Quote;

/**
 * A quote as the corpus knows it: one saying, however many articles carried it (wire copies, pickups, follow-ups).
 *
 * @param id             the corpus quote's number
 * @param speakerId      the corpus entity who said it, or null when the speaker is not a known entity
 * @param speakerName    the speaker's name as resolved, or null
 * @param quote          the quote as its first carrier has it (offsets point into that article's text)
 * @param firstArticleId the article that carried it first (earliest publication, then earliest stored)
 * @param firstHeadline  that article's headline, or null
 * @param firstSite      that article's publication, or null
 * @param firstPublished that article's publication time, or null
 * @param carriers       how many articles carry it
 * @param outlets        how many distinct sites carry it
 */
public record CorpusQuote(long id, String speakerId, String speakerName, Quote quote, String firstArticleId,
    String firstHeadline, String firstSite, Instant firstPublished, int carriers, int outlets) {}
