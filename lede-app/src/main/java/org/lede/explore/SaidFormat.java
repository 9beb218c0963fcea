package org.lede.explore;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lede.corpus.CorpusQuote;
import org.lede.export.Csv;
import org.lede.index.FacetCount;
import org.lede.index.SignificantTerm;
import org.lede.library.WhatWasSaid;

/** "What was said" as the CLI, the API and the download write it: one CSV shape and one JSON shape everywhere. */
public final class SaidFormat {
  /** The CSV's header: a section (quoted, named, outlet, word, phrase, quote), its rank, and the values. */
  public static final List<String> CSV_HEADER = List.of("section", "rank", "label", "id", "count", "corpusCount", "score");

  private SaidFormat() {}

  /** Writes a row per person, entity, outlet, word, phrase and quote, after the header. */
  public static void csv(WhatWasSaid said, Writer out) throws IOException {
    Csv.row(out, CSV_HEADER);
    int rank = 0;
    for (WhatWasSaid.Ranked r : said.quoted()) {
      Csv.row(out, List.of("quoted", Integer.toString(++rank), r.entity().name(), r.entity().id(), Integer.toString(r.count()), "", ""));
    }
    rank = 0;
    for (WhatWasSaid.Ranked r : said.named()) {
      Csv.row(out, List.of("named", Integer.toString(++rank), r.entity().name(), r.entity().id(), Integer.toString(r.count()), "", ""));
    }
    rank = 0;
    for (FacetCount f : said.outlets()) {
      Csv.row(out, List.of("outlet", Integer.toString(++rank), f.value(), "", Long.toString(f.count()), "", ""));
    }
    terms(out, "word", said.words());
    terms(out, "phrase", said.phrases());
    rank = 0;
    for (CorpusQuote q : said.quotes()) {
      Csv.row(out, List.of("quote", Integer.toString(++rank), (q.speakerName() == null ? "" : q.speakerName() + ": ")
          + q.quote().text(), Long.toString(q.id()), Integer.toString(q.carriers()), "", ""));
    }
  }

  private static void terms(Writer out, String section, List<SignificantTerm> terms) throws IOException {
    int rank = 0;
    for (SignificantTerm t : terms) {
      Csv.row(out, List.of(section, Integer.toString(++rank), t.text(), "", Integer.toString(t.sampleDocs()),
          Long.toString(t.corpusDocs()), String.format(Locale.ROOT, "%.1f", t.score())));
    }
  }

  /** The API's answer. */
  public static Map<String, Object> json(WhatWasSaid said) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("query", said.request().query());
    root.put("since", said.request().since() == null ? null : said.request().since().toString());
    root.put("until", said.request().until() == null ? null : said.request().until().toString());
    root.put("articles", said.articles());
    root.put("sampled", said.sampled());
    root.put("wordSample", said.wordSample());
    root.put("syntaxError", said.syntaxError());
    root.put("quoted", said.quoted().stream().map(r -> entity(r, "quotes")).toList());
    root.put("named", said.named().stream().map(r -> entity(r, "articles")).toList());
    root.put("outlets", said.outlets().stream().map(f -> Map.of("site", f.value(), "articles", f.count())).toList());
    root.put("words", said.words());
    root.put("phrases", said.phrases());
    List<Object> quotes = new ArrayList<>();
    for (CorpusQuote q : said.quotes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", q.id());
      m.put("text", q.quote().text());
      m.put("kind", q.quote().kind() == null ? null : q.quote().kind().name().toLowerCase(Locale.ROOT));
      m.put("speakerId", q.speakerId());
      m.put("speaker", q.speakerName());
      m.put("articleId", q.firstArticleId());
      m.put("headline", q.firstHeadline());
      m.put("published", q.firstPublished() == null ? null : q.firstPublished().toString());
      m.put("carriers", q.carriers());
      m.put("outlets", q.outlets());
      quotes.add(m);
    }
    root.put("quotes", quotes);
    return root;
  }

  private static Map<String, Object> entity(WhatWasSaid.Ranked r, String countName) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.entity().id());
    m.put("name", r.entity().name());
    m.put("type", r.entity().type().name().toLowerCase(Locale.ROOT));
    m.put(countName, r.count());
    return m;
  }
}
