package org.lede.spark.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Invented news of four stories over a week, across the boundary of two of the job's story windows (Thursday
 * 2026-03-05): a flood followed up every two days, from the window before into the next; a ferry strike run by three
 * outlets, one a wire copy, followed up two days later; a football club's new coach told on two days; and a museum's
 * reopening told once; then an undated recipe. Records in time order, as a feed is ingested.
 */
final class StoryNews {
  private StoryNews() {}

  private static String record(String id, String site, String published, String headline, String text) {
    return "{\"id\":\"" + id + "\",\"site\":\"" + site + "\","
        + (published == null ? "" : "\"published\":\"" + published + "\",")
        + "\"url\":\"https://" + site.toLowerCase().replace(' ', '-') + ".example/" + id + "\","
        + "\"headline\":\"" + headline + "\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}\n";
  }

  private static final String STRIKE = "SKARVHOLM: Ferry crews on the Skarvholm crossing walked out on Monday in a"
      + " strike over sixteen-hour shifts, leaving the outer islands without a boat, the crews' union said."
      + " \"We cannot keep working sixteen-hour days on the Skarvholm ferry,\" said Maren Tollefsen, who speaks for the"
      + " union.\\n\\nThe harbour board said it would meet the union on Wednesday. Shopkeepers on the islands said"
      + " milk and bread would run short within days if the ferry strike went on.";

  /** Writes the records to {@code dir}/news.jsonl and returns the directory. */
  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("news.jsonl"),
        record("flood-1", "Lindvik Post", "2026-02-28T08:00:00Z", "Lindvik river floods valley farms",
            "LINDVIK: The Lindvik river burst its banks on Saturday and flooded farms across the valley, Mayor Astrid"
                + " Holm said, as rescue crews moved families from the lowest farms.\\n\\nHolm said the flood"
                + " barriers built after the last Lindvik flood had held in the town itself.")
        + record("flood-2", "Valley Courier", "2026-03-01T09:00:00Z", "Lindvik flood waters reach valley farms",
            "LINDVIK: Flood waters from the Lindvik river reached more valley farms on Sunday, Mayor Astrid Holm said,"
                + " and rescue crews kept moving families from farms.\\n\\nThe valley's roads stayed closed.")
        + record("strike-1", "Skarvholm Tidende", "2026-03-02T07:00:00Z", "Skarvholm ferry crews strike over shifts",
            STRIKE)
        + record("strike-2", "Coast Daily", "2026-03-02T09:30:00Z", "Ferry strike leaves Skarvholm islands without boat",
            STRIKE)
        + record("strike-3", "Island Radio", "2026-03-02T11:15:00Z", "Skarvholm ferry strike: crews walk out",
            "SKARVHOLM: Crews of the Skarvholm ferry walked out on Monday in a strike over their shifts, and the outer"
                + " islands were left without a boat, Maren Tollefsen of the crews' union said.\\n\\nThe harbour"
                + " board will meet the union on Wednesday.")
        + record("flood-3", "Lindvik Post", "2026-03-03T08:00:00Z", "Lindvik valley farms count flood damage",
            "LINDVIK: Valley farms hit by the Lindvik river flood began counting the damage on Tuesday as the waters"
                + " fell, Mayor Astrid Holm said, and rescue crews left the farms.\\n\\nHolm asked the government"
                + " for help to rebuild.")
        + record("museum-1", "Lindvik Post", "2026-03-04T10:00:00Z", "Old harbour museum reopens after repairs",
            "The old harbour museum in Bergvik reopened its doors on Wednesday after two years of repairs to its roof"
                + " and its collection of model ships, its director Ola Brenna said.\\n\\nEntry is free in March.")
        + record("strike-4", "Coast Daily", "2026-03-04T16:00:00Z", "Skarvholm ferry strike ends as crews win shifts",
            "SKARVHOLM: The Skarvholm ferry strike ended on Wednesday when the harbour board agreed to shorter shifts"
                + " for the crews, Maren Tollefsen of the crews' union said, and the ferry sails to the islands"
                + " again.\\n\\nThe first boat leaves at six.")
        + record("coach-1", "Sport Nord", "2026-03-05T12:00:00Z", "Bergvik FC names Lars Vik as new coach",
            "BERGVIK: Bergvik FC named Lars Vik as the club's new coach on Thursday, the football club said, after"
                + " a season in which it finished ninth.\\n\\nVik joins from a second-division club.")
        + record("flood-4", "Valley Courier", "2026-03-05T15:00:00Z", "Lindvik farms ask for flood help",
            "LINDVIK: Valley farms hit by the Lindvik river flood asked the government for help to rebuild on"
                + " Thursday, Mayor Astrid Holm said, as the flood damage was counted.\\n\\nThe valley roads"
                + " reopened.")
        + record("coach-2", "Bergvik Avis", "2026-03-06T08:00:00Z", "New Bergvik FC coach Lars Vik meets players",
            "BERGVIK: Lars Vik, the new coach of Bergvik FC, met the football club's players on Friday, a day after"
                + " the club named him.\\n\\nVik said the club would play to win.")
        // undated: a story of its own on both paths, clustered by the job after every dated day
        + record("recipe-1", "Kitchen Notes", null, "Cardamom buns need slow proving",
            "Cardamom buns rise best when the dough proves slowly overnight in a cool larder, baker Sigrid Olsen"
                + " writes.\\n\\nCrush the cardamom seeds just before kneading."));
    return dir;
  }
}
