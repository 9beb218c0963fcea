package org.lede.store.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.lede.corpus.StoryTables;
import org.lede.story.StoryClusterer;

/**
 * What story clustering costs an article as the store grows: a made-up stream in time order (one article a minute,
 * so three days' window holds about 4,300), where three in ten articles start an event and the rest follow one of
 * the 300 latest, with the event's own rare words and name in headline and lead around common words. Only
 * {@link StoryTables#add} is timed (candidate lookups, comparisons, writes), committed every {@link #BATCH}.
 * The mean cost of each block of {@link #BLOCK} articles is kept, so a rising cost shows block by block.
 */
public final class StoryBenchmark {
  static final int BLOCK = 10_000;
  static final int BATCH = 1000;
  private static final int VOCABULARY = 30_000;
  private static final int EVENT_WORDS = 6;
  private static final int LIVE_EVENTS = 300;
  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  private StoryBenchmark() {}

  /**
   * One block of articles.
   *
   * @param stored           how many articles were in when the block ended
   * @param microsPerArticle the block's mean clustering time an article
   * @param p99Micros        the block's 99th percentile
   * @param cpuMicros        the writer thread's CPU time an article over the block
   */
  public record Block(long stored, double microsPerArticle, double p99Micros, double cpuMicros) {}

  /** What a run measured: every block, how many stories the articles made, the store's size. */
  public record Result(List<Block> blocks, long stories, long redirects, long storeBytes) {}

  /** One made-up event: its rare words and its one name. */
  private record Event(String[] words, String name) {}

  /**
   * Runs the bench in {@code dir} (a fresh directory) for {@code articles} articles.
   *
   * @param log told of progress at each block
   */
  public static Result run(Path dir, long articles, PrintStream log) throws Exception {
    Files.createDirectories(dir);
    Path db = dir.resolve("stories.db");
    SyntheticNews words = new SyntheticNews(11, VOCABULARY);
    Random random = new Random(11);
    List<Event> live = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    try (Connection c = BenchDatabase.open(db)) {
      try (StoryTables stories = StoryTables.open(c)) {
        double[] micros = new double[BLOCK];
        long blockCpu = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (long n = 0; n < articles; n++) {
          StoryClusterer.Item item = next(n, words, random, live);
          long s = System.nanoTime();
          stories.add(item);
          micros[(int) (n % BLOCK)] = (System.nanoTime() - s) / 1e3;
          if ((n + 1) % BATCH == 0) c.commit();
          if ((n + 1) % BLOCK == 0) {
            long now = cpu.getCurrentThreadCpuTime();
            double[] sorted = micros.clone();
            java.util.Arrays.sort(sorted);
            double mean = java.util.Arrays.stream(sorted).average().orElse(0);
            // CPU time over the block includes making the articles up, a small and constant share
            blocks.add(new Block(n + 1, mean, sorted[(int) (BLOCK * 0.99)], (now - blockCpu) / 1e3 / BLOCK));
            blockCpu = now;
            if ((n + 1) % (10L * BLOCK) == 0 || n + 1 == BLOCK) {
              log.printf("stories bench: %,d articles (%.0f s), %.0f µs (CPU %.0f µs) an article in the last %,d%n",
                  n + 1, (System.nanoTime() - t0) / 1e9, mean, blocks.getLast().cpuMicros(), BLOCK);
            }
          }
        }
        c.commit();
      }
      long stories;
      long redirects;
      try (Statement st = c.createStatement()) {
        var rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM story), (SELECT COUNT(*) FROM story_redirect)");
        rs.next();
        stories = rs.getLong(1);
        redirects = rs.getLong(2);
      }
      return new Result(blocks, stories, redirects, size(db));
    }
  }

  /** Article {@code n}: three in ten start an event, the rest follow one of the live ones. */
  private static StoryClusterer.Item next(long n, SyntheticNews words, Random random, List<Event> live) {
    Event e;
    if (live.isEmpty() || random.nextInt(10) < 3) {
      String[] own = new String[EVENT_WORDS];
      for (int i = 0; i < own.length; i++) own[i] = words.randomWord(2000, VOCABULARY);
      e = new Event(own, "P:" + words.randomWord(2000, VOCABULARY));
      if (live.size() < LIVE_EVENTS) live.add(e);
      else live.set(random.nextInt(LIVE_EVENTS), e);
    } else {
      e = live.get(random.nextInt(live.size()));
    }
    String headline = text(e, 3, 4, words, random);
    String lead = text(e, 3, 14, words, random);
    return new StoryClusterer.Item("bench-" + n, words.site((int) (n % words.siteCount())), headline, lead,
        START.plusSeconds(60 * n), null, Set.of(e.name()));
  }

  private static String text(Event e, int own, int common, SyntheticNews words, Random random) {
    List<String> out = new ArrayList<>();
    Set<Integer> picked = new HashSet<>();
    while (picked.size() < own) picked.add(random.nextInt(e.words().length));
    for (int i : picked) out.add(e.words()[i]);
    for (int i = 0; i < common; i++) out.add(words.randomWord(0, 2000));
    java.util.Collections.shuffle(out, random);
    return String.join(" ", out);
  }

  private static long size(Path db) throws java.io.IOException {
    long total = Files.size(db);
    Path wal = db.resolveSibling(db.getFileName() + "-wal");
    return total + (Files.exists(wal) ? Files.size(wal) : 0);
  }
}
