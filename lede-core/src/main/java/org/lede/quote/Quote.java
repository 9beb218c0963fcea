package org.lede.quote;

/**
 * One quote: what was said, how it is reported, and who said it.
 *
 * @param text      the quoted content, without quote marks
 * @param kind      direct, indirect or partial
 * @param start     UTF-16 offset of the content in {@code Article.text}
 * @param end       offset just past the content
 * @param cue       the speech cue ("said"), or null when the quote continues an earlier one without a cue
 * @param speaker   who said it, or null when no speaker could be found
 * @param addressee who it was said to, as written ("reporters"), or null
 * @param medium    where it was said, as written ("Truth Social"), or null
 */
public record Quote(
    String text,
    QuoteKind kind,
    int start,
    int end,
    Cue cue,
    Speaker speaker,
    String addressee,
    String medium) {}
