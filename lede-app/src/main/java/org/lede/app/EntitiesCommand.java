package org.lede.app;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
        "mentioned first. Each is one real-world referent: \"Trump\", \"Donald Trump\" and \"US President Donald",
        "Trump\" are one entry; two people who share a surname are two.",
        "",
        "Examples:  lede entities --type person --top 20",
        "           lede entity \"Kremenetskyi\"",
    })
final class EntitiesCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--type", description = "person, organization, location or misc")
  String type;

  @Option(names = "--top", defaultValue = "30", description = "how many (default: ${DEFAULT-VALUE})")
  int top;

  @Override
  public Integer call() {
    EntityType wanted;
    try {
      wanted = type == null ? null : EntityType.valueOf(type.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      System.err.println("lede entities: --type wants person, organization, location or misc; got \"" + type + "\"");
      return ExitCodes.USAGE;
    }
    try (Library library = data.open()) {
      List<CorpusEntities.Found> found = CorpusEntities.of(library).all().stream()
          .filter(f -> wanted == null || f.entity().type() == wanted).limit(top).toList();
      if (found.isEmpty()) System.out.println("no entities stored (were the articles ingested with --no-annotations?)");
      for (CorpusEntities.Found f : found) {
        System.out.printf("%5d mentions %4d articles  %-12s %s%s%n", f.mentions(), f.articles().size(),
            f.entity().type().name().toLowerCase(Locale.ROOT), f.entity().name(),
            f.entity().aliases().isEmpty() ? "" : "  (also " + String.join(", ", f.entity().aliases()) + ")");
      }
    }
    return ExitCodes.OK;
  }
}
