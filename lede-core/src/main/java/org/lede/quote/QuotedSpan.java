package org.lede.quote;

/**
 * Text between a pair of quote marks inside one paragraph.
 *
 * @param open      offset of the opening mark
 * @param start     offset of the first content character
 * @param end       offset just past the last content character
 * @param close     offset just past the closing mark, or the paragraph's end when the quote runs on
 * @param paragraph index of the paragraph holding it
 * @param closed    false when the paragraph ends before a closing mark (the quote goes on in the next paragraph)
 */
record QuotedSpan(int open, int start, int end, int close, int paragraph, boolean closed) {

  boolean contains(int offset) {
    return offset >= open && offset < close;
  }
}
