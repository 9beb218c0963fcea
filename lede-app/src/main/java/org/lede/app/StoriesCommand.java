package org.lede.app;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lede.corpus.Stories;
import org.lede.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lede stories}: the biggest stories, each with its size, outlets and time span. */
@Command(
    name = "stories",
    header = "The biggest stories: articles grouped by the event they report.",
    mixinStandardHelpOptions = true,
    description = {
        "List stories, biggest first, then latest. A story is the articles about one event, grouped as they were",
        "ingested: by their headline and lead, the names in them, their copies and their times.",
        "",
        "Examples:  lede stories --top 10",
        "           lede stories --since 2026-03-01T00:00:00Z --until 2026-03-08T00:00:00Z",
    })
final class StoriesCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--since", paramLabel = "INSTANT", description = "only stories with an article at or after this time")
  Instant since;

  @Option(names = "--until", paramLabel = "INSTANT", description = "only stories whose latest article is at or before this")
  Instant until;

  @Option(names = "--top", defaultValue = "20", description = "how many stories (default: ${DEFAULT-VALUE})")
  int top;

  @Override
  public Integer call() {
    try (Library library = data.open()) {
      List<Stories.Story> stories = library.stories().top(since, until, Math.max(1, top));
      if (stories.isEmpty()) System.out.println("no stories");
      for (Stories.Story s : stories) System.out.println(line(s));
    }
    return ExitCodes.OK;
  }

  static String line(Stories.Story s) {
    return String.format(Locale.ROOT, "%6d  %3d articles, %3d outlets  %s .. %s  %s", s.id(), s.size(), s.outlets(),
        day(s.first()), day(s.last()), s.title() == null ? "(no headline)" : s.title());
  }

  private static String day(Instant t) {
    return t == null ? "?         " : t.toString().substring(0, 10);
  }
}
