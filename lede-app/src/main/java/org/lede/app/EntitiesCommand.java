package org.lede.app;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lede.corpus.Corpus;
import org.lede.corpus.KnownEntity;
import org.lede.entity.EntityType;
import org.lede.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lede entities}: the people, organizations and places mentioned across the store. */
@Command(
    name = "entities",
    header = "The people, organizations and places mentioned across the store.",
    mixinStandardHelpOptions = true,
    description = {
        "List the people, organizations, places and other names mentioned across every stored article, most",
        "mentioned first, or by name with --name. Each is one real-world referent: \"Trump\", \"Donald Trump\" and",
        "\"US President Donald Trump\" are one entry; two people who share a surname are two. Read from the store's",
        "corpus tables, kept as articles are ingested: as quick on a million articles as on ten.",
        "",
        "Examples:  lede entities --type person --top 20",
        "           lede entities --name krem",
        "           lede entity \"Kremenetskyi\"",
    })
final class EntitiesCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--type", description = "person, organization, location or misc")
  String type;

  @Option(names = "--top", defaultValue = "30", description = "how many (default: ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--name", paramLabel = "PREFIX", description = "only those whose name, or a person's surname, starts with PREFIX (any case), by name")
  String name;

  @Override
  public Integer call() {
    EntityType wanted;
    try {
      wanted = type == null ? null : EntityType.valueOf(type.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      System.err.println("lede entities: --type wants person, organization, location or misc; got \"" + type + "\"");
      return ExitCodes.USAGE;
    }
    if (top < 1) {
      System.err.println("lede entities: --top wants a positive number; got " + top);
      return ExitCodes.USAGE;
    }
    try (Library library = data.open()) {
      Corpus corpus = library.corpus();
      List<KnownEntity> found = name == null ? corpus.top(wanted, top) : corpus.byName(null, name, wanted, top);
      if (found.isEmpty()) {
        System.out.println(name == null ? "no entities stored (were the articles ingested with --no-annotations?)"
            : "no entity's name starts with \"" + name + "\"");
      }
      for (KnownEntity k : found) {
        System.out.printf("%5d mentions %4d articles  %-12s %s%s  [%s]%n", k.mentions(), k.articles(),
            k.type().name().toLowerCase(Locale.ROOT), k.name(),
            k.aliases().isEmpty() ? "" : "  (also " + String.join(", ", k.aliases()) + ")", k.id());
      }
    }
    return ExitCodes.OK;
  }
}
