package org.lede.eval.entities;

import java.util.List;
import java.util.Locale;

/**
 * Scores of the CRF alone and of Lede's production path (the annotation stage as ingest runs it) on one CoNLL file.
 *
 * @param file                  the file scored
 * @param documents             documents read
 * @param tokens                tokens read
 * @param recognizer            per-type and overall ("ALL", last) scores of the CRF alone
 * @param layer                 the same for the production path: language gate, CRF, news layer, entity grouping
 * @param recognizerTokensPerSecond single-thread speed of the CRF alone
 * @param layerTokensPerSecond  single-thread speed of the whole annotation stage (quotes, numbers and dates too)
 * @param modelHeapBytes        heap the loaded model holds (0 when it was already loaded before the run)
 */
public record ConllResult(
    String file,
    int documents,
    int tokens,
    List<TypeScore> recognizer,
    List<TypeScore> layer,
    double recognizerTokensPerSecond,
    double layerTokensPerSecond,
    long modelHeapBytes) {

  /** Returns the overall F1 the layer adds to the CRF alone, in points (0-100). */
  public double gainF1Points() {
    return 100 * (layer.getLast().f1() - recognizer.getLast().f1());
  }

  /** Returns a plain-text table: P/R/F1 per type for both systems, then speed and heap. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "CoNLL-2003 %s: %d documents, %d tokens, exact-span scoring%n",
        file, documents, tokens));
    b.append(String.format(Locale.ROOT, "%-5s | %-24s | %-24s | %s%n", "type", "CRF alone  P / R / F1",
        "production   P / R / F1", "gold"));
    for (int i = 0; i < recognizer.size(); i++) {
      TypeScore a = recognizer.get(i);
      TypeScore l = layer.get(i);
      b.append(String.format(Locale.ROOT, "%-5s | %6.2f %6.2f %6.2f     | %6.2f %6.2f %6.2f     | %d%n", a.type(),
          100 * a.precision(), 100 * a.recall(), 100 * a.f1(),
          100 * l.precision(), 100 * l.recall(), 100 * l.f1(), a.gold()));
    }
    b.append(String.format(Locale.ROOT, "F1 gain of the production path over the CRF alone: %+.2f points%n", gainF1Points()));
    b.append(String.format(Locale.ROOT, "tokens/s on one thread: CRF alone %.0f, whole annotation stage %.0f%n",
        recognizerTokensPerSecond, layerTokensPerSecond));
    b.append(String.format(Locale.ROOT, "model heap: %d MB%n", modelHeapBytes >> 20));
    return b.toString();
  }
}
