package org.lede.spark.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The corpus tables of one input set as {@code lede ingest}'s store holds them and as the Spark job wrote them, side
 * by side: each article entity's corpus id, and each corpus quote known by its carriers.
 *
 * @param storeLinks   article entity ({@code article \0 local}) to corpus id, in the store
 * @param jobLinks     the same, from the job
 * @param storeQuotes  each corpus quote's carriers ({@code article#ordinal}, sorted) to what it says, in the store
 * @param jobQuotes    the same, from the job
 */
record Parity(Map<String, String> storeLinks, Map<String, String> jobLinks, Map<String, String> storeQuotes,
    Map<String, String> jobQuotes) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Parity of(Path db, Path out) throws IOException, SQLException {
    Map<String, String> storeLinks = new TreeMap<>();
    for (List<String> r : SingleMachine.rows(db, "SELECT article_id, local_id, entity_id FROM mention")) {
      storeLinks.put(r.get(0) + "\u0000" + r.get(1), r.get(2));
    }
    Map<String, String> jobLinks = new TreeMap<>();
    for (JsonNode n : lines(out.resolve("corpus/mention"))) {
      jobLinks.put(n.get("article_id").asText() + "\u0000" + n.get("local_id").asText(), n.get("entity_id").asText());
    }
    Map<String, TreeSet<String>> carriers = new HashMap<>();
    for (List<String> r : SingleMachine.rows(db, "SELECT quote_id, article_id, ordinal FROM quote_carrier")) {
      carriers.computeIfAbsent(r.get(0), k -> new TreeSet<>()).add(r.get(1) + "#" + r.get(2));
    }
    Map<String, String> storeQuotes = new TreeMap<>();
    for (List<String> r : SingleMachine.rows(db,
        "SELECT id, text, first_article, first_ordinal, speaker_id, carriers, outlets FROM corpus_quote")) {
      storeQuotes.put(String.join(" ", carriers.get(r.get(0))), said(r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6)));
    }
    Map<String, TreeSet<String>> jobCarriers = new HashMap<>();
    for (JsonNode n : lines(out.resolve("corpus/quote_carrier"))) {
      jobCarriers.computeIfAbsent(n.get("quote_id").asText(), k -> new TreeSet<>())
          .add(n.get("article_id").asText() + "#" + n.get("ordinal").asText());
    }
    Map<String, String> jobQuotes = new TreeMap<>();
    for (JsonNode n : lines(out.resolve("corpus/corpus_quote"))) {
      jobQuotes.put(String.join(" ", jobCarriers.get(n.get("id").asText())), said(text(n, "text"),
          text(n, "first_article"), text(n, "first_ordinal"), text(n, "speaker_id"), text(n, "carriers"),
          text(n, "outlets")));
    }
    return new Parity(storeLinks, jobLinks, storeQuotes, jobQuotes);
  }

  private static String said(String text, String first, String ordinal, String speaker, String carriers,
      String outlets) {
    return "text=" + text + " | first=" + first + "#" + ordinal + " | speaker=" + speaker + " | carriers=" + carriers
        + " | outlets=" + outlets;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Every JSON line of the part files under {@code dir}. */
  static List<JsonNode> lines(Path dir) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    List<Path> parts;
    try (Stream<Path> s = Files.list(dir)) {
      parts = s.filter(p -> p.getFileName().toString().matches("part-.*\\.jsonl\\.gz")).sorted().toList();
    }
    for (Path p : parts) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)),
          StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank()) out.add(JSON.readTree(line));
        }
      }
    }
    return out;
  }

  /** Article entities linked to another corpus id by the job than by the store, or linked by one side only. */
  List<String> linkDifferences() {
    List<String> out = new ArrayList<>();
    TreeSet<String> all = new TreeSet<>(storeLinks.keySet());
    all.addAll(jobLinks.keySet());
    for (String k : all) {
      String a = storeLinks.get(k);
      String b = jobLinks.get(k);
      if (a == null || !a.equals(b)) out.add(k.replace('\u0000', '/') + ": store " + a + ", job " + b);
    }
    return out;
  }

  /** Corpus quotes whose carriers, text, first carrier, speaker or counts differ. */
  List<String> quoteDifferences() {
    List<String> out = new ArrayList<>();
    TreeSet<String> all = new TreeSet<>(storeQuotes.keySet());
    all.addAll(jobQuotes.keySet());
    for (String k : all) {
      String a = storeQuotes.get(k);
      String b = jobQuotes.get(k);
      if (a == null || !a.equals(b)) out.add("[" + k + "] store: " + a + " / job: " + b);
    }
    return out;
  }

  /** One line of figures. */
  String figures() {
    return String.format(java.util.Locale.ROOT,
        "article entities: store %d, job %d, linked alike %d (%d differ); corpus quotes: store %d, job %d, alike %d"
            + " (%d differ); carriers: store %d, job %d; entities: store %d, job %d",
        storeLinks.size(), jobLinks.size(), alike(storeLinks, jobLinks), linkDifferences().size(),
        storeQuotes.size(), jobQuotes.size(), alike(storeQuotes, jobQuotes), quoteDifferences().size(),
        storeQuotes.keySet().stream().mapToInt(k -> k.split(" ").length).sum(),
        jobQuotes.keySet().stream().mapToInt(k -> k.split(" ").length).sum(),
        new TreeSet<>(storeLinks.values()).size(), new TreeSet<>(jobLinks.values()).size());
  }

  private static long alike(Map<String, String> a, Map<String, String> b) {
    return a.entrySet().stream().filter(e -> e.getValue().equals(b.get(e.getKey()))).count();
  }
}
