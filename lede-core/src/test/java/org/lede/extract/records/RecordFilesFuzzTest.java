package org.lede.extract.records;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.lede.fuzz.FuzzSeeds;
import org.lede.source.Document;
import org.lede.source.InputException;

/**
 * JSON Lines and CSV files of extracted articles: any bytes give records and named problems, and each record an
 * article or an {@link InputException} naming its line; nothing else is thrown. The last input byte picks CSV (odd)
 * or JSON Lines (even). Seeds: both kinds written at run time from the shared stories set's headline records.
 */
class RecordFilesFuzzTest {
  private static final Instant SEEN = Instant.parse("2026-03-03T10:00:00Z");
  private static Path jsonl;
  private static Path csv;

  @BeforeAll
  static void seeds() throws IOException {
    jsonl = Files.createTempFile("fuzz", ".jsonl");
    csv = Files.createTempFile("fuzz", ".csv");
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> items = FuzzSeeds.headlines(40);
    List<String> seeds = new ArrayList<>();
    for (int i = 0; i + 4 <= items.size(); i += 4) {
      StringBuilder lines = new StringBuilder();
      StringBuilder rows = new StringBuilder("url,title,published,text\n");
      for (JsonNode h : items.subList(i, i + 4)) {
        String text = h.path("headline").asText() + ", the report said.";
        lines.append(json.createObjectNode().put("url", h.path("url").asText()).put("headline", h.path("headline").asText())
            .put("published", h.path("published").asText()).put("text", text)).append('\n');
        rows.append(h.path("url").asText()).append(",\"").append(h.path("headline").asText().replace("\"", "\"\""))
            .append("\",").append(h.path("published").asText()).append(",\"").append(text.replace("\"", "\"\""))
            .append("\"\n");
      }
      seeds.add(lines + "\u0000");
      seeds.add(rows + "\u0001");
    }
    FuzzSeeds.write(RecordFilesFuzzTest.class, "any_record_file_gives_articles_and_named_problems", FuzzSeeds.utf8(seeds));
  }

  @AfterAll
  static void clean() throws IOException {
    Files.deleteIfExists(jsonl);
    Files.deleteIfExists(csv);
  }

  @FuzzTest(maxDuration = "30s")
  void any_record_file_gives_articles_and_named_problems(FuzzedDataProvider data) throws IOException {
    Path file = data.consumeBoolean() ? csv : jsonl;
    Files.write(file, data.consumeRemainingAsBytes());
    RecordExtractor extractor = new RecordExtractor();
    try {
      RecordFiles.read(file, 1 << 20, new RecordVisitor() {
        @Override
        public void record(Document record) {
          try {
            extractor.extract(record, SEEN);
          } catch (InputException e) {
            if (!e.input().startsWith(file + ":")) throw new AssertionError("names another input: " + e.input());
          }
        }

        @Override
        public void problem(InputException problem) {}
      });
    } catch (InputException e) {
      // the file, or the line of it that made it unreadable (a CSV header)
      if (!e.input().equals(file.toString()) && !e.input().startsWith(file + ":")) {
        throw new AssertionError("refusal names another input: " + e.input());
      }
    }
  }
}
