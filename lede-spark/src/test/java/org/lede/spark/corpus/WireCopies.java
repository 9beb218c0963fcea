package org.lede.spark.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Invented news with wire copies: one agency story carried by three outlets (one publishing it earlier than the
 * outlet read first, one undated), a follow-up repeating its quote, two people of one surname, a surname met before
 * the full name it belongs to, and an agency named with its initials.
 */
final class WireCopies {
  private WireCopies() {}

  private static String record(String id, String site, String published, String headline, String text) {
    return "{\"id\":\"" + id + "\",\"site\":\"" + site + "\","
        + (published == null ? "" : "\"published\":\"" + published + "\",")
        + "\"url\":\"https://" + site.toLowerCase().replace(' ', '-') + ".example/" + id + "\","
        + "\"headline\":\"" + headline + "\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}\n";
  }

  private static final String GRID = "TROMSVIK: Energy Minister Halvard Brekke said on Monday that the valley's power"
      + " grid would be rebuilt before the first snow. \"We will not let the valley go dark again this winter,\""
      + " Brekke told reporters in Tromsvik. The Nordic Grid Authority (NGA) will pay for new pylons, he said."
      + "\\n\\nOpposition leader Sigrun Dahl said the plan came too late for the families who lost power in March."
      + " \"The families of Tromsvik have waited long enough for a straight answer,\" Dahl said.";

  /** Writes the set into {@code dir}: two JSON Lines files, read in name order. */
  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("a-wire.jsonl"),
        // a surname alone, before anyone of that name is known
        record("w-0", "Fjord Weekly", "2026-02-20T10:00:00Z", "Pylons to be inspected",
            "Inspectors will walk the pylons above Tromsvik next week. Brekke has asked for their report by March.")
        + record("w-1", "Northern Courier", "2026-03-02T09:00:00Z", "Grid to be rebuilt before winter", GRID)
        + record("w-2", "Coastal Post", "2026-03-02T08:00:00Z", "Minister promises new grid",
            GRID.replace("before the first snow", "by autumn"))
        + record("w-3", "Valley Times", null, "Valley grid to be rebuilt", GRID.replace("straight ", "")));
    Files.writeString(dir.resolve("b-follow.jsonl"),
        record("f-1", "Northern Courier", "2026-03-03T07:00:00Z", "Teachers ask about school heating",
            "TROMSVIK: Ingrid Brekke, a teacher at the valley school, said classrooms had been cold for weeks."
                + " \"We taught in coats in March and nobody came,\" Ingrid Brekke said. The minister had said on"
                + " Monday: \"We will not let the valley go dark again this winter.\" Brekke, the teacher, asked"
                + " the NGA for a date.")
        + record("f-2", "Fjord Weekly", "2026-03-04T12:00:00Z", "Dahl presses minister",
            "Sigrun Dahl, the opposition leader, asked Energy Minister Halvard Brekke for a timetable on"
                + " Wednesday. \"A promise is not a pylon,\" Dahl said. The minister said the Nordic Grid"
                + " Authority would publish one within a week."));
    return dir;
  }
}
