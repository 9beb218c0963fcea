package org.lede.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.lede.json.ArticleJson;
import org.lede.library.Library;
import org.lede.store.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lede quotes}: who said what, across every stored article. */
@Command(
    name = "quotes",
    header = "Who said what: quotes by speaker across the store.",
    mixinStandardHelpOptions = true,
    description = {
        "List quotes by speaker across every stored article, newest article first: direct, partial and indirect",
        "quotes, each with how its speaker was found (named, surname, pronoun, title, continuation, relative clause).",
        "",
        "Examples:  lede quotes --speaker Kremenetskyi",
        "           lede quotes --speaker \"official\" --json      (unnamed sources are listed by their description)",
    })
final class QuotesCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--speaker", required = true, description = "part of the speaker's name, any case")
  String speaker;

  @Option(names = "--limit", defaultValue = "50", description = "how many quotes at most (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "one JSON object per quote, with its article's id and headline")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Library library = data.open()) {
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
  }
}
