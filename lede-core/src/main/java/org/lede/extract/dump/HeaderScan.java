package org.lede.extract.dump;

import java.util.HashSet;
import java.util.Set;

/**
 * What follows a possible headline within a few lines: page metadata and furniture, the headline printed again,
 * key points, a caption, and whether body text comes after them. Looks at a bounded window, so scanning every
 * line of a dump stays linear.
 *
 * @param last     the last line of the header: its last metadata, furniture, repeated headline, key point or
 *                 caption line (the start itself when there is none)
 * @param strong   whether metadata, header furniture, a URL or a repeated headline was seen
 * @param repeated whether a headline-like line was printed twice
 * @param text     whether text lines follow the last strong marker (a header, not a page footer)
 */
record HeaderScan(int last, boolean strong, boolean repeated, boolean text) {
  /** The most lines looked at after a start. */
  private static final int MAX_LINES = 60;
  /** The most non-blank lines looked at after a start: a page header with every share button fits. */
  private static final int MAX_NON_BLANK = 30;
  /** Text lines seen before the body is taken to have begun: a kicker, the headline, a dek. */
  private static final int MAX_TEXT = 3;

  /** Scans the header that would start at line {@code start}; a blank run of {@code boundaryGap} ends it. */
  static HeaderScan scan(DumpLine[] lines, int start, int boundaryGap) {
    Set<String> titles = new HashSet<>();
    DumpLine first = lines[start];
    if (first.kind() == LineKind.TEXT && LineShapes.headlineLike(first.text())) titles.add(LineShapes.key(first.text()));
    int last = start;
    boolean strong = false;
    boolean repeated = false;
    boolean text = false;
    int plain = 0;
    int plainSinceStrong = 0;
    int blankRun = 0;
    int nonBlank = 0;
    for (int j = start + 1; j < lines.length && j - start <= MAX_LINES && nonBlank < MAX_NON_BLANK; j++) {
      DumpLine line = lines[j];
      if (line.blank()) {
        if (++blankRun >= boundaryGap) break;
        continue;
      }
      blankRun = 0;
      nonBlank++;
      LineKind kind = line.kind();
      if (kind == LineKind.SEPARATOR) break;
      if (kind == LineKind.CLUTTER) continue;
      boolean repeat = kind == LineKind.TEXT && LineShapes.headlineLike(line.text())
          && titles.contains(LineShapes.key(line.text()));
      if (repeat || kind == LineKind.META || kind == LineKind.HEADER_CLUTTER || kind == LineKind.URL) {
        strong = true;
        repeated |= repeat;
        last = j;
        plainSinceStrong = 0;
        text = false;
        continue;
      }
      boolean headerPart = kind == LineKind.BULLET || kind == LineKind.CAPTION || kind == LineKind.CREDITED;
      if (headerPart && plainSinceStrong == 0) {
        last = j;
        continue;
      }
      text = true;
      if (kind == LineKind.TEXT && Datelines.starts(line.text())) break;
      plain++;
      plainSinceStrong++;
      if (plain >= MAX_TEXT) break;
      if (kind == LineKind.TEXT && LineShapes.headlineLike(line.text())) titles.add(LineShapes.key(line.text()));
    }
    return new HeaderScan(last, strong, repeated, text);
  }
}
