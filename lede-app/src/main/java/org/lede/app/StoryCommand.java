package org.lede.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.concurrent.Callable;
import org.lede.corpus.Stories;
import org.lede.json.ArticleJson;
import org.lede.library.Library;
import org.lede.web.StoryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lede story ID}: one story's articles as a timeline, then who was quoted and what they said, whom it names
 * and the numbers its outlets give differently.
 */
@Command(
    name = "story",
    header = "One story: its articles in time order, who was quoted, what was said, the numbers outlets differ on.",
    mixinStandardHelpOptions = true,
    description = {
        "The story's articles, earliest first, each with its outlet (copies of another article marked); then, read",
        "from its newest 500 articles: its top speakers, the people, organizations and places it names (with how",
        "many of its articles name each), the quotes its articles carry (each once, with the outlets that carried",
        "it, most carried first) and the counts its outlets give different figures for.",
        "",
        "Examples:  lede story 42",
        "           lede story 42 --json      the same as /api/v1/stories/42"})
final class StoryCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Parameters(paramLabel = "ID", description = "a story id, as `lede stories` lists them")
  long id;

  @Option(names = "--limit", defaultValue = "200", description = "how many articles (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--quotes", defaultValue = "10", description = "how many quotes to print (default: ${DEFAULT-VALUE})")
  int quotes;

  @Option(names = "--json", description = "print the story as the API gives it: one JSON object")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    try (Library library = data.open()) {
      var story = library.stories().story(id);
      if (story.isEmpty()) {
        System.err.println("lede story: no story " + id);
        return ExitCodes.SOME_FAILED;
      }
      if (json) {
        System.out.println(ArticleJson.mapper().writeValueAsString(StoryJson.one(library, story.get())));
        return ExitCodes.OK;
      }
      var detail = library.storyDetail(id);
      var members = library.stories().articles(id, Math.max(1, limit));
      System.out.println(StoriesCommand.line(story.get()));
      for (Stories.Member m : members) {
        String copy = library.copies().copyOf(m.articleId()).map(c -> "  (copy of " + c.originalId() + ")").orElse("");
        System.out.printf("  %s  %-24s %s  [%s]%s%n", m.published() == null ? "?                   " : m.published(),
            StoryText.clean(m.site()), m.headline() == null ? "(no headline)" : StoryText.clean(m.headline()),
            m.articleId(), copy);
      }
      StoryText.print(detail, Math.max(0, quotes), System.out);
    }
    return ExitCodes.OK;
  }
}
