package org.lede.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An invented agency story as JSON Lines input: one outlet's original and two outlets running its text the next hours,
 * one of them with a sentence changed, so that the store finds two copies of one original.
 */
final class WireStory {
  /** The headlines, the original's first. */
  static final List<String> HEADLINES = List.of("Harbour ferry strike ends after nine days",
      "Ferry crews return as strike ends", "Nine-day ferry strike is over");
  /** A word only these articles hold, for searching them. */
  static final String SEARCHED = "Skarvholm";

  private static final String TEXT = "SKARVHOLM: Ferry crews on the Skarvholm crossing voted on Tuesday to end a"
      + " nine-day strike after the harbour board agreed to a new rota and a pay rise of four percent. \\\"We did not"
      + " want to leave the islands without a boat, but we could not go on working sixteen-hour days,\\\" said Maren"
      + " Tollefsen, who speaks for the crews' union. The first sailing leaves at six on Wednesday morning."
      + "\\n\\nThe harbour board said timetables would be back to normal by the weekend and that season tickets"
      + " would be extended by nine days. Shopkeepers on the outer islands said they had run short of milk and bread"
      + " during the second week of the stoppage.";

  private WireStory() {}

  /** Writes the three articles to {@code file} and returns it. */
  static Path write(Path file) throws IOException {
    String changed = TEXT.replace("by the weekend", "by Friday");
    Files.writeString(file, line("Skarvholm Tidende", "2025-09-23T07:00:00Z", HEADLINES.get(0), TEXT)
        + line("Coast Daily", "2025-09-23T09:30:00Z", HEADLINES.get(1), TEXT)
        + line("Island Radio", "2025-09-23T11:15:00Z", HEADLINES.get(2), changed));
    return file;
  }

  private static String line(String site, String published, String headline, String text) {
    String slug = headline.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    return "{\"site\":\"" + site + "\",\"published\":\"" + published + "\",\"url\":\"https://"
        + site.toLowerCase().replace(' ', '-') + ".example/" + slug + "\",\"headline\":\"" + headline
        + "\",\"text\":\"" + text + "\"}\n";
  }
}
