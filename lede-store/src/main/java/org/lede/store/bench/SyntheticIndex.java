package org.lede.store.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.lede.annotate.Annotations;
import org.lede.index.ArticleIndex;
import org.lede.store.ArticleStore;
import org.lede.store.StoredArticle;

/**
 * Builds a data directory whose search index holds many synthetic articles while its store holds none: what the
 * analyst's view reads (counts, facets, term statistics, stored bodies) is all in the index, so its speed at a
 * million articles can be measured without the hours it takes to store them one transaction at a time. The index
 * is stamped as caught up with its (empty) store, so {@code Library.open} keeps it.
 *
 * <p>Not thread-safe; one build at a time.
 */
public final class SyntheticIndex {
  private static final int VOCABULARY = 30_000;

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
    try (ArticleIndex index = ArticleIndex.open(dataDir.resolve("index"))) {
      index.clear(storeId);
      for (int i = 0; i < articles; i++) {
        // seq 0: the index claims no store write it does not have, so opening the library neither clears nor re-adds
        index.put(new StoredArticle(news.identified(i), 1, 0, now, now, Annotations.NONE));
        index.commitIfDue();
        if ((i + 1) % 50_000 == 0) {
          log.printf(Locale.ROOT, "indexed %,d (%.0f/s)%n", i + 1, (i + 1) / ((System.nanoTime() - t0) / 1e9));
        }
      }
      index.commit();
    }
    log.printf(Locale.ROOT, "indexed %,d synthetic articles in %.0f s%n", articles, (System.nanoTime() - t0) / 1e9);
  }
}
