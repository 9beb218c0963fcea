package org.lede.extract.dump;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a dump into its articles. An article starts at the first line, and wherever a headline-like line is
 * followed closely by page metadata or furniture and then text, or printed twice, or follows a separator
 * rule or a blank gap wider than the dump's usual gap between paragraphs. Linear in the number of lines: each
 * candidate start looks at a bounded window ahead.
 */
final class Segmenter {
  /**
   * One article's lines.
   *
   * @param start      its first line
   * @param headerLast the last line of its header ({@link HeaderScan#last()})
   * @param end        the line after its last
   */
  record Segment(int start, int headerLast, int end) {}

  private Segmenter() {}

  /** Returns the articles' line ranges, in order; none when every line is blank. */
  static List<Segment> split(DumpLine[] lines) {
    int boundaryGap = boundaryGap(lines);
    int first = 0;
    while (first < lines.length && lines[first].blank()) first++;
    List<int[]> starts = new ArrayList<>();
    if (first == lines.length) return List.of();
    int headerLast = HeaderScan.scan(lines, first, boundaryGap).last();
    starts.add(new int[] {first, headerLast});
    for (int i = headerLast + 1; i < lines.length; i++) {
      HeaderScan scan = startingAt(lines, i, boundaryGap);
      if (scan != null) {
        starts.add(new int[] {i, scan.last()});
        i = scan.last();
      }
    }
    List<Segment> segments = new ArrayList<>(starts.size());
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : lines.length;
      segments.add(new Segment(starts.get(k)[0], starts.get(k)[1], end));
    }
    return segments;
  }

  /** Returns the header scan when an article starts at line {@code i}, else null. */
  private static HeaderScan startingAt(DumpLine[] lines, int i, int boundaryGap) {
    DumpLine line = lines[i];
    boolean afterBreak = lines[i - 1].kind() != LineKind.TEXT && lines[i - 1].kind() != LineKind.BULLET
        && lines[i - 1].kind() != LineKind.CREDITED;
    if (line.kind() == LineKind.URL) {
      int next = nextNonBlank(lines, i + 1);
      boolean titled = afterBreak && next < lines.length && lines[next].kind() == LineKind.TEXT
          && LineShapes.headlineLike(lines[next].text());
      return titled ? HeaderScan.scan(lines, i, boundaryGap) : null;
    }
    if (line.kind() != LineKind.TEXT || !LineShapes.headlineLike(line.text())) return null;
    HeaderScan scan = HeaderScan.scan(lines, i, boundaryGap);
    if (!scan.text()) return null;
    if (scan.repeated() || afterBreak && scan.strong()) return scan;
    int previous = previousNonBlank(lines, i - 1);
    if (previous >= 0 && lines[previous].kind() == LineKind.SEPARATOR) return scan;
    return i - 1 - previous >= boundaryGap ? scan : null;
  }

  /**
   * Returns the blank-line run that separates articles: wider than the commonest run between two text lines,
   * and at least two.
   */
  static int boundaryGap(DumpLine[] lines) {
    int[] counts = new int[8];
    int run = 0;
    boolean seenText = false;
    for (DumpLine line : lines) {
      if (line.blank()) {
        run++;
        continue;
      }
      if (seenText && run > 0) counts[Math.min(run, counts.length - 1)]++;
      seenText = true;
      run = 0;
    }
    int commonest = 0;
    for (int r = 1; r < counts.length; r++) {
      if (counts[r] > counts[commonest]) commonest = r;
    }
    return Math.max(2, commonest + 1);
  }

  private static int nextNonBlank(DumpLine[] lines, int from) {
    int j = from;
    while (j < lines.length && lines[j].blank()) j++;
    return j;
  }

  private static int previousNonBlank(DumpLine[] lines, int from) {
    int j = from;
    while (j >= 0 && lines[j].blank()) j--;
    return j;
  }
}
