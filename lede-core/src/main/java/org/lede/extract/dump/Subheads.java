package org.lede.extract.dump;

/**
 * Tells a crosshead inside a body ("CHALLENGES WITH CHINA, JITTERY MARKETS", "What happens next") from a
 * paragraph: a line in capitals, or a short title-like line without closing punctuation, that introduces a
 * paragraph of ordinary text.
 */
final class Subheads {
  private Subheads() {}

  /** Lines at least this long that end mid-sentence are wrapped lines, not titles. */
  private static final int WRAP_WIDTH = 50;

  /**
   * Returns whether line {@code j} of {@code lines}, in a body ending before line {@code end}, is a subhead. In a
   * hard-wrapped body a subhead must also stand alone between blank lines.
   */
  static boolean isSubhead(DumpLine[] lines, int j, int end, boolean wrapped) {
    String text = lines[j].text();
    boolean caps = LineShapes.allCaps(text);
    if (!caps && !LineShapes.shortTitle(text)) return false;
    if (wrapped && (j > 0 && !lines[j - 1].blank() || j + 1 < end && !lines[j + 1].blank())) return false;
    int next = j + 1;
    while (next < end && lines[next].kind() != LineKind.TEXT && lines[next].kind() != LineKind.CREDITED
        && lines[next].kind() != LineKind.BULLET) {
      next++;
    }
    if (next >= end) return false;
    // A short line right above a photo credit is that photo's caption.
    int below = j + 1;
    while (below < end && lines[below].blank()) below++;
    if (below < end && lines[below].kind() == LineKind.CAPTION) return false;
    String following = lines[next].text();
    // A run of short lines is a list, not a subhead and its paragraph.
    return !LineShapes.allCaps(following) && !LineShapes.shortTitle(following);
  }

  /**
   * Returns whether the body in lines {@code [from, end)} is hard-wrapped: many of its long lines stop mid-sentence
   * and run straight into the next line.
   */
  static boolean hardWrapped(DumpLine[] lines, int from, int end) {
    int text = 0;
    int wrappedLines = 0;
    for (int j = from; j < end; j++) {
      if (lines[j].kind() != LineKind.TEXT) continue;
      text++;
      String t = lines[j].text();
      if (t.length() >= WRAP_WIDTH && !LineShapes.endsSentence(t) && j + 1 < end && lines[j + 1].kind() == LineKind.TEXT) {
        wrappedLines++;
      }
    }
    return wrappedLines >= 3 && wrappedLines * 4 >= text;
  }
}
