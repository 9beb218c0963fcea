package org.lede.app;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lede.corpus.Carrier;
import org.lede.corpus.Corpus;
import org.lede.corpus.CorpusQuote;
import org.lede.json.ArticleJson;
import org.lede.library.Library;
import org.lede.store.StoredQuote;
import org.lede.web.CorpusQuoteJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lede quotes}: who said what, across every stored article. */
@Command(
    name = "quotes",
    header = "Who said what: quotes by speaker or by their words across the store.",
    mixinStandardHelpOptions = true,
    description = {
        "List quotes by speaker across every stored article, newest article first: direct, partial and indirect",
        "quotes, each with how its speaker was found (named, surname, pronoun, title, continuation, relative clause).",
        "",
        "With --text, find quotes by their words instead (every word, any order, any case), each saying listed",
        "once however many articles carried it — wire copies, pickups, a follow-up that repeats it — with how many",
        "outlets did and where it ran first; --speaker then narrows them to speakers whose name contains it.",
        "",
        "Examples:  lede quotes --speaker Kremenetskyi",
        "           lede quotes --speaker \"official\" --json      (unnamed sources are listed by their description)",
        "           lede quotes --text \"hard fists\"",
    })
final class QuotesCommand implements Callable<Integer> {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  @Mixin DataOption data;

  @Option(names = "--speaker", description = "part of the speaker's name, any case")
  String speaker;

  @Option(names = "--text", description = "words of the quote, any order, any case: each saying once, with its carriers")
  String text;

  @Option(names = "--limit", defaultValue = "50", description = "how many quotes at most (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "one JSON object per quote, with its article's id and headline (with --text:"
      + " the corpus quote with every article that carried it)")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (blank(speaker) && blank(text)) {
      System.err.println("lede quotes: say whose quotes (--speaker NAME) or which words (--text WORDS)");
      return ExitCodes.USAGE;
    }
    if (limit < 1) {
      System.err.println("lede quotes: --limit wants a positive number; got " + limit);
      return ExitCodes.USAGE;
    }
    try (Library library = data.open()) {
      return blank(text) ? bySpeaker(library) : byWords(library.corpus());
    }
  }

  private int bySpeaker(Library library) throws Exception {
    List<StoredQuote> quotes = library.quotesBySpeaker(speaker, limit);
    if (json) {
      for (StoredQuote q : quotes) System.out.println(ArticleJson.mapper().writeValueAsString(q));
      return ExitCodes.OK;
    }
    if (quotes.isEmpty()) System.out.println("no quotes by a speaker matching \"" + speaker + "\"");
    String article = null;
    for (StoredQuote q : quotes) {
      if (!q.articleId().equals(article)) {
        article = q.articleId();
        System.out.printf("%n%s  (%s%s)%n", q.headline() == null ? "(no headline)" : q.headline(),
            q.published() == null ? "" : q.published().toString().substring(0, 10) + ", ", "id " + q.articleId());
      }
      System.out.println("  " + AnnotationText.quote(q.quote()));
    }
    return ExitCodes.OK;
  }

  private int byWords(Corpus corpus) throws Exception {
    List<CorpusQuote> quotes = corpus.quotes(text, speaker, limit);
    if (json) {
      for (CorpusQuote q : quotes) {
        System.out.println(ArticleJson.mapper().writeValueAsString(CorpusQuoteJson.of(q, corpus.carriers(q.id(), 1000))));
      }
      return ExitCodes.OK;
    }
    if (quotes.isEmpty()) {
      System.out.println("no quotes with the words \"" + text + "\"" + (blank(speaker) ? "" : " by a speaker matching \"" + speaker + "\""));
    }
    for (CorpusQuote q : quotes) {
      System.out.println("  " + AnnotationText.quote(q.quote()));
      System.out.println("      " + carried(q));
      if (q.carriers() > 1) {
        for (Carrier c : corpus.carriers(q.id(), 20)) {
          System.out.printf("        %s  %s%s  (id %s)%n", c.published() == null ? "          " : c.published().toString().substring(0, 10),
              c.site() == null ? "" : c.site() + ": ", c.headline() == null ? "(no headline)" : c.headline(), c.articleId());
        }
        if (q.carriers() > 20) System.out.printf("        and %d more%n", q.carriers() - 20);
      }
    }
    return ExitCodes.OK;
  }

  /** "carried by 3 outlets, first on 9 March 2026 in Harbour Times (id …)", or where its one article ran it. */
  static String carried(CorpusQuote q) {
    String when = q.firstPublished() == null ? "" : " on " + DAY.format(q.firstPublished().atZone(ZoneOffset.UTC));
    String where = q.firstSite() == null ? "" : " in " + q.firstSite();
    String id = " (id " + q.firstArticleId() + ")";
    if (q.carriers() <= 1) return "in one article" + when + where + id;
    String by = q.outlets() > 1 ? q.outlets() + " outlets" : q.carriers() + " articles";
    return "carried by " + by + ", first" + when + where + id;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
