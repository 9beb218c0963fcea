package org.lede.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A desk of invented news for the crash tests, the same for the same seed: pages from five outlets quoting a small
 * cast of people (so entities, mentions and corpus quotes have work to do), wire stories run by several outlets
 * (copies and stories), and, when asked, inputs that fail (empty, binary, a torn gzip, a broken JSON Lines record).
 */
final class InventedNews {
  private static final List<String> OUTLETS = List.of(
      "harbour-herald.example", "lowland-courier.example", "capital-ledger.example", "meridian-times.example",
      "northgate-observer.example");
  private static final List<String> PEOPLE = List.of(
      "Tomas Reyes", "Ingrid Vale", "Osman Darrow", "Priya Kettering", "Lucas Fenwick", "Mara Olsen",
      "Dev Anand Rao", "Helena Brook");
  private static final List<String> ROLES = List.of(
      "chair of the harbour board", "the port director", "the union leader", "the finance minister",
      "a council spokesman", "the transport secretary", "the mayor", "the ferry operator's chief executive");
  private static final List<String> ORGS = List.of(
      "the Harbour Board", "Saltmere Council", "the Dockers Union", "Northgate Ferries", "the Treasury");
  private static final List<String> PLACES = List.of("MARROW ISLAND", "SALTMERE", "NORTHGATE", "ASHBY VALE");
  private static final List<String> TOPICS = List.of(
      "repair the storm-damaged pier", "raise dock workers' pay", "cut ferry fares for islanders",
      "build a new breakwater", "close the old fish market", "extend the night bus to the port");
  private static final List<String> WORDS = List.of(
      "The decision follows weeks of talks", "Residents packed the hall", "The cost will be met from reserves",
      "Opponents say the plan is rushed", "A vote is expected next month", "Engineers surveyed the site on Monday",
      "Shop owners welcomed the news", "The plan was first proposed in 2019");

  private InventedNews() {}

  /** Writes {@code pages} news pages into {@code dir} and returns how many inputs it wrote. */
  static int write(Path dir, int pages, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    String wire = null;
    for (int i = 0; i < pages; i++) {
      String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
      String body;
      if (wire != null && i % 5 == 0) {
        body = wire; // the same agency story, run by another outlet
      } else {
        body = body(random, i);
        if (i % 5 == 4) wire = body;
      }
      String headline = headline(random, i);
      LocalDate day = LocalDate.of(2026, 3, 1).plusDays(i % 20);
      Files.writeString(dir.resolve("page-%04d.html".formatted(i)), page(outlet, i, headline, day, body));
    }
    return pages;
  }

  /** Writes {@code count} inputs that fail to ingest, and returns how many it wrote. */
  static int writeBroken(Path dir, int count, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      Path file = dir.resolve("broken-%04d".formatted(i));
      switch (i % 4) {
        case 0 -> Files.write(file.resolveSibling(file.getFileName() + ".html"), new byte[0]);
        case 1 -> {
          byte[] binary = new byte[2048];
          random.nextBytes(binary);
          Files.write(file.resolveSibling(file.getFileName() + ".html"), binary);
        }
        case 2 -> {
          byte[] gz = gzip(page("harbour-herald.example", 9000 + i, "A torn page " + i, LocalDate.of(2026, 3, 3),
              body(random, i)).getBytes(StandardCharsets.UTF_8));
          Files.write(file.resolveSibling(file.getFileName() + ".html.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        }
        default -> Files.writeString(file.resolveSibling(file.getFileName() + ".jsonl"),
            "{\"headline\": \"Pier vote " + i + "\", \"text\": \"The board voted on the pier " + i + ".\"}\n"
                + "{\"headline\": \"torn\", \"text\": \n");
      }
    }
    return count;
  }

  private static String headline(Random random, int i) {
    return "Board to " + TOPICS.get(random.nextInt(TOPICS.size())) + ", session " + i;
  }

  private static String body(Random random, int i) {
    int who = random.nextInt(PEOPLE.size());
    int other = (who + 1 + random.nextInt(PEOPLE.size() - 1)) % PEOPLE.size();
    String org = ORGS.get(random.nextInt(ORGS.size()));
    String topic = TOPICS.get(random.nextInt(TOPICS.size()));
    StringBuilder b = new StringBuilder();
    b.append("<p>").append(PLACES.get(random.nextInt(PLACES.size()))).append(": ").append(capitalise(org))
        .append(" met on Tuesday to decide whether to ").append(topic).append(", item ").append(i).append(".</p>");
    b.append("<p>\u201cWe will not let the islanders down over item ").append(i).append(",\u201d said ")
        .append(PEOPLE.get(who)).append(", ").append(ROLES.get(who)).append(".</p>");
    b.append("<p>").append(WORDS.get(random.nextInt(WORDS.size()))).append(". ")
        .append(WORDS.get(random.nextInt(WORDS.size()))).append(". The work will cost about ")
        .append(2 + random.nextInt(40)).append(" million pounds, ").append(org).append(" said.</p>");
    b.append("<p>").append(PEOPLE.get(other)).append(", ").append(ROLES.get(other))
        .append(", told reporters the plan \u201cneeds a second look before anyone signs it\u201d.</p>");
    b.append("<p>").append(surname(PEOPLE.get(who))).append(" said the board would meet again in ")
        .append(3 + random.nextInt(9)).append(" weeks.</p>");
    return b.toString();
  }

  private static String page(String outlet, int i, String headline, LocalDate day, String body) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline + "</title>"
        + "<link rel=\"canonical\" href=\"https://" + outlet + "/news/" + i + "\">"
        + "<meta property=\"og:site_name\" content=\"" + outlet + "\">"
        + "<meta property=\"article:published_time\" content=\"" + day + "T09:15:00Z\">"
        + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + headline + "</h1>"
        + body + "</article></body></html>";
  }

  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
