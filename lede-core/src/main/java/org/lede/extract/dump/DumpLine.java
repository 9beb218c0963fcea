package org.lede.extract.dump;

/**
 * One line of a dump, stripped, with its kind.
 *
 * @param text the line without surrounding whitespace (no-break and zero-width spaces included)
 * @param kind what the line is on its own
 */
record DumpLine(String text, LineKind kind) {
  boolean blank() {
    return kind == LineKind.BLANK;
  }
}
