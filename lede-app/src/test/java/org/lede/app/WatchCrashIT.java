package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lede.library.Library;

/**
 * Kills {@code lede watch} (the packaged jar) with SIGKILL at random moments of a poll, 20 times, restarting it after
 * each, and checks the store against an uninterrupted poll's. Pages are stored in the order they arrive from four
 * fetch workers, so two runs number their rows differently: what must match is which inputs and articles are stored,
 * each once and whole, and that the corpus tables are what relinking the stored articles gives.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class WatchCrashIT {
  private static final int PAGES = 80;
  /** The tables the corpus layer derives from the articles: a relink rebuilds every one. */
  private static final List<String> CORPUS_TABLES = List.of("entity", "entity_key", "mention", "entity_day",
      "corpus_quote", "corpus_quote_key", "quote_carrier", "copy_signature", "copy_band", "copy_band_settling", "copy_band_recent",
      "copy_band_fresh", "copy_band_filter", "story", "story_article", "story_word", "story_word_posting", "story_member");

  @TempDir static Path tmp;

  @BeforeAll
  static void jar() {
    LedeProcess.assumeJar();
    System.out.println("WatchCrashIT: seed " + IngestCrashIT.SEED);
  }

  @Test
  void watch_killed_twenty_times_mid_poll_stores_every_page_once_and_its_corpus_agrees_with_its_articles()
      throws Exception {
    try (NewsServer site = new NewsServer(PAGES, 5)) {
      Path sources = tmp.resolve("sources.txt");
      Files.writeString(sources, "# test desk\nfeed " + site.url("/rss.xml") + "\n");

      long started = System.nanoTime();
      Path reference = tmp.resolve("reference");
      LedeProcess whole = LedeProcess.start(tmp.resolve("logs"), watch(reference, sources));
      assertThat(whole.await(300)).as(whole.err()).isZero();
      long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      StoreSnapshot expected = StoreSnapshot.read(reference, tmp.resolve("scratch"));
      assertThat(expected.latestVersions()).hasSize(PAGES);
      IngestCrashIT.assertConsistent(expected);
      assertCorpusAgreesWithArticles(reference, expected);

      Random random = new Random(IngestCrashIT.SEED + 2);
      int kills = 0;
      int rounds = 0;
      long killedAt = 0;
      Path data = null;
      while (kills < 20) {
        if (data == null) data = tmp.resolve("round-" + ++rounds);
        LedeProcess run = LedeProcess.start(tmp.resolve("logs"), watch(data, sources));
        long wait = (long) (random.nextDouble() * runMillis);
        if (!run.endsWithin(wait) && run.kill()) {
          kills++;
          killedAt += wait;
          assertWhole(StoreSnapshot.read(data, tmp.resolve("scratch")), data);
          continue;
        }
        assertThat(run.await(0)).as(run.err()).isZero();
        assertSameArticles(data, expected);
        data = null;
      }
      if (data != null) {
        LedeProcess resumed = LedeProcess.start(tmp.resolve("logs"), watch(data, sources));
        assertThat(resumed.await(300)).as(resumed.err()).isZero();
        assertSameArticles(data, expected);
      }
      System.out.printf("WatchCrashIT: %d kills (mean %d ms after start) over %d rounds of a %d ms poll%n",
          kills, killedAt / kills, rounds, runMillis);
    }
  }

  private static String[] watch(Path data, Path sources) {
    return new String[] {"watch", "--data", data.toString(), "--allow-private", "--delay", "5", "--per-host", "2",
        "--workers", "4", "--polls", "1", sources.toString()};
  }

  /** Every input, article and version of the uninterrupted poll, each once; the index with them; the corpus derived. */
  private static void assertSameArticles(Path data, StoreSnapshot expected) throws Exception {
    StoreSnapshot actual = StoreSnapshot.read(data, tmp.resolve("scratch"));
    assertThat(content(actual)).isEqualTo(content(expected));
    IngestCrashIT.assertConsistent(actual);
    assertCorpusAgreesWithArticles(data, actual);
  }

  /**
   * What a kill left: every stored input whole (its article and version), none twice, the index no further than the
   * store, and every page the journal calls done stored.
   */
  private static void assertWhole(StoreSnapshot killed, Path data) throws Exception {
    assertThat(killed.rows("article_version")).hasSameSizeAs(killed.rows("article"));
    assertThat(killed.rows("document")).hasSameSizeAs(killed.rows("article"));
    Map<String, Integer> stored = killed.latestVersions();
    killed.indexed().forEach((id, version) -> assertThat(stored.get(id)).as("indexed " + id).isEqualTo(version));
    Set<String> inputs = new java.util.HashSet<>();
    for (String row : killed.rows("document")) inputs.add(StoreSnapshot.cells(row).get("input"));
    Path journal = data.resolve(IngestRun.POLL_STATE);
    if (Files.exists(journal)) {
      for (String line : Files.readAllLines(journal)) {
        if (line.startsWith("seen\t")) assertThat(inputs).as("journal says stored").contains(line.substring(5));
      }
    }
  }

  /** The rows that do not depend on the order pages arrived in: inputs by hash, articles and versions by id. */
  private static Map<String, List<String>> content(StoreSnapshot s) {
    Map<String, List<String>> out = new TreeMap<>();
    out.put("document", project(s.rows("document"), "sha256", "input", "media_type", "size"));
    out.put("article", project(s.rows("article"), "id", "latest_version", "content_hash", "headline", "site", "url"));
    out.put("article_version", project(s.rows("article_version"), "article_id", "version", "content_hash", "json",
        "annotations"));
    out.put("quote", project(s.rows("quote"), "article_id", "ordinal", "speaker", "json"));
    return out;
  }

  private static List<String> project(List<String> rows, String... columns) {
    List<String> out = new ArrayList<>();
    for (String row : rows) {
      Map<String, String> cells = StoreSnapshot.cells(row);
      StringBuilder b = new StringBuilder();
      for (String c : columns) b.append(c).append('=').append(cells.get(c)).append(' ');
      out.add(b.toString());
    }
    out.sort(null);
    return out;
  }

  /** Relinks a copy of the store from its articles (as {@code lede relink} does) and compares the corpus tables. */
  private static void assertCorpusAgreesWithArticles(Path data, StoreSnapshot stored) throws Exception {
    Path copy = Files.createTempDirectory(tmp, "relinked");
    for (String name : List.of("lede.db", "lede.db-wal", "lede.db-shm")) {
      if (Files.exists(data.resolve(name))) Files.copy(data.resolve(name), copy.resolve(name));
    }
    try (Library lib = Library.open(copy)) {
      lib.relink((done, total) -> {});
    }
    StoreSnapshot relinked = StoreSnapshot.read(copy, tmp.resolve("scratch"));
    for (String table : CORPUS_TABLES) {
      assertThat(stored.rows(table)).as("corpus table " + table + " against a relink").isEqualTo(relinked.rows(table));
    }
  }
}
