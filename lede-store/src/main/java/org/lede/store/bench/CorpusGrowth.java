package org.lede.store.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.MediaType;

/**
 * Grows a store with {@link SyntheticCorpus}'s made-up news and the annotations found in it, timing each block of
 * articles apart, so the corpus layer's cost per article can be compared at the first block and at the last. Making
 * up the articles is not timed.
 *
 * <p>Not thread-safe; one store at a time.
 */
public final class CorpusGrowth {
  /** Articles per timed block. */
  public static final int BLOCK = 10_000;

  /**
   * The cost of one block of articles.
   *
   * @param upTo       the store's size when the block was done
   * @param wallMicros wall time per article, in microseconds
   * @param cpuMicros  CPU time of the whole process per article (merges, GC and JIT included), in microseconds
   */
  public record Block(int upTo, double wallMicros, double cpuMicros) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d articles: %.0f µs wall, %.0f µs CPU per article", upTo, wallMicros, cpuMicros);
    }
  }

  private final SyntheticCorpus corpus;
  private final List<Block> blocks = new ArrayList<>();
  private int made;

  /**
   * @param seed     the stream's seed (the same seed makes the same articles)
   * @param articles the most articles the stream will be grown to: sets how many people it names
   */
  public CorpusGrowth(long seed, int articles) {
    corpus = new SyntheticCorpus(seed, articles);
  }

  /** How many articles have been added. */
  public int size() {
    return made;
  }

  /** Every timed block so far, oldest first. */
  public List<Block> blocks() {
    return List.copyOf(blocks);
  }

  /**
   * Continues a stream an earlier process grew a store with: makes up (without storing) the {@code stored} articles
   * the store holds already, so the next one added is the one that process would have added, and takes back the
   * blocks it timed.
   *
   * @throws IllegalStateException when articles have been made already
   */
  public void resume(int stored, List<Block> timed) {
    if (made != 0) throw new IllegalStateException("the stream has started already");
    for (; made < stored; made++) corpus.next(made);
    blocks.addAll(timed);
  }

  /**
   * Adds articles to {@code library} until it holds {@code target} of them, a block at a time, and commits. A block
   * ends at a multiple of {@link #BLOCK}, so a store resumed in the middle of one finishes that block first.
   */
  public void growTo(Library library, int target, PrintStream log) {
    growTo(library, target, log, b -> {});
  }

  /** As {@link #growTo(Library, int, PrintStream)}, telling {@code timed} of each block once it is committed. */
  public void growTo(Library library, int target, PrintStream log, java.util.function.Consumer<Block> timed) {
    while (made < target) {
      int end = Math.min(target, (made / BLOCK + 1) * BLOCK);
      int count = end - made;
      long generating = 0;
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      try (org.lede.library.IngestGroup group = library.group()) {
        for (; made < end; made++) {
          long g = System.nanoTime();
          SyntheticCorpus.Item item = corpus.next(made);
          byte[] page = SyntheticNews.page(item.article()).getBytes(StandardCharsets.UTF_8);
          Document raw = new Document(item.article().canonicalUrl(), page, MediaType.HTML, StandardCharsets.UTF_8,
              Instant.EPOCH, null);
          generating += System.nanoTime() - g;
          group.ingest(raw, List.of(item.article()), List.of(item.annotations()));
        }
      }
      library.commit();
      double wall = (System.nanoTime() - t0 - generating) / 1e3 / count;
      double cpu = (processCpuNanos() - cpu0 - generating) / 1e3 / count;
      Block b = new Block(made, wall, cpu);
      blocks.add(b);
      log.println("  " + b);
      timed.accept(b);
    }
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }
}
