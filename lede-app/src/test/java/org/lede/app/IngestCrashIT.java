package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code lede ingest} (the packaged jar, in a process of its own) with SIGKILL at random moments, resumes it,
 * and checks that the store ends exactly as an uninterrupted run leaves it, and the search index with it.
 *
 * <p>The moments come from a fixed seed, printed, so a failure can be replayed ({@code -Dlede.crash.seed=N}).
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class IngestCrashIT {
  static final long SEED = Long.getLong("lede.crash.seed", 20261207L);

  @TempDir static Path tmp;

  @BeforeAll
  static void jar() {
    LedeProcess.assumeJar();
    System.out.println("IngestCrashIT: seed " + SEED);
  }

  @Test
  void ingest_killed_twenty_times_at_random_moments_ends_with_the_store_of_an_uninterrupted_run() throws Exception {
    Path inputs = tmp.resolve("storage-inputs");
    InventedNews.write(inputs, 160, SEED);
    InventedNews.writeBroken(inputs, 8, SEED);
    String[] flags = {"-q", "--no-annotations", "--threads", "2"};

    long started = System.nanoTime();
    Path reference = tmp.resolve("storage-reference");
    LedeProcess whole = LedeProcess.start(tmp.resolve("logs"), ingest(reference, inputs, flags));
    assertThat(whole.await(300)).as(whole.err()).isEqualTo(ExitCodes.SOME_FAILED);
    long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    StoreSnapshot expected = StoreSnapshot.read(reference, tmp.resolve("scratch"));
    assertThat(expected.rows("article")).hasSizeGreaterThan(150);
    assertConsistent(expected);

    Random random = new Random(SEED);
    int kills = 0;
    int rounds = 0;
    int lagging = 0;
    long killedAt = 0;
    Path data = null;
    while (kills < 20) {
      if (data == null) data = tmp.resolve("storage-round-" + ++rounds);
      LedeProcess run = LedeProcess.start(tmp.resolve("logs"), ingest(data, inputs, flags));
      long wait = (long) (random.nextDouble() * runMillis);
      if (!run.endsWithin(wait) && run.kill()) {
        kills++;
        killedAt += wait;
        StoreSnapshot killed = StoreSnapshot.read(data, tmp.resolve("scratch"));
        assertPartOf(killed, expected);
        if (killed.storeSeq() > killed.indexSeq()) lagging++;
        continue;
      }
      assertThat(run.await(0)).as(run.err()).isEqualTo(ExitCodes.SOME_FAILED);
      assertThat(run.err()).doesNotContain("\tat ");
      assertSame(StoreSnapshot.read(data, tmp.resolve("scratch")), expected);
      data = null;
    }
    if (data != null) {
      LedeProcess resumed = LedeProcess.start(tmp.resolve("logs"), ingest(data, inputs, flags));
      assertThat(resumed.await(300)).as(resumed.err()).isEqualTo(ExitCodes.SOME_FAILED);
      assertSame(StoreSnapshot.read(data, tmp.resolve("scratch")), expected);
    }
    System.out.printf("IngestCrashIT: %d kills (mean %d ms after start) over %d rounds of a %d ms run; "
        + "%d left the index behind the store%n", kills, killedAt / kills, rounds, runMillis, lagging);
    assertThat(lagging).as("kills that left the index to catch up on the next open").isPositive();
  }

  @Test
  void good_pages_among_broken_ones_killed_three_times_and_resumed_end_as_an_uninterrupted_run() throws Exception {
    Path inputs = tmp.resolve("mixed-inputs");
    int good = InventedNews.write(inputs, 60, SEED + 1);
    int broken = InventedNews.writeBroken(inputs, 20, SEED + 1);
    String[] flags = {"-q", "--threads", "2"};

    long started = System.nanoTime();
    Path reference = tmp.resolve("mixed-reference");
    LedeProcess whole = LedeProcess.start(tmp.resolve("logs"), ingest(reference, inputs, flags));
    assertThat(whole.await(300)).as(whole.err()).isEqualTo(ExitCodes.SOME_FAILED);
    long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    List<String> failures = whole.err().lines().toList();
    assertThat(failures).hasSize(broken).allSatisfy(line -> assertThat(line).startsWith("lede: ").contains("broken-"));
    StoreSnapshot expected = StoreSnapshot.read(reference, tmp.resolve("scratch"));
    assertThat(expected.rows("article")).hasSizeGreaterThanOrEqualTo(good);
    for (String table : List.of("entity", "mention", "corpus_quote", "quote_carrier", "story_article", "copy_signature")) {
      assertThat(expected.rows(table)).as("annotated run fills " + table).isNotEmpty();
    }
    assertConsistent(expected);

    Random random = new Random(SEED + 1);
    Path data = tmp.resolve("mixed-killed");
    int kills = 0;
    while (kills < 3) {
      LedeProcess run = LedeProcess.start(tmp.resolve("logs"), ingest(data, inputs, flags));
      if (!run.endsWithin((long) (random.nextDouble() * runMillis)) && run.kill()) {
        kills++;
        assertPartOf(StoreSnapshot.read(data, tmp.resolve("scratch")), expected);
      } else {
        assertThat(run.await(0)).isEqualTo(ExitCodes.SOME_FAILED);
      }
    }
    LedeProcess resumed = LedeProcess.start(tmp.resolve("logs"), ingest(data, inputs, flags));
    assertThat(resumed.await(300)).as(resumed.err()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(resumed.err()).doesNotContain("\tat ");
    assertSame(StoreSnapshot.read(data, tmp.resolve("scratch")), expected);
    System.out.printf("IngestCrashIT: %d good and %d broken inputs, annotated: %d kills, then resumed (%d ms run)%n",
        good, broken, kills, runMillis);
  }

  static String[] ingest(Path data, Path inputs, String... flags) {
    List<String> args = new ArrayList<>(List.of("ingest", "--data", data.toString()));
    args.addAll(List.of(flags));
    args.add(inputs.toString());
    return args.toArray(String[]::new);
  }

  /** The whole store equals the uninterrupted run's, and the index holds each article once, at its latest version. */
  static void assertSame(StoreSnapshot actual, StoreSnapshot expected) {
    assertThat(actual.tables().keySet()).isEqualTo(expected.tables().keySet());
    for (String table : expected.tables().keySet()) {
      List<String> missing = new ArrayList<>(expected.rows(table));
      missing.removeAll(actual.rows(table));
      List<String> extra = new ArrayList<>(actual.rows(table));
      extra.removeAll(expected.rows(table));
      assertThat(actual.rows(table))
          .as("table %s: %d rows, %d expected; missing %s; unexpected %s", table, actual.rows(table).size(),
              expected.rows(table).size(), missing.subList(0, Math.min(4, missing.size())),
              extra.subList(0, Math.min(4, extra.size())))
          .isEqualTo(expected.rows(table));
    }
    assertConsistent(actual);
  }

  /** The committed index holds every stored article once, at its latest version, and says so. */
  static void assertConsistent(StoreSnapshot s) {
    assertThat(s.indexed()).as("index entries").isEqualTo(s.latestVersions());
    assertThat(s.indexEntries()).as("index documents (one per article)").isEqualTo(s.latestVersions().size());
    assertThat(s.indexSeq()).as("the store seq the index reached").isEqualTo(s.storeSeq());
  }

  /**
   * What a killed run left is a part of the uninterrupted run's store, whole inputs only: each stored input with
   * all its articles, each article with its version, none twice; and the index holds nothing the store does not.
   */
  static void assertPartOf(StoreSnapshot killed, StoreSnapshot expected) {
    for (String table : List.of("document", "article_version", "article", "quote")) {
      assertThat(expected.rows(table)).as("table " + table).containsAll(killed.rows(table));
    }
    Map<String, Long> articlesPerDocument = articlesPerDocument(killed);
    Map<String, Long> expectedPerDocument = articlesPerDocument(expected);
    for (String row : killed.rows("document")) {
      String id = StoreSnapshot.cells(row).get("id");
      assertThat(articlesPerDocument.getOrDefault(id, 0L)).as("articles of stored input " + id)
          .isEqualTo(expectedPerDocument.getOrDefault(id, 0L));
    }
    assertThat(killed.rows("article_version")).hasSameSizeAs(killed.rows("article"));
    Map<String, Integer> stored = killed.latestVersions();
    killed.indexed().forEach((id, version) -> assertThat(stored.get(id)).as("indexed " + id).isEqualTo(version));
    assertThat(killed.indexSeq()).isLessThanOrEqualTo(killed.storeSeq());
  }

  private static Map<String, Long> articlesPerDocument(StoreSnapshot s) {
    Map<String, Long> out = new TreeMap<>();
    for (String row : s.rows("article_version")) out.merge(StoreSnapshot.cells(row).get("document_id"), 1L, Long::sum);
    return out;
  }
}
