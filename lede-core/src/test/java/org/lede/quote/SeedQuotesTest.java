package org.lede.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.lede.eval.SharedData;

/** Measures quote finding on the hand-labelled seed dump, item by item against its gold. */
class SeedQuotesTest {
  private static final String SEED = "seed/000_eeaa64c69777ef11";
  private static JsonNode gold;
  private static final List<SeedArticles.Seeded> articles = new ArrayList<>();
  private static final List<List<Quote>> found = new ArrayList<>();

  @BeforeAll
  static void readSeed() throws Exception {
    Optional<Path> text = SharedData.locate(SEED + ".txt");
    Optional<Path> goldFile = SharedData.locate(SEED + ".gold.json");
    if (text.isEmpty() || goldFile.isEmpty()) return;
    gold = new ObjectMapper().readTree(goldFile.get().toFile());
    QuoteFinder finder = new QuoteFinder();
    List<int[]> ranges = new ArrayList<>();
    for (JsonNode a : gold.get("articles")) ranges.add(new int[] {a.get("lines").get(0).asInt(), a.get("lines").get(1).asInt()});
    articles.addAll(SeedArticles.extract(text.get(), ranges));
    System.out.println(articles.isEmpty() ? "seed: extractor missed articles; building them by hand" : "seed: via TextDumpExtractor");
    if (articles.isEmpty()) {
      for (int[] r : ranges) articles.add(SeedArticles.read(text.get(), r[0], r[1]));
    }
    for (SeedArticles.Seeded s : articles) found.add(finder.find(s.article()));
    for (int i = 0; i < found.size(); i++) {
      for (Quote q : found.get(i)) System.out.println(i + " " + describe(q));
    }
  }

  private static String describe(Quote q) {
    Speaker s = q.speaker();
    return q.kind() + " [" + q.text() + "] cue=" + (q.cue() == null ? null : q.cue().text()) + " speaker="
        + (s == null ? null : s.name() + " /" + s.mention() + "/ " + s.resolution() + " " + s.kind()
            + (s.anonymous() ? " anon" : "") + " title=" + s.title() + " role=" + s.role())
        + " to=" + q.addressee() + " on=" + q.medium();
  }

  private static void assumeData() {
    Assumptions.assumeTrue(gold != null, "shared/data/" + SEED + " is absent: seed quote test skipped");
  }

  private static List<Quote> onLine(int article, int line, QuoteKind kind) {
    SeedArticles.Seeded s = articles.get(article);
    int para = s.paragraphOfLine(line);
    if (para < 0) return List.of();
    int from = s.article().paragraphStart(para);
    int to = from + s.article().paragraphs().get(para).length();
    return found.get(article).stream().filter(q -> q.kind() == kind && q.start() >= from && q.end() <= to).toList();
  }

  private static boolean speakerIs(Quote q, String expected) {
    Speaker s = q.speaker();
    return s != null && (s.name().equalsIgnoreCase(expected) || s.mention().equalsIgnoreCase(expected));
  }

  private static String norm(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test
  void every_direct_quote_is_found_with_its_speaker() {
    assumeData();
    List<String> misses = new ArrayList<>();
    for (JsonNode g : gold.get("direct_quotes")) {
      String text = norm(g.get("text").asText());
      boolean ok = onLine(g.get("article").asInt(), g.get("line").asInt(), QuoteKind.DIRECT).stream()
          .anyMatch(q -> norm(q.text()).equals(text) && speakerIs(q, g.get("speaker").asText())
              && (g.get("cue").isNull() ? q.cue() == null : q.cue() != null && q.cue().text().equals(g.get("cue").asText()))
              && (!g.has("addressee") || g.get("addressee").asText().equals(q.addressee()))
              && (!g.has("medium") || g.get("medium").asText().equals(q.medium())));
      if (!ok) misses.add(g.toString());
    }
    assertThat(misses).as("direct quotes missed or misattributed").isEmpty();
  }

  @Test
  void partial_quotes_are_found_with_their_speaker() {
    assumeData();
    List<String> misses = new ArrayList<>();
    for (JsonNode g : gold.get("partial_quotes")) {
      boolean ok = onLine(g.get("article").asInt(), g.get("line").asInt(), QuoteKind.PARTIAL).stream()
          .anyMatch(q -> norm(q.text()).equals(g.get("text").asText()) && speakerIs(q, g.get("speaker").asText()));
      if (!ok) misses.add(g.toString());
    }
    assertThat(misses).as("partial quotes missed").isEmpty();
  }

  @Test
  void nicknames_are_not_quotes() {
    assumeData();
    for (JsonNode g : gold.get("not_quotes")) {
      for (List<Quote> qs : found) {
        assertThat(qs).noneMatch(q -> q.text().equals(g.get("text").asText()));
      }
    }
  }

  @Test
  void at_least_17_of_20_indirect_quotes_go_to_the_right_speaker() {
    assumeData();
    List<String> misses = new ArrayList<>();
    int hits = 0;
    for (JsonNode g : gold.get("indirect_speech")) {
      String cue = g.get("cue").asText();
      boolean ok = onLine(g.get("article").asInt(), g.get("line").asInt(), QuoteKind.INDIRECT).stream()
          .anyMatch(q -> speakerIs(q, g.get("speaker").asText()) && q.cue() != null
              && q.cue().text().equalsIgnoreCase(cue)
              && (!g.has("anonymous") || g.get("anonymous").asBoolean() == q.speaker().anonymous()));
      if (ok) hits++;
      else misses.add(g.toString());
    }
    System.out.println("seed indirect: " + hits + "/" + gold.get("indirect_speech").size() + " misses " + misses);
    assertThat(hits).as("indirect hits; misses: %s", misses).isGreaterThanOrEqualTo(17);
  }
}
