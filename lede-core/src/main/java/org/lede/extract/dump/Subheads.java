package org.lede.extract.dump;

/**
 * Tells a crosshead inside a body ("CHALLENGES WITH CHINA, JITTERY MARKETS", "What happens next") from a
 * paragraph: a line in capitals, or a short title-like line without closing punctuation, that introduces a
 * paragraph of ordinary text.
 */
final class Subheads {
  private Subheads() {}

  /** Returns whether line {@code j} of {@code lines}, in a body ending before line {@code end}, is a subhead. */
  static boolean isSubhead(DumpLine[] lines, int j, int end) {
    String text = lines[j].text();
    boolean caps = LineShapes.allCaps(text);
    if (!caps && !LineShapes.shortTitle(text)) return false;
    int next = j + 1;
    while (next < end && lines[next].kind() != LineKind.TEXT && lines[next].kind() != LineKind.CREDITED
        && lines[next].kind() != LineKind.BULLET) {
      next++;
    }
    if (next >= end) return false;
    String following = lines[next].text();
    // A run of short lines is a list, not a subhead and its paragraph.
    return !LineShapes.allCaps(following) && !LineShapes.shortTitle(following);
  }
}
