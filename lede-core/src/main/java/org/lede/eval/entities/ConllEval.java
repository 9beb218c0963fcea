package org.lede.eval.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lede.entity.EntityFinder;
import org.lede.entity.EntityType;
import org.lede.entity.Mention;

/**
 * Scores entity finding on CoNLL-2003 {@code eng.testa}: the CRF alone against the CRF with Lede's news layer.
 *
 * <p>Each document is rebuilt as text (tokens joined by spaces, one sentence a line) and given to
 * {@link EntityFinder#mentions(String)}; each mention is mapped back onto the tokens it covers and scored by exact
 * span and type, as conlleval does. Run from a fresh JVM for a meaningful model-heap figure:
 * {@code java -cp ... org.lede.eval.entities.ConllEval /work/shared/data/ner-dev}.
 *
 * <p>Thread-safe: holds no state.
 */
public final class ConllEval {
  private static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  private ConllEval() {}

  /**
   * Runs the evaluation.
   *
   * @param nerDevDir the directory holding {@code eng.testa}
   * @return scores, speed and model heap
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ConllResult run(Path nerDevDir) {
    Path file = nerDevDir.resolve("eng.testa");
    List<ConllDocument> docs;
    try {
      docs = ConllDocument.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    long heap = modelHeap();
    int tokens = docs.stream().mapToInt(ConllDocument::tokenCount).sum();
    EntityFinder crf = EntityFinder.recognizerOnly();
    EntityFinder layer = EntityFinder.standard();
    for (ConllDocument d : docs) layer.mentions(d.text());
    // Thread CPU time, not wall time: the speed of one core, whatever else the machine is running.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    List<List<Mention>> crfOut = docs.stream().map(d -> crf.mentions(d.text())).toList();
    long t1 = cpu.getCurrentThreadCpuTime();
    List<List<Mention>> layerOut = docs.stream().map(d -> layer.mentions(d.text())).toList();
    long t2 = cpu.getCurrentThreadCpuTime();
    return new ConllResult(file.getFileName().toString(), docs.size(), tokens, score(docs, crfOut),
        score(docs, layerOut), tokens / ((t1 - t0) / 1e9), tokens / ((t2 - t1) / 1e9), heap);
  }

  /** Prints the table for the directory given as the only argument. */
  public static void main(String[] args) {
    System.out.print(run(Path.of(args.length > 0 ? args[0] : "/work/shared/data/ner-dev")).table());
  }

  private static long modelHeap() {
    long before = usedHeap();
    EntityFinder.recognizerOnly().mentions("Warm up in Paris.");
    return Math.max(0, usedHeap() - before);
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) System.gc();
    return r.totalMemory() - r.freeMemory();
  }

  static List<TypeScore> score(List<ConllDocument> docs, List<List<Mention>> predicted) {
    int[] tp = new int[5];
    int[] pred = new int[5];
    int[] gold = new int[5];
    for (int d = 0; d < docs.size(); d++) {
      ConllDocument doc = docs.get(d);
      Set<ConllDocument.Span> goldSpans = new HashSet<>(doc.gold());
      for (ConllDocument.Span g : goldSpans) {
        gold[TYPES.indexOf(g.type())]++;
        gold[4]++;
      }
      for (ConllDocument.Span p : toSpans(doc, predicted.get(d))) {
        int k = TYPES.indexOf(p.type());
        pred[k]++;
        pred[4]++;
        if (goldSpans.contains(p)) {
          tp[k]++;
          tp[4]++;
        }
      }
    }
    List<TypeScore> out = new ArrayList<>();
    for (int k = 0; k < 4; k++) out.add(new TypeScore(TYPES.get(k), tp[k], pred[k], gold[k]));
    out.add(new TypeScore("ALL", tp[4], pred[4], gold[4]));
    return out;
  }

  private static Set<ConllDocument.Span> toSpans(ConllDocument doc, List<Mention> mentions) {
    Set<ConllDocument.Span> out = new HashSet<>();
    for (Mention m : mentions) {
      int first = tokenAt(doc, m.start());
      int last = tokenAt(doc, m.end() - 1);
      if (first < 0 || last < first) continue;
      out.add(new ConllDocument.Span(first, last, label(m.type())));
    }
    return out;
  }

  private static int tokenAt(ConllDocument doc, int offset) {
    int i = java.util.Arrays.binarySearch(doc.tokenStarts(), offset);
    return i >= 0 ? i : -i - 2;
  }

  private static String label(EntityType t) {
    return switch (t) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case MISC -> "MISC";
    };
  }
}
