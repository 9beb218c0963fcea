package org.lede.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lede.corpus.Corpus;
import org.lede.corpus.CorpusQuote;
import org.lede.corpus.KnownEntity;
import org.lede.corpus.StoryContents;
import org.lede.entity.EntityType;
import org.lede.quantity.NumberDisagreements;
import org.lede.quantity.Quantity;

/**
 * What a story's articles say, beyond their list: who they name and quote, the quotes they carry (each once, with
 * which of them carried it) and the numbers outlets give differently. Read over the story's newest
 * {@link #ARTICLES} articles through the corpus tables, so it costs the same in any store.
 *
 * @param articles    how many of the story's articles were read
 * @param named       people, organizations and places, with how many of those articles name each, most first
 * @param speakers    who is quoted, with how many distinct quotes of theirs those articles carry, most first
 * @param quotes      the quotes carried, those most outlets carried first
 * @param disputed    counts outlets give different figures for, those most outlets give first
 */
public record StoryDetail(int articles, List<WhatWasSaid.Ranked> named, List<WhatWasSaid.Ranked> speakers,
    List<Said> quotes, List<NumberDisagreements.Disagreement> disputed) {
  /** The story's articles read: its newest, as the story page's timeline shows them. */
  public static final int ARTICLES = 500;
  static final int NAMED = 24;
  static final int SPEAKERS = 10;
  static final int QUOTES = 30;
  static final int DISPUTED = 10;

  /**
   * A corpus quote as a story carried it.
   *
   * @param quote    the corpus quote (its speaker, text and first carrier anywhere in the store)
   * @param speaker  the corpus entity who said it, by its canonical name, or null when not a known entity
   * @param carriers the story's articles that carried it, earliest first
   */
  public record Said(CorpusQuote quote, KnownEntity speaker, List<StoryContents.QuoteCarrier> carriers) {
    public Said {
      carriers = List.copyOf(carriers);
    }

    /** Returns the story's outlets that carried it, each once, in the order they first did. */
    public List<StoryContents.QuoteCarrier> outlets() {
      Map<String, StoryContents.QuoteCarrier> first = new LinkedHashMap<>();
      for (StoryContents.QuoteCarrier c : carriers) first.putIfAbsent(c.site() == null ? c.articleId() : c.site(), c);
      return List.copyOf(first.values());
    }
  }

  public static StoryDetail read(StoryContents contents, Corpus corpus, long storyId) {
    List<String> ids = contents.newestIds(storyId, ARTICLES);
    List<WhatWasSaid.Ranked> named = corpus.namedIn(ids, NAMED * 2).stream()
        .filter(e -> e.getKey().type() != EntityType.MISC)
        .limit(NAMED)
        .map(e -> new WhatWasSaid.Ranked(e.getKey(), e.getValue()))
        .toList();
    List<WhatWasSaid.Ranked> speakers = corpus.quotedIn(ids, SPEAKERS).stream()
        .map(e -> new WhatWasSaid.Ranked(e.getKey(), e.getValue()))
        .toList();
    return new StoryDetail(ids.size(), named, speakers, quotes(contents, corpus, storyId), disputed(contents, storyId));
  }

  private static List<Said> quotes(StoryContents contents, Corpus corpus, long storyId) {
    Map<Long, List<StoryContents.QuoteCarrier>> carried = contents.quoteCarriers(storyId, ARTICLES);
    List<Map.Entry<Long, List<StoryContents.QuoteCarrier>>> ranked = new ArrayList<>(carried.entrySet());
    // most outlets first, then most articles, then the one carried earliest (the map keeps that order)
    ranked.sort(Comparator.comparingInt((Map.Entry<Long, List<StoryContents.QuoteCarrier>> e) ->
            -(int) e.getValue().stream().map(c -> c.site() == null ? c.articleId() : c.site()).distinct().count())
        .thenComparingInt(e -> -e.getValue().size()));
    List<Said> out = new ArrayList<>();
    // the resolved name a quote keeps is as its article wrote it ("Carolina Gov. Nikki Haley"): show the entity's own
    Map<String, KnownEntity> speakers = new java.util.HashMap<>();
    for (var e : ranked) {
      if (out.size() == QUOTES) break;
      corpus.quote(e.getKey()).ifPresent(q -> out.add(new Said(q, q.speakerId() == null ? null
          : speakers.computeIfAbsent(q.speakerId(), id -> corpus.entity(id).orElse(null)), e.getValue())));
    }
    return out;
  }

  private static List<NumberDisagreements.Disagreement> disputed(StoryContents contents, long storyId) {
    List<NumberDisagreements.Report> reports = new ArrayList<>();
    for (StoryContents.Numbers a : contents.numbers(storyId, ARTICLES)) {
      for (Quantity n : a.quantities()) reports.add(new NumberDisagreements.Report(a.articleId(), a.site(), n));
    }
    return NumberDisagreements.find(reports, DISPUTED);
  }
}
