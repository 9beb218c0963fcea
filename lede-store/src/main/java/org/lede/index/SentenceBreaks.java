package org.lede.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found by a forward scan: after '.', '!', '?' or '…' (and any closing quote or
 * bracket) followed by whitespace, and at every line end. The JDK's rule-based sentence iterator gives finer
 * answers, but its {@code preceding} walks back over the text again for every passage, which made highlighting
 * most of a search's cost on long bodies; a snippet needs a readable cut, not a linguist's.
 *
 * <p>Boundaries are computed once per text. Not thread-safe, as no {@link BreakIterator} is.
 */
final class SentenceBreaks extends BreakIterator {
  private String text = "";
  private int[] bounds = {0};
  private int count = 1;
  private int current;

  @Override
  public int first() {
    current = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    current = count - 1;
    return bounds[current];
  }

  @Override
  public int next(int n) {
    int target = current + n;
    if (target < 0 || target >= count) {
      current = target < 0 ? 0 : count - 1;
      return DONE;
    }
    current = target;
    return bounds[current];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    int i = firstAbove(offset);
    if (i >= count) {
      current = count - 1;
      return DONE;
    }
    current = i;
    return bounds[i];
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    int i = firstAbove(offset - 1) - 1;
    if (i < 0) {
      current = 0;
      return DONE;
    }
    current = i;
    return bounds[i];
  }

  @Override
  public boolean isBoundary(int offset) {
    checkOffset(offset);
    int i = firstAbove(offset - 1);
    return i < count && bounds[i] == offset;
  }

  @Override
  public int current() {
    return bounds[current];
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    scan();
  }

  @Override
  public void setText(CharacterIterator it) {
    StringBuilder b = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
    for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) b.append(c);
    setText(b.toString());
  }

  private void scan() {
    int n = text.length();
    int[] out = new int[Math.max(4, n / 64)];
    int k = 0;
    out[k++] = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int end = -1;
      if (c == '\n') {
        end = i + 1;
      } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) j++;
        // A line end right after the stop is the boundary itself: the newline rule takes it.
        if (j < n && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
          while (j < n && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') j++;
          end = j;
          i = j - 1;
        }
      }
      if (end > out[k - 1] && end < n) {
        if (k == out.length) out = java.util.Arrays.copyOf(out, k * 2);
        out[k++] = end;
      }
    }
    if (n > out[k - 1]) {
      if (k == out.length) out = java.util.Arrays.copyOf(out, k + 1);
      out[k++] = n;
    }
    bounds = out;
    count = k;
    current = 0;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
  }

  /** The index of the first boundary greater than {@code offset}; {@code count} when there is none. */
  private int firstAbove(int offset) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (bounds[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
    }
  }
}
