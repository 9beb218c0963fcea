package org.lede.postgres;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a text stream, each at most a bound long: a longer line is skipped to its end without being held, and
 * reported as too long, so memory stays bounded whatever a part file holds.
 *
 * <p>Not thread-safe.
 */
final class BoundedLines {
  /** What {@link #next()} returns for a line longer than the bound. */
  static final String TOO_LONG = new String("(too long)");

  private final Reader in;
  private final int maxChars;
  private final StringBuilder line = new StringBuilder(1 << 14);
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int end;

  BoundedLines(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** Returns the next line without its end ({@code \n} or {@code \r\n}), {@link #TOO_LONG}, or null at the end. */
  String next() throws IOException {
    line.setLength(0);
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buffer);
        pos = 0;
        if (end <= 0) {
          end = 0;
          return any ? finish(tooLong) : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buffer[pos] != '\n') pos++;
      if (!tooLong) {
        if (line.length() + (pos - start) > maxChars) {
          tooLong = true;
          line.setLength(0);
        } else {
          line.append(buffer, start, pos - start);
        }
      }
      if (pos < end) {
        pos++; // the '\n'
        return finish(tooLong);
      }
    }
  }

  private String finish(boolean tooLong) {
    if (tooLong) return TOO_LONG;
    int n = line.length();
    if (n > 0 && line.charAt(n - 1) == '\r') line.setLength(n - 1);
    return line.toString();
  }
}
