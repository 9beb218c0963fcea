package org.lede.web;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lede.corpus.CorpusQuote;
import org.lede.index.SearchRequest;
import org.lede.index.SignificantTerm;
import org.lede.library.Newsroom;
import org.lede.library.WhatWasSaid;
import org.lede.quote.QuoteKind;

/** Builds the "what was said" panel from {@link Newsroom#said}: each name, outlet and word a link onward. */
final class SaidPanel {
  private final Newsroom library;

  SaidPanel(Newsroom library) {
    this.library = library;
  }

  /** The request the panel and its downloads answer: the chosen query over the chart's span. */
  static SearchRequest request(ExploreForm form, String query) {
    return SearchRequest.of(query)
        .withSince(form.since().atStartOfDay(ZoneOffset.UTC).toInstant())
        .withUntil(form.until().atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The panel about the query {@code form.said()} chooses. */
  SaidView view(ExploreForm form) {
    String query = form.queries().get(form.said());
    WhatWasSaid said = library.said(request(form, query));
    List<SearchView.Facet> tabs = new ArrayList<>();
    for (int i = 0; i < form.queries().size(); i++) {
      tabs.add(new SearchView.Facet(form.queries().get(i), 0, form.withSaid(i).link("/explore") + "#said", i == form.said(), 0));
    }
    String span = form.since() + " to " + form.until().minusDays(1);
    List<SaidView.Item> quoted = said.quoted().stream().map(r -> new SaidView.Item(r.entity().name(), r.count(),
        r.count() == 1 ? "quote" : "quotes", EntityPages.href(r.entity().id()))).toList();
    List<SaidView.Item> named = said.named().stream().map(r -> new SaidView.Item(r.entity().name(), r.count(),
        EntityPages.typeLabel(r.entity().type()).toLowerCase(Locale.ROOT), EntityPages.href(r.entity().id()))).toList();
    List<SaidView.Item> outlets = said.outlets().stream().map(f -> new SaidView.Item(f.value(), f.count(),
        f.count() == 1 ? "article" : "articles", search(query, form) + "&site=" + SearchForm.encode(f.value()))).toList();
    List<SaidView.Item> words = terms(said.words(), query, form);
    List<SaidView.Item> phrases = terms(said.phrases(), query, form);
    List<SaidView.Said> quotes = new ArrayList<>();
    for (CorpusQuote q : said.quotes()) {
      quotes.add(new SaidView.Said(q.quote().text(), q.quote().kind() == QuoteKind.DIRECT, q.speakerName(),
          q.speakerId() == null ? null : EntityPages.href(q.speakerId()), Views.headline(q.firstHeadline()),
          "/a/" + q.firstArticleId(), q.carriers()));
    }
    String params = "q=" + SearchForm.encode(query) + "&since=" + form.since() + "&until=" + form.until();
    return new SaidView(query, span, said.articles(), said.sampled(), said.wordSample(), tabs, quoted, named, outlets,
        words, phrases, quotes, "/explore/said.csv?" + params, "/api/v1/said?" + params);
  }

  private static List<SaidView.Item> terms(List<SignificantTerm> terms, String query, ExploreForm form) {
    return terms.stream().map(t -> new SaidView.Item(t.text(), t.sampleDocs(),
        String.format(Locale.ROOT, "G² %.0f · %,d in all", t.score(), t.corpusDocs()),
        "/search?q=" + SearchForm.encode((query.isBlank() ? "" : "(" + query + ") ") + "\"" + t.text().replace("\"", "") + "\"")
            + "&since=" + form.since() + "&until=" + form.until())).toList();
  }

  private static String search(String query, ExploreForm form) {
    return "/search?q=" + SearchForm.encode(query) + "&since=" + form.since() + "&until=" + form.until();
  }
}
