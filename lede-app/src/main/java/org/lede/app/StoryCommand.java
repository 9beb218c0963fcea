package org.lede.app;

import java.util.concurrent.Callable;
import org.lede.corpus.Stories;
import org.lede.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede story ID}: one story's articles as a timeline. */
@Command(
    name = "story",
    header = "One story: its articles in time order, by outlet.",
    mixinStandardHelpOptions = true,
    description = {"Example:  lede story 42"})
final class StoryCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Parameters(paramLabel = "ID", description = "a story id, as `lede stories` lists them")
  long id;

  @Option(names = "--limit", defaultValue = "200", description = "how many articles (default: ${DEFAULT-VALUE})")
  int limit;

  @Override
  public Integer call() {
    try (Library library = data.open()) {
      var story = library.stories().story(id);
      if (story.isEmpty()) {
        System.err.println("lede story: no story " + id);
        return ExitCodes.SOME_FAILED;
      }
      System.out.println(StoriesCommand.line(story.get()));
      for (Stories.Member m : library.stories().articles(id, Math.max(1, limit))) {
        String copy = library.copies().copyOf(m.articleId()).map(c -> "  (copy of " + c.originalId() + ")").orElse("");
        System.out.printf("  %s  %-24s %s  [%s]%s%n", m.published() == null ? "?                   " : m.published(),
            m.site() == null ? "" : m.site(), m.headline() == null ? "(no headline)" : m.headline(), m.articleId(), copy);
      }
    }
    return ExitCodes.OK;
  }
}
