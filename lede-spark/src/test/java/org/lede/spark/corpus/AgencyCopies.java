package org.lede.spark.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Invented news with planted wire copies, in two JSON Lines files read in name order:
 * <ul>
 *   <li>an agency flood report carried by four outlets: read first by one ({@code flood-herald}), published first by
 *   another ({@code flood-valley}, with a line of its own furniture), trimmed of its last paragraph by a third
 *   ({@code flood-coastal}) and run undated by a fourth ({@code flood-star}); beside them an outlet's own report of
 *   the flood in its own words ({@code flood-ledger}), which copies nothing;</li>
 *   <li>a factory closure carried by two outlets at the same minute ({@code plant-courier} read first,
 *   {@code plant-gazette});</li>
 *   <li>a chain: a harbour report in three cuts, where the first ({@code harbour-first}, paragraphs 1 and 2) and the
 *   second ({@code harbour-second}, paragraphs 2 and 3, published earliest) share too little to be copies of each
 *   other until the whole report ({@code harbour-whole}, 1 to 3) arrives and ties both;</li>
 *   <li>a brief too short to judge ({@code brief}) and two unrelated reports.</li>
 * </ul>
 */
final class AgencyCopies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AgencyCopies() {}

  private static final String FLOOD_1 = "KARSTAD (NPA) - The Karstad river burst its banks early on Tuesday after three"
      + " days of heavy rain, flooding the lower town and forcing about four hundred residents to leave their homes,"
      + " the regional emergency office said.";
  private static final String FLOOD_2 = "Rescue crews in boats moved elderly people from the riverside streets before"
      + " dawn, and the main bridge was closed to traffic until engineers could inspect it. Schools in the lower town"
      + " will stay shut for the rest of the week.";
  private static final String FLOOD_3 = "\"The water rose faster than anyone expected, and we are asking people to stay"
      + " away from the river banks,\" said Marta Lindqvist, head of the regional emergency office. She said the river"
      + " was expected to peak on Wednesday evening.";
  private static final String FLOOD_4 = "The weather service warned that more rain was forecast for the weekend. Farmers"
      + " upstream reported flooded fields and lost livestock, and the regional council said it would meet on"
      + " Thursday to discuss emergency aid for the worst hit households.";

  private static final String PLANT_1 = "ODDBY (NPA) - The paper mill in Oddby will close at the end of the year with"
      + " the loss of 240 jobs, its owner Nordvik Paper said on Wednesday, blaming the high price of timber and"
      + " falling demand for newsprint across Europe.";
  private static final String PLANT_2 = "The mill has made paper on the banks of the Odd river since 1911 and is the"
      + " largest employer in the town. Union leader Per Aasen said workers had learned of the closure from a letter"
      + " pinned to the canteen wall.";
  private static final String PLANT_3 = "\"This town was built around that mill, and nobody asked us what could be"
      + " saved,\" Aasen said. The company said it would offer retraining and help workers find jobs at its other"
      + " sites in the region.";

  private static final String HARBOUR_1 = "LINDHAVN (NPA) - Dock workers at the port of Lindhavn walked out on Thursday"
      + " morning over a new shift system, leaving three container ships waiting at anchor outside the harbour"
      + " and lorries queuing for miles along the coast road.";
  private static final String HARBOUR_2 = "The port authority said talks with the dockers' union would resume on Friday"
      + " and that perishable cargo was being moved by rail through the northern terminal, which was still working"
      + " with a reduced crew of volunteers.";
  private static final String HARBOUR_3 = "Shipping agents warned that a strike lasting into next week would delay"
      + " deliveries of fuel and fresh food to the islands, whose ferries load at the same quay, and asked the"
      + " government to step in before the weekend.";

  private static String line(String id, String site, String published, String headline, String... paragraphs) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", id);
    n.put("site", site);
    if (published != null) n.put("published", published);
    n.put("url", "https://" + site.toLowerCase().replace(' ', '-') + ".example/" + id);
    n.put("headline", headline);
    n.put("text", String.join("\n\n", paragraphs));
    return n.toString() + "\n";
  }

  /** Writes the set into {@code dir}. */
  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("a-tuesday.jsonl"),
        line("flood-herald", "Karstad Herald", "2026-04-14T09:30:00Z", "River floods lower town",
            FLOOD_1, FLOOD_2, FLOOD_3, FLOOD_4)
        + line("brief", "Karstad Herald", "2026-04-14T09:40:00Z", "Road closed",
            "The coast road north of Karstad is closed after a landslide, police said.")
        + line("flood-valley", "Valley Times", "2026-04-14T07:15:00Z", "Four hundred flee Karstad flood",
            FLOOD_1, FLOOD_2, FLOOD_3, FLOOD_4, "Follow the Valley Times for live updates on the flood.")
        + line("flood-coastal", "Coastal Post", "2026-04-14T11:00:00Z", "Karstad river bursts its banks",
            FLOOD_1, FLOOD_2, FLOOD_3)
        + line("flood-ledger", "Daily Ledger", "2026-04-14T12:00:00Z", "Karstad counts the cost of the flood",
            "Shopkeepers on Karstad's Mill Street spent Tuesday afternoon carrying sodden stock out into the rain.",
            "Marta Lindqvist of the emergency office told the Ledger that the boats had reached every house on the"
                + " riverside by six in the morning, and that nobody had been hurt.",
            "Residents who left their homes are staying with relatives or in the sports hall, where volunteers"
                + " served soup and found dry clothes for the children.")
        + line("flood-star", "Evening Star", null, "Flood forces hundreds from homes",
            FLOOD_1, FLOOD_2, FLOOD_3, FLOOD_4)
        + line("museum", "Daily Ledger", "2026-04-14T15:00:00Z", "Museum returns stolen painting",
            "A painting stolen from the town museum forty years ago was handed back on Tuesday by a collector who"
                + " had bought it at an auction abroad without knowing where it came from, the museum's director"
                + " said, adding that it would hang in the main hall from May."));
    Files.writeString(dir.resolve("b-wednesday.jsonl"),
        line("plant-courier", "Northern Courier", "2026-04-15T10:00:00Z", "Oddby paper mill to close",
            PLANT_1, PLANT_2, PLANT_3)
        + line("plant-gazette", "Oddby Gazette", "2026-04-15T10:00:00Z", "Mill closure costs 240 jobs",
            PLANT_1, PLANT_2, PLANT_3)
        + line("harbour-first", "Coastal Post", "2026-04-16T09:00:00Z", "Dockers walk out in Lindhavn",
            HARBOUR_1, HARBOUR_2)
        + line("harbour-second", "Island News", "2026-04-16T06:00:00Z", "Port strike threatens island deliveries",
            HARBOUR_2, HARBOUR_3)
        + line("harbour-whole", "Northern Courier", "2026-04-16T12:00:00Z", "Lindhavn port at a standstill",
            HARBOUR_1, HARBOUR_2, HARBOUR_3)
        + line("choir", "Oddby Gazette", "2026-04-16T18:00:00Z", "Choir wins regional prize",
            "The Oddby town choir won the regional prize for the third year running on Saturday, singing two folk"
                + " songs arranged by its conductor, who has led the choir since she was a schoolteacher in the"
                + " town forty years ago."));
    return dir;
  }
}
