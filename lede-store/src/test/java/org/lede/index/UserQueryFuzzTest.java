package org.lede.index;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.BeforeAll;
import org.lede.eval.SharedData;

/**
 * The search syntax: whatever a reader types becomes a query (plain words when it is not valid syntax), never an
 * exception; only a collection that does not exist is refused. Seeds: the shared stories set's headlines, with
 * fields, phrases and operators around them.
 */
class UserQueryFuzzTest {
  private static final Analyzer ANALYZER = Analysis.analyzer();
  private static final Map<String, List<String>> COLLECTIONS = Map.of("wires", List.of("Reuters", "AP"));

  @BeforeAll
  static void seeds() throws Exception {
    List<String> seeds = new ArrayList<>();
    var file = SharedData.locate("stories-dev/uci-news/headlines.jsonl");
    if (file.isPresent()) {
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader r = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null && seeds.size() < 40; line = r.readLine()) {
          JsonNode h = json.readTree(line);
          String words = h.path("headline").asText();
          String[] w = words.split(" ");
          seeds.add(words);
          seeds.add("\"" + w[0] + " " + (w.length > 1 ? w[1] : "") + "\" site:" + h.path("site").asText()
              + " OR speaker:\"" + w[w.length - 1] + "\" -collection:wires " + w[0] + "*");
        }
      }
    }
    var classes = java.nio.file.Path.of(UserQueryFuzzTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    var dir = classes.resolve("org/lede/index/UserQueryFuzzTestInputs/anything_typed_is_a_query");
    Files.createDirectories(dir);
    for (int i = 0; i < seeds.size(); i++) {
      Files.writeString(dir.resolve(String.format("shared-seed-%03d", i)), seeds.get(i));
    }
  }

  @FuzzTest(maxDuration = "30s")
  void anything_typed_is_a_query(byte[] typed) {
    String text = new String(typed, StandardCharsets.UTF_8);
    try {
      UserQuery.parse(text, ANALYZER, COLLECTIONS);
    } catch (UnknownCollectionException expected) {
      // "collection:NAME" of a collection that does not exist: the one refusal the syntax has
    }
    UserQuery.plainWords(text, ANALYZER);
  }
}
