package org.lede.app;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lede.library.Library;
import org.lede.quote.Quote;
import org.lede.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lede entity}: one person, organization or place across the store. */
@Command(
    name = "entity",
    header = "One person, organization or place: roles, articles, quotes, co-mentions.",
    mixinStandardHelpOptions = true,
    description = {
        "Show one person, organization or place across every stored article: who they are (titles, roles,",
        "other names), the articles that mention them, their quotes, and who is mentioned with them.",
        "",
        "Example:  lede entity \"Sofia Renberg\"",
    })
final class EntityCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Parameters(paramLabel = "NAME", description = "a name or part of one, any case")
  String name;

  @Override
  public Integer call() {
    try (Library library = data.open()) {
      CorpusEntities corpus = CorpusEntities.of(library);
      Optional<CorpusEntities.Found> match = corpus.named(name);
      if (match.isEmpty()) {
        System.err.println("lede entity: nobody and nothing called \"" + name + "\" is mentioned in " + library.dataDir());
        return ExitCodes.SOME_FAILED;
      }
      CorpusEntities.Found f = match.get();
      var e = f.entity();
      System.out.printf("%s (%s)%n", e.name(), e.type().name().toLowerCase(Locale.ROOT));
      if (!e.titles().isEmpty()) System.out.println("titles:   " + String.join("; ", e.titles()));
      if (!e.roles().isEmpty()) System.out.println("roles:    " + String.join("; ", e.roles()));
      if (!e.aliases().isEmpty()) System.out.println("also:     " + String.join("; ", e.aliases()));
      System.out.printf("%d mentions in %d articles%n%n", f.mentions(), f.articles().size());
      for (StoredArticle a : f.articles()) {
        System.out.printf("  %s  %s  (id %s)%n", a.article().published() == null ? "          "
            : a.article().published().instant().toString().substring(0, 10), a.article().headline(), a.id());
      }
      var quotes = corpus.quotesBy(f);
      if (!quotes.isEmpty()) {
        System.out.println("\nquotes:");
        for (Map.Entry<StoredArticle, Quote> q : quotes) System.out.println("  " + AnnotationText.quote(q.getValue()));
      }
      var others = corpus.coMentioned(f, 10);
      if (!others.isEmpty()) {
        System.out.println("\nmentioned with:");
        for (var o : others) {
          System.out.printf("  %-30s %d shared %s%n", o.getKey().entity().name(), o.getValue(),
              o.getValue() == 1 ? "article" : "articles");
        }
      }
      return ExitCodes.OK;
    }
  }
}
