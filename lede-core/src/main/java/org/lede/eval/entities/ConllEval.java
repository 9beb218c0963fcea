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
import org.lede.annotate.Annotations;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.entity.EntityFinder;
import org.lede.entity.EntityType;
import org.lede.entity.Mention;

/**
 * Scores entity finding on CoNLL-2003 {@code eng.testa}: the CRF alone against the production path, the
 * annotation stage ingest runs (language gate, CRF, news layer, grouping into entities).
 *
 * <p>Each document is rebuilt as text (tokens joined by spaces, one sentence a line); the CRF alone reads it with
 * {@link EntityFinder#mentions(String)}, the production path as the body of an article given to
 * {@link Annotator#annotate(Article)}, whose entities' mentions are scored. Each mention is mapped back onto the tokens it covers and scored by exact
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
    Annotator production = Annotator.standard();
    for (ConllDocument d : docs) production.annotate(asArticle(d));
    // Thread CPU time, not wall time: the speed of one core, whatever else the machine is running.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    List<List<Mention>> crfOut = docs.stream().map(d -> crf.mentions(d.text())).toList();
    long t1 = cpu.getCurrentThreadCpuTime();
    List<List<Mention>> layerOut = docs.stream().map(d -> mentions(production.annotate(asArticle(d)))).toList();
    long t2 = cpu.getCurrentThreadCpuTime();
    return new ConllResult(file.getFileName().toString(), docs.size(), tokens, score(docs, crfOut),
        score(docs, layerOut), tokens / ((t1 - t0) / 1e9), tokens / ((t2 - t1) / 1e9), heap);
  }

  /**
   * The document as ingest hands an article to the annotation stage: its text as the body, no language stated, so
   * the language gate decides as it does for a page that does not say.
   */
  private static Article asArticle(ConllDocument doc) {
    return Article.builder().addParagraph(doc.text()).build();
  }

  /** Every mention of every entity the annotation stage found, as ingest stores them. */
  private static List<Mention> mentions(Annotations found) {
    return found.entities().stream().flatMap(e -> e.mentions().stream()).toList();
  }

  /**
   * Prints the table for the directory given as the first argument; with {@code --errors}, first every miss of the
   * production path (gold name not found, found with another type, found name not in the gold), each with its line.
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "/work/shared/data/ner-dev");
    if (java.util.Arrays.asList(args).contains("--errors")) printErrors(dir);
    System.out.print(run(dir).table());
  }

  private static void printErrors(Path nerDevDir) {
    List<ConllDocument> docs;
    try {
      docs = ConllDocument.read(nerDevDir.resolve("eng.testa"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Annotator production = Annotator.standard();
    for (ConllDocument doc : docs) {
      Set<ConllDocument.Span> gold = new HashSet<>(doc.gold());
      Set<ConllDocument.Span> found = toSpans(doc, mentions(production.annotate(asArticle(doc))));
      Set<ConllDocument.Span> crfFound = toSpans(doc, EntityFinder.recognizerOnly().mentions(doc.text()));
      for (ConllDocument.Span g : doc.gold()) {
        if (found.contains(g)) continue;
        ConllDocument.Span typed = found.stream()
            .filter(f -> f.first() == g.first() && f.last() == g.last()).findFirst().orElse(null);
        System.out.println((typed == null ? "MISSED " + g.type() : "TYPE " + g.type() + "->" + typed.type())
            + (crfFound.contains(g) ? " (the CRF alone had it)" : "") + " | " + words(doc, g) + " | " + line(doc, g));
      }
      for (ConllDocument.Span f : found) {
        if (gold.contains(f) || doc.gold().stream().anyMatch(g -> g.first() == f.first() && g.last() == f.last())) {
          continue;
        }
        System.out.println("EXTRA " + f.type() + (crfFound.contains(f) ? "" : " (added by the layer)") + " | " + words(doc, f) + " | " + line(doc, f));
      }
    }
  }

  private static String words(ConllDocument doc, ConllDocument.Span s) {
    return doc.text().substring(doc.tokenStarts()[s.first()], doc.tokenEnds()[s.last()]);
  }

  private static String line(ConllDocument doc, ConllDocument.Span s) {
    String text = doc.text();
    int from = text.lastIndexOf('\n', doc.tokenStarts()[s.first()]) + 1;
    int to = text.indexOf('\n', doc.tokenEnds()[s.last()]);
    return text.substring(from, to < 0 ? text.length() : to);
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
