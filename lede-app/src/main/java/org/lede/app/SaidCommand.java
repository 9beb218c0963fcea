package org.lede.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lede.corpus.CorpusQuote;
import org.lede.explore.SaidFormat;
import org.lede.index.FacetCount;
import org.lede.index.SearchRequest;
import org.lede.index.SignificantTerm;
import org.lede.index.UnknownCollectionException;
import org.lede.json.ArticleJson;
import org.lede.library.Library;
import org.lede.library.WhatWasSaid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede said}: what was said about a query over a period. */
@Command(
    name = "said",
    header = "What was said about it: who was quoted, what was named, outlets, telling words, sample quotes.",
    mixinStandardHelpOptions = true,
    description = {
        "For the articles matching QUERY (Lede's search syntax) in a period: the people quoted most (distinct",
        "quotes: a wire quote in ten papers counts once), the people, organizations and places named most, the",
        "outlets, the words and two-word phrases most over-represented against the whole store (log-likelihood),",
        "and sample quotes. People, names and quotes are counted over the best " + Library.SAID_SAMPLE + " matches, words",
        "over the best " + Library.SAID_WORD_SAMPLE + "; the article count and outlets over all of them.",
        "",
        "Examples:  lede said flood --since 2024-03-01 --until 2024-04-01",
        "           lede said 'entity:\"Borys Kremenetskyi\"' --csv > kremenetskyi-said.csv",
    })
final class SaidCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--since", paramLabel = "DATE", description = "published on or after this day (YYYY-MM-DD) or instant")
  String since;

  @Option(names = "--until", paramLabel = "DATE", description = "published before this day (YYYY-MM-DD) or instant")
  String until;

  @Option(names = "--csv", description = "write CSV: section,rank,label,id,count,corpusCount,score")
  boolean csv;

  @Option(names = "--json", description = "write the API's JSON")
  boolean json;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "the query; none means every article")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    SearchRequest request;
    try {
      request = SearchRequest.of(words == null ? "" : String.join(" ", words))
          .withSince(SearchCommand.instant(since, "--since")).withUntil(SearchCommand.instant(until, "--until"));
    } catch (IllegalArgumentException e) {
      System.err.println("lede said: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (Library library = data.open()) {
      WhatWasSaid said;
      try {
        said = library.said(request);
      } catch (UnknownCollectionException e) {
        System.err.println("lede said: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      Writer out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      if (csv) SaidFormat.csv(said, out);
      else if (json) out.write(ArticleJson.mapper().writeValueAsString(SaidFormat.json(said)) + "\n");
      else out.write(render(said));
      out.flush();
    }
    return ExitCodes.OK;
  }

  static String render(WhatWasSaid s) {
    StringBuilder sb = new StringBuilder();
    sb.append(s.articles()).append(s.articles() == 1 ? " article" : " articles");
    if (s.syntaxError()) sb.append(" (the query was not valid syntax; searched as plain words)");
    sb.append("; people, names and quotes from the best ").append(s.sampled()).append(", words from the best ")
        .append(s.wordSample()).append('\n');
    section(sb, "Quoted most (distinct quotes)", s.quoted().stream().map(r -> r.entity().name() + " (" + r.count() + ")").toList());
    section(sb, "Named most (articles)", s.named().stream().map(r -> r.entity().name() + " (" + r.count() + ")").toList());
    section(sb, "Outlets (articles)", s.outlets().stream().map((FacetCount f) -> f.value() + " (" + f.count() + ")").toList());
    section(sb, "Telling words (G²)", s.words().stream().map(SaidCommand::term).toList());
    section(sb, "Telling phrases (G²)", s.phrases().stream().map(SaidCommand::term).toList());
    if (!s.quotes().isEmpty()) {
      sb.append("\nSample quotes\n");
      for (CorpusQuote q : s.quotes()) {
        sb.append("  “").append(q.quote().text().replace('\n', ' ')).append("” — ").append(q.speakerName());
        if (q.carriers() > 1) sb.append(" (in ").append(q.carriers()).append(" articles)");
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static String term(SignificantTerm t) {
    return String.format(Locale.ROOT, "%s (%.0f; in %d of the sample, %d in all)", t.text(), t.score(), t.sampleDocs(), t.corpusDocs());
  }

  private static void section(StringBuilder sb, String title, List<String> items) {
    if (items.isEmpty()) return;
    sb.append('\n').append(title).append('\n');
    for (String item : items) sb.append("  ").append(item).append('\n');
  }
}
