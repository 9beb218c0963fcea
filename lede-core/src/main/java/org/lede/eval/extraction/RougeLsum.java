package org.lede.eval.extraction;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-LSum, the summary-level longest-common-subsequence score the Web Content Extraction Benchmark gives each
 * page, computed as {@code rouge-score} 0.1.2 does with {@code split_summaries=True}: both texts are split into
 * sentences, each sentence into whitespace tokens (case and punctuation kept); for every sentence of the truth the
 * union of its LCS with each extracted sentence counts its tokens once, capped by how often each token occurs on
 * either side. Sentences are split by {@link BreakIterator} (English rules) where the benchmark uses NLTK's
 * punkt; like punkt, a line break alone ends no sentence. The two agree on ordinary prose and differ on some
 * abbreviations.
 *
 * <p>Stateless and thread-safe. Cost grows with the product of the two texts' token counts.
 */
final class RougeLsum {
  private RougeLsum() {}

  /** Precision, recall and F1 of one page. */
  record Score(double precision, double recall, double f1) {}

  /**
   * Scores {@code extracted} against {@code truth}. An empty truth scores 1 when nothing was extracted either and
   * 0 (recall 1) otherwise, as the benchmark counts its pages judged to have no content.
   */
  static Score score(String extracted, String truth) {
    Map<String, Integer> ids = new HashMap<>();
    List<int[]> ref = sentences(truth, ids);
    List<int[]> cand = sentences(extracted, ids);
    int m = total(ref);
    int n = total(cand);
    if (m == 0) return n == 0 ? new Score(1, 1, 1) : new Score(0, 1, 0);
    if (n == 0) return new Score(0, 0, 0);
    int[] refLeft = counts(ref, ids.size());
    int[] candLeft = counts(cand, ids.size());
    int hits = 0;
    for (int[] r : ref) {
      BitSet union = new BitSet(r.length);
      for (int[] c : cand) lcsIndexes(r, c, union);
      for (int i = union.nextSetBit(0); i >= 0; i = union.nextSetBit(i + 1)) {
        int t = r[i];
        if (candLeft[t] > 0 && refLeft[t] > 0) {
          hits++;
          candLeft[t]--;
          refLeft[t]--;
        }
      }
    }
    double precision = (double) hits / n;
    double recall = (double) hits / m;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1);
  }

  /** Marks in {@code union} the positions of {@code r} on one longest common subsequence with {@code c}. */
  private static void lcsIndexes(int[] r, int[] c, BitSet union) {
    int rows = r.length;
    int cols = c.length;
    int[][] table = new int[rows + 1][cols + 1];
    for (int i = 1; i <= rows; i++) {
      for (int j = 1; j <= cols; j++) {
        table[i][j] = r[i - 1] == c[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
      }
    }
    // The same walk back as rouge-score's _backtrack_norec: a match, else up when not shorter, else left.
    int i = rows;
    int j = cols;
    while (i > 0 && j > 0) {
      if (r[i - 1] == c[j - 1]) {
        union.set(i - 1);
        i--;
        j--;
      } else if (table[i][j - 1] > table[i - 1][j]) {
        j--;
      } else {
        i--;
      }
    }
  }

  private static List<int[]> sentences(String text, Map<String, Integer> ids) {
    List<int[]> out = new ArrayList<>();
    if (text == null || text.isBlank()) return out;
    // punkt ends sentences only at . ? and !, so a line break alone (a headline, a list item) ends none; the
    // BreakIterator would end one at every line break, so line breaks are read as spaces.
    String flat = text.replaceAll("\\R", " ");
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    breaks.setText(flat);
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      int[] tokens = tokens(flat.substring(start, end), ids);
      if (tokens.length > 0) out.add(tokens);
    }
    return out;
  }

  private static int[] tokens(String sentence, Map<String, Integer> ids) {
    String s = sentence.strip();
    if (s.isEmpty()) return new int[0];
    String[] words = s.split("\\s+");
    int[] out = new int[words.length];
    for (int i = 0; i < words.length; i++) out[i] = ids.computeIfAbsent(words[i], w -> ids.size());
    return out;
  }

  private static int total(List<int[]> sentences) {
    int n = 0;
    for (int[] s : sentences) n += s.length;
    return n;
  }

  private static int[] counts(List<int[]> sentences, int vocabulary) {
    int[] counts = new int[vocabulary];
    for (int[] s : sentences) {
      for (int t : s) counts[t]++;
    }
    return counts;
  }
}
