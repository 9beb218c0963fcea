package org.lede.store.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lede.article.Article;
import org.lede.corpus.CopyWriter;

/**
 * What finding near-duplicates costs an article as the store grows: synthetic articles (one in ten a copy of a
 * recent one with other page furniture) are put through the copy tables, and at each checkpoint the next
 * {@link #TIMED} are timed on their own. Making up the articles is not timed; only the near-duplicate work is
 * (signature, band lookups, comparisons and writes), committed every {@link #BATCH} articles. The timed articles'
 * CPU time is taken too (the calling thread's: the signature and SQLite both run on it), which a busy machine does
 * not inflate as it does wall time. The band index merges its tiers every few thousand articles and, rarely, after
 * tens of thousands ({@link CopyWriter}), which the timed articles may miss: so the CPU time of every article stored
 * on the way to a checkpoint is taken as well, merges included.
 */
public final class CopyBenchmark {
  static final int TIMED = 2000;
  static final int BATCH = 1000;
  private static final int VOCABULARY = 30_000;

  private CopyBenchmark() {}

  /**
   * One checkpoint: the store held {@code stored} articles when {@code TIMED} more took {@code microsPerArticle} each;
   * {@code cpuOnTheWayMicros} is the CPU time an article of those stored since the last checkpoint's timed ones took
   * (for the first, from the empty store: the JVM's warm-up included).
   */
  public record Point(long stored, double microsPerArticle, double p99Micros, double cpuMicros,
      double cpuOnTheWayMicros, int copiesFound, int copiesMade, long storeBytes) {}

  /**
   * Runs the bench in {@code dir} (a fresh directory) up to the largest of {@code checkpoints}.
   *
   * @throws SQLException when the store cannot be written
   */
  public static List<Point> run(Path dir, long[] checkpoints, PrintStream log) throws Exception {
    Files.createDirectories(dir);
    Path db = dir.resolve("copies.db");
    SyntheticNews news = new SyntheticNews(7, VOCABULARY);
    List<Article> recent = new ArrayList<>();
    List<Point> points = new ArrayList<>();
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    try (Connection c = BenchDatabase.open(db)) {
      try (CopyWriter copies = new CopyWriter(c)) {
        long n = 0;
        long t0 = System.nanoTime();
        for (long checkpoint : checkpoints) {
          long onTheWay = 0;
          long from = n;
          while (n < checkpoint) {
            Article a = next(news, recent, n);
            long c0 = threads.getCurrentThreadCpuTime();
            copies.article(id(n), a);
            onTheWay += threads.getCurrentThreadCpuTime() - c0;
            if (++n % BATCH == 0) c.commit();
            if (n % 100_000 == 0) log.printf("stored %,d (%.0f s)%n", n, (System.nanoTime() - t0) / 1e9);
          }
          c.commit();
          double[] micros = new double[TIMED];
          int made = 0;
          int found = 0;
          long cpu = 0;
          for (int i = 0; i < TIMED; i++) {
            Article a = next(news, recent, n);
            boolean copy = n % 10 == 9;
            long c0 = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            boolean marked = copies.article(id(n), a) != null;
            micros[i] = (System.nanoTime() - s) / 1e3;
            cpu += threads.getCurrentThreadCpuTime() - c0;
            if (copy) made++;
            if (copy && marked) found++;
            if (++n % BATCH == 0) c.commit();
          }
          c.commit();
          java.util.Arrays.sort(micros);
          double mean = java.util.Arrays.stream(micros).average().orElse(0);
          double way = checkpoint > from ? onTheWay / 1e3 / (checkpoint - from) : 0;
          Point p = new Point(checkpoint, mean, micros[(int) (TIMED * 0.99)], cpu / 1e3 / TIMED, way, found, made,
              size(db));
          log.printf("at %,d articles: %.0f µs an article (p99 %.0f µs, CPU %.0f µs; %.0f µs on the way), "
              + "%d of %d copies found%n", checkpoint, mean, p.p99Micros(), p.cpuMicros(), way, found, made);
          points.add(p);
        }
      }
    }
    return points;
  }

  /** The next article: one in ten copies one of the last thousand, with its own furniture around the text. */
  private static Article next(SyntheticNews news, List<Article> recent, long n) {
    Article a;
    if (n % 10 == 9 && !recent.isEmpty()) {
      Article of = recent.get(news.random().nextInt(recent.size()));
      List<String> body = new ArrayList<>(of.paragraphs());
      body.add(0, "Listen to this article");
      if (body.size() > 4) body.remove(body.size() - 1); // trimmed, as copies often are
      body.add("Sign up for our newsletter");
      a = of.toBuilder().canonicalUrl("https://copy.example/" + n).headline("Copy " + n).paragraphs(body).build();
    } else {
      a = news.article((int) (n % Integer.MAX_VALUE));
      if (recent.size() < 1000) recent.add(a);
      else recent.set((int) (n % 1000), a);
    }
    return a;
  }

  private static String id(long n) {
    return "bench-" + n;
  }

  private static long size(Path db) throws java.io.IOException {
    long total = Files.size(db);
    Path wal = db.resolveSibling(db.getFileName() + "-wal");
    return total + (Files.exists(wal) ? Files.size(wal) : 0);
  }
}
