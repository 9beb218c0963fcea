package org.lede.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lede.corpus.Appearance;
import org.lede.corpus.Corpus;
import org.lede.corpus.CorpusQuote;
import org.lede.corpus.KnownEntity;
import org.lede.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede entity}: one person, organization or place across the store. */
@Command(
    name = "entity",
    header = "One person, organization or place: roles, articles, quotes, co-mentions.",
    mixinStandardHelpOptions = true,
    description = {
        "Show one person, organization or place across every stored article: who they are (titles, roles,",
        "other names), the articles that mention them, their quotes (each once, with how many outlets carried",
        "it), and who is mentioned with them. NAME is a name or other name (any case), the start of one, or an",
        "id as `lede entities` and the web app show it (P:borys-kremenetskyi).",
        "",
        "Example:  lede entity \"Sofia Renberg\"",
    })
final class EntityCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Parameters(paramLabel = "NAME", description = "a name, the start of one, or an entity id")
  String name;

  @Option(names = "--limit", defaultValue = "30", description = "how many articles and quotes at most (default: ${DEFAULT-VALUE})")
  int limit;

  @Override
  public Integer call() {
    try (Library library = data.open()) {
      Corpus corpus = library.corpus();
      Optional<KnownEntity> match = find(corpus, name);
      if (match.isEmpty()) {
        System.err.println("lede entity: nobody and nothing called \"" + name + "\" is mentioned in " + library.dataDir());
        return ExitCodes.SOME_FAILED;
      }
      KnownEntity e = match.get();
      System.out.printf("%s (%s)  [%s]%n", e.name(), e.type().name().toLowerCase(Locale.ROOT), e.id());
      if (!e.titles().isEmpty()) System.out.println("titles:   " + String.join("; ", e.titles()));
      if (!e.roles().isEmpty()) System.out.println("roles:    " + String.join("; ", e.roles()));
      if (!e.aliases().isEmpty()) System.out.println("also:     " + String.join("; ", e.aliases()));
      System.out.printf("%d mentions in %d articles%n%n", e.mentions(), e.articles());
      for (Appearance a : corpus.appearances(e.id(), limit)) {
        System.out.printf("  %s  %s  (id %s)%n", a.published() == null ? "          " : a.published().toString().substring(0, 10),
            a.headline(), a.articleId());
      }
      List<CorpusQuote> quotes = corpus.quotesBy(e.id(), null, limit);
      if (!quotes.isEmpty()) {
        System.out.println("\nquotes:");
        for (CorpusQuote q : quotes) {
          System.out.println("  " + AnnotationText.quote(q.quote()));
          System.out.println("      " + QuotesCommand.carried(q));
        }
      }
      var others = corpus.coMentioned(e.id(), 10);
      if (!others.isEmpty()) {
        System.out.println("\nmentioned with:");
        for (var o : others) {
          System.out.printf("  %-30s %d shared %s%n", o.name(), o.shared(), o.shared() == 1 ? "article" : "articles");
        }
      }
      return ExitCodes.OK;
    }
  }

  /** An id, then a name or other name, then the first name that starts with it. */
  static Optional<KnownEntity> find(Corpus corpus, String name) {
    String plain = name.strip();
    if (plain.matches("[A-Z]:\\S+")) {
      Optional<KnownEntity> byId = corpus.entity(plain);
      if (byId.isPresent()) return byId;
    }
    Optional<KnownEntity> named = corpus.named(plain);
    if (named.isPresent()) return named;
    return corpus.byName(null, plain, null, 1).stream().findFirst();
  }
}
