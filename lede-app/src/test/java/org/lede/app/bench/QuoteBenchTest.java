package org.lede.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quote bench on a two-article PolNeAR-shaped file written for the test. CoreNLP's column is opt-in
 * ({@code -Dlede.bench.corenlp=true}): loading its models takes a minute and is no part of the normal test run.
 */
class QuoteBenchTest {
  private static final String ONE = "“The bridge will reopen in May,” said Mara Lind, the city engineer.";
  private static final String TWO = "Tolls will rise next year, the mayor said.";

  @TempDir Path dir;

  private Path polnear() throws Exception {
    ObjectMapper m = new ObjectMapper();
    String a = m.writeValueAsString(Map.of("id", "one", "text", ONE, "attributions", List.of(Map.of(
        "source", span(ONE, "Mara Lind, the city engineer"), "cue", span(ONE, "said"),
        "content", span(ONE, "“The bridge will reopen in May,”"), "has_source", true))));
    String b = m.writeValueAsString(Map.of("id", "two", "text", TWO, "attributions", List.of(Map.of(
        "source", span(TWO, "the mayor"), "cue", span(TWO, "said"), "content", span(TWO, "Tolls will rise next year"),
        "has_source", true))));
    Path file = dir.resolve("polnear_dev.jsonl");
    Files.writeString(file, a + "\n" + b + "\n");
    return file;
  }

  private static Map<String, Object> span(String text, String part) {
    int s = text.indexOf(part);
    return Map.of("spans", List.of(List.of(s, s + part.length())), "text", part);
  }

  @Test
  void lede_alone_is_scored_and_timed_in_its_own_jvm_when_the_models_jar_is_absent() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    List<QuoteBench.Figures> figures = new QuoteBench(polnear(), null, dir.resolve("no-models.jar"),
        new PrintStream(buf, true, StandardCharsets.UTF_8)).run();
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("CoreNLP column skipped");
    assertThat(figures).hasSize(1);
    QuoteBench.Figures lede = figures.get(0);
    assertThat(lede.articles()).isEqualTo(2);
    assertThat(lede.polnear().score("direct quote source (content overlap, source exact)").f1()).isEqualTo(1.0);
    assertThat(lede.polnear().score("speech attribution source (exact)").f1()).isEqualTo(1.0);
    assertThat(lede.peakHeap()).isPositive();
  }

  @Test
  void corenlp_runs_beside_lede_when_asked_for_and_its_models_jar_is_there() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("lede.bench.corenlp"),
        "CoreNLP bench check is opt-in: -Dlede.bench.corenlp=true (loading its models takes a minute)");
    Assumptions.assumeTrue(Files.isRegularFile(QuoteBench.DEFAULT_MODELS),
        "CoreNLP models jar absent at " + QuoteBench.DEFAULT_MODELS + ": skipped");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    List<QuoteBench.Figures> figures = new QuoteBench(polnear(), null, QuoteBench.DEFAULT_MODELS,
        new PrintStream(buf, true, StandardCharsets.UTF_8)).run();
    assertThat(figures).hasSize(2);
    assertThat(figures.get(1).polnear().score("direct quote content (exact)").correct()).isEqualTo(1);
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("Lede lead");
  }
}
