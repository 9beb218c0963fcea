package org.lede.library;

import java.util.List;
import org.lede.corpus.Corpus;
import org.lede.corpus.CorpusQuote;
import org.lede.corpus.KnownEntity;
import org.lede.index.FacetCount;
import org.lede.index.QuerySummary;
import org.lede.index.SearchRequest;
import org.lede.index.SignificantTerm;

/**
 * What was said about a search over a period: who was quoted most, what was named most, which outlets covered it,
 * the words and phrases that set its articles apart from the rest of the corpus, and sample quotes.
 *
 * <p>Outlets and the article count cover every match. The people, entities and quotes come from the corpus tables
 * for the best {@code sampled} matches; the words and phrases from the best {@code wordSample}; so the answer costs
 * the same whatever the corpus's size.
 *
 * @param request     the search (query, since, until)
 * @param articles    articles matching
 * @param sampled     matches the people, entities and quotes were counted over
 * @param wordSample  matches the words and phrases were counted over
 * @param quoted      speakers, with how many distinct corpus quotes of theirs the sampled articles carry
 * @param named       entities, with how many sampled articles name each
 * @param outlets     sites, with how many matching articles each published
 * @param words       over-represented words
 * @param phrases     over-represented two-word phrases
 * @param quotes      sample quotes, the most carried first
 * @param syntaxError true when the query was not valid syntax and was searched as plain words
 */
public record WhatWasSaid(SearchRequest request, long articles, int sampled, int wordSample, List<Ranked> quoted,
    List<Ranked> named, List<FacetCount> outlets, List<SignificantTerm> words, List<SignificantTerm> phrases,
    List<CorpusQuote> quotes, boolean syntaxError) {

  /** The most speakers, entities, outlets, words and phrases shown. */
  public static final int TOP = 12;
  private static final int QUOTES = 6;

  /**
   * What was said, from what the index found ({@code summary}) and what the corpus tables hold about its sampled
   * articles: the corpus is asked about those articles only.
   */
  public static WhatWasSaid of(SearchRequest request, QuerySummary summary, Corpus corpus) {
    List<Ranked> quoted = corpus.quotedIn(summary.sample(), TOP).stream().map(e -> new Ranked(e.getKey(), e.getValue())).toList();
    List<Ranked> named = corpus.namedIn(summary.sample(), TOP).stream().map(e -> new Ranked(e.getKey(), e.getValue())).toList();
    return new WhatWasSaid(request, summary.total(), summary.sample().size(), summary.wordSample(), quoted, named,
        summary.outlets().subList(0, Math.min(TOP, summary.outlets().size())), summary.words(), summary.phrases(),
        corpus.quotesIn(summary.sample(), QUOTES), summary.syntaxError());
  }

  /** An entity and its count. */
  public record Ranked(KnownEntity entity, int count) {}
}
