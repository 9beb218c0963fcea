package org.lede.extract.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines of a byte stream, each at most a cap long: a longer line is skipped to its end and reported, never held.
 * Line ends are {@code \n} or {@code \r\n}; a UTF-8 byte-order mark at the start is dropped. Reads a byte at a
 * time: give it a buffered stream. Not thread-safe.
 */
public final class LineSource {
  /** One line, or why it was skipped. */
  public record Line(long number, byte[] bytes, boolean tooLong) {
    /** The line as UTF-8 text. */
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private final InputStream in;
  private final long cap;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
  private long number;

  public LineSource(InputStream in, long cap) {
    this.in = in;
    this.cap = cap;
  }

  /** Returns the next line, or null at the end of the stream. */
  public Line next() throws IOException {
    buffer.reset();
    boolean tooLong = false;
    int b = in.read();
    if (b < 0) return null;
    while (b >= 0 && b != '\n') {
      if (!tooLong) {
        if (buffer.size() >= cap) {
          tooLong = true;
          buffer.reset();
        } else buffer.write(b);
      }
      b = in.read();
    }
    number++;
    if (tooLong) return new Line(number, new byte[0], true);
    byte[] bytes = buffer.toByteArray();
    int from = number == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    int to = bytes.length > from && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return new Line(number, from == 0 && to == bytes.length ? bytes : Arrays.copyOfRange(bytes, from, to), false);
  }

  /** Returns the longest line, in bytes, this source hands out. */
  long cap() {
    return cap;
  }

  /** Returns how many lines were read so far. */
  long lineNumber() {
    return number;
  }
}
