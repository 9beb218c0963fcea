package org.lede.eval.quotes;

/**
 * A character span in an article's text, compared after trimming what annotators disagree on at its edges:
 * whitespace, quote marks, final punctuation and a leading "that".
 */
record Span(int start, int end) {
  private static final String EDGE = " \t\n\u00a0\"“”‘’'`«»,.;:";

  static Span normalized(String text, int start, int end) {
    int s = Math.max(0, start);
    int e = Math.min(text.length(), end);
    boolean changed = true;
    while (changed && s < e) {
      changed = false;
      while (s < e && EDGE.indexOf(text.charAt(s)) >= 0) {
        s++;
        changed = true;
      }
      while (e > s && EDGE.indexOf(text.charAt(e - 1)) >= 0) {
        e--;
        changed = true;
      }
      if (e - s > 5 && text.regionMatches(true, s, "that ", 0, 5)) {
        s += 5;
        changed = true;
      }
    }
    return new Span(s, e);
  }

  int length() {
    return end - start;
  }

  /** Intersection over union. */
  double overlap(Span o) {
    int inter = Math.max(0, Math.min(end, o.end) - Math.max(start, o.start));
    int union = Math.max(end, o.end) - Math.min(start, o.start);
    return union == 0 ? 0 : (double) inter / union;
  }

  boolean intersects(Span o) {
    return Math.min(end, o.end) > Math.max(start, o.start);
  }
}
