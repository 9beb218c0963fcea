package org.lede.store.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.index.ArticleIndex;
import org.lede.store.ArticleStore;
import org.lede.store.StoredArticle;

/**
 * Builds a data directory whose search index holds many synthetic articles, each in a story, while its store holds
 * none of the articles but the corpus rows the "what was said" panel reads about them ({@link SyntheticCorpusTables}):
 * what the analyst's view reads (counts, facets, term statistics, stored bodies) is in the index and those tables, so
 * its speed at a million articles can be measured without the hours it takes to store them one transaction at a
 * time. The index is stamped as caught up with its (empty) store, so {@code Library.open} keeps it.
 *
 * <p>Not thread-safe; one build at a time.
 */
public final class SyntheticIndex {
  private static final int VOCABULARY = 30_000;
  private static final int MAKERS = 3;
  private static final int PART = 10_000;

  /** An indexed article whose corpus rows are still to be written. */
  private record Item(int n, String id, String site, long published) {}

  private SyntheticIndex() {}

  /** Fills {@code dataDir} (new, or holding an empty store) with {@code articles} indexed synthetic articles. */
  public static void build(Path dataDir, int articles, PrintStream log) {
    String storeId;
    // the layout Library uses: dataDir/lede.db and dataDir/index
    try (ArticleStore store = ArticleStore.open(dataDir.resolve("lede.db"), java.time.Clock.systemUTC())) {
      if (store.stats().articles() > 0) throw new IllegalArgumentException(dataDir + " holds stored articles already");
      storeId = store.storeId();
    }
    SyntheticNews news = new SyntheticNews(42, VOCABULARY);
    Instant now = Instant.now();
    long t0 = System.nanoTime();
    try (ArticleIndex index = ArticleIndex.open(dataDir.resolve("index"));
        SyntheticCorpusTables corpus = new SyntheticCorpusTables(dataDir.resolve("lede.db"), articles, 44)) {
      index.clear(storeId);
      // parts of PART articles are made up and indexed on several threads, each part from its own seed (the same
      // articles every run); this thread writes their corpus rows, which SQLite takes from one writer
      BlockingQueue<Item> rows = new ArrayBlockingQueue<>(4096);
      AtomicInteger nextPart = new AtomicInteger();
      ExecutorService makers = Executors.newFixedThreadPool(MAKERS);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < MAKERS; t++) {
        running.add(makers.submit(() -> {
          for (int part = nextPart.getAndIncrement(); (long) part * PART < articles; part = nextPart.getAndIncrement()) {
            SyntheticNews made = news.part(42L * 1_000_003L + part);
            SyntheticStories stories = new SyntheticStories(43L + part, (long) part * PART + 1);
            for (int i = part * PART; i < Math.min(articles, (part + 1) * PART); i++) {
              Article a = made.identified(i);
              // seq 0: the index claims no store write it does not have, so opening the library neither clears nor re-adds
              index.put(new StoredArticle(a, 1, 0, now, now, Annotations.NONE), stories.next());
              rows.put(new Item(i, a.id(), a.site(), a.published().instant().toEpochMilli()));
            }
          }
          return null;
        }));
      }
      try {
        for (int done = 0; done < articles; done++) {
          Item item;
          while ((item = rows.poll(1, java.util.concurrent.TimeUnit.SECONDS)) == null) {
            // a maker that failed makes no more rows: say why rather than wait for them
            for (Future<?> f : running) if (f.isDone()) f.get();
          }
          corpus.article(item.n(), item.id(), item.site(), item.published());
          if ((done + 1) % 50_000 == 0) {
            log.printf(Locale.ROOT, "indexed %,d (%.0f/s)%n", done + 1, (done + 1) / ((System.nanoTime() - t0) / 1e9));
          }
        }
        for (Future<?> f : running) f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while building the synthetic index", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("indexing a synthetic article failed: " + e.getCause(), e.getCause());
      } finally {
        makers.shutdownNow();
      }
      index.commit();
    }
    log.printf(Locale.ROOT, "indexed %,d synthetic articles in %.0f s%n", articles, (System.nanoTime() - t0) / 1e9);
  }
}
