package org.lede.spark.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.corpus.StoryTables;
import org.lede.eval.SharedData;
import org.lede.postgres.LoadListener;
import org.lede.postgres.PostgresAddress;
import org.lede.postgres.PostgresServer;
import org.lede.postgres.PostgresStore;
import org.lede.spark.SparkRuns;
import org.lede.store.ArticleStore;
import org.lede.story.StoryClusterer;

/**
 * The job's stories ({@link StoryLinking}) against {@code lede ingest}'s: on written news across two story windows the
 * same articles are told together, loaded into PostgreSQL as the job wrote them; on the UCI headlines (shared data)
 * the agreement with the single machine's store is measured pairwise.
 */
class StoryParityTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkRuns.local();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void the_jobs_stories_across_two_windows_hold_the_same_articles_as_lede_ingests_and_load_into_postgres(
      @TempDir Path tmp) throws Exception {
    Path in = StoryNews.write(tmp.resolve("in"));
    Path db = tmp.resolve("store/lede.db");
    SingleMachine.ingest(List.of(in), db);
    Path out = tmp.resolve("out");
    SparkRuns.job(spark, List.of(in), out);
    StoryParity p = StoryParity.of(db, out);
    System.out.println("story parity on the written news: " + p.figures());
    StoryParity.groups(p.store()).forEach(g -> System.out.println("  store story: " + g));
    p.differences().forEach(d -> System.out.println("  story differs: " + d));

    assertThat(p.differences()).isEmpty();
    assertThat(p.job()).hasSize(12);
    // not vacuous: the flood is one story from the window before the boundary into the next (its follow-ups every
    // two days), and the strike's wire copy and its follow-up two days later are in the strike's
    assertThat(StoryParity.groups(p.job())).contains("flood-1 flood-2 flood-3 flood-4",
        "strike-1 strike-2 strike-3 strike-4", "museum-1", "recipe-1");
    assertThat(p.job().get("flood-1")).as("the flood's first article was first: its story's number is the smallest")
        .isEqualTo(1L);

    try (PostgresServer pg = PostgresServer.start();
         PostgresStore store = PostgresStore.open(PostgresAddress.parse(pg.createDatabase("news")))) {
      assertThat(store.load(out, new LoadListener() {}).complete()).isTrue();
      try (Connection c = pg.connect("news"); Statement st = c.createStatement()) {
        Map<String, Long> loaded = new TreeMap<>();
        try (ResultSet rs = st.executeQuery("SELECT article_id, story_id FROM story_article")) {
          while (rs.next()) loaded.put(rs.getString(1), rs.getLong(2));
        }
        assertThat(loaded).isEqualTo(p.job());
        try (ResultSet rs = st.executeQuery("SELECT title, size, outlets FROM story WHERE id = 1")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).as("the flood's title is one of its headlines").contains("Lindvik");
          assertThat(rs.getInt(2)).isEqualTo(4);
          assertThat(rs.getInt(3)).isEqualTo(2);
        }
      }
    }
  }

  /**
   * The UCI slice's headlines clustered by the job and by the store's own state, each article with its headline alone
   * (no lead, no entities, no copies): the figures are printed for docs/SCALING.md. Its three days lie in one window
   * and the next window's overlap, so what differs is what the store keeps (a story's 300 heaviest terms, a term's 32
   * latest stories) against the job's memory, not the windows.
   */
  @Test
  void on_the_uci_headlines_the_jobs_stories_agree_with_the_single_machines(@TempDir Path tmp) throws Exception {
    Optional<Path> uci = SharedData.locate("stories-dev/uci-news");
    assumeTrue(uci.isPresent(), "shared/data/stories-dev/uci-news is absent: the UCI story agreement is not measured");
    ObjectMapper json = new ObjectMapper();
    List<StoryClusterer.Item> items = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(uci.get().resolve("headlines.jsonl"), StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) continue;
        JsonNode h = json.readTree(line);
        Instant published = Instant.parse(h.get("published").asText());
        String id = h.get("id").asText();
        String site = h.get("site").asText(null);
        String headline = h.get("headline").asText();
        items.add(new StoryClusterer.Item(id, site, headline, null, published, null, Set.of()));
        lines.add(new CorpusInput(0, items.size(), id, site, published.toEpochMilli(), List.of(), List.of(), null, 0,
            headline, null).toLine());
      }
    }
    Path db = tmp.resolve("store/lede.db");
    ArticleStore.open(db, Clock.systemUTC()).close(); // a migrated store
    long started = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.setAutoCommit(false);
      try (StoryTables stories = StoryTables.open(c)) {
        for (StoryClusterer.Item item : items) stories.add(item);
      }
      c.commit();
    }
    double storeSeconds = (System.nanoTime() - started) / 1e9;
    Path inputs = Files.createDirectories(tmp.resolve("inputs"));
    Files.write(inputs.resolve("part-00000"), lines, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    FileSystem fs = FileSystem.getLocal(new Configuration());
    CorpusStage.Summary stage = CorpusStage.run(spark, inputs.toString(), new org.apache.hadoop.fs.Path(out.toString()),
        fs, System.currentTimeMillis());
    StoryParity p = StoryParity.of(db, out);
    System.out.printf("story parity on the UCI headlines (%d): %s; store %.1f s, job's corpus stage %.1f s%n",
        items.size(), p.figures(), storeSeconds, stage.seconds());

    assertThat(p.job()).hasSize(items.size());
    assertThat(p.precision()).isGreaterThan(0.9);
    assertThat(p.recall()).isGreaterThan(0.9);
  }
}
