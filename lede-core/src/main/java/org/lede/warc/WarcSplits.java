package org.lede.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;

/**
 * Finds where records start inside a WARC file, so that a split of it can begin at a record: in a gzipped WARC each
 * record is a gzip member of its own, so a record starts where a gzip header does and a WARC record decompresses
 * from it; in an uncompressed one, at a line that starts {@code WARC/} and parses as a record header. Each candidate is
 * confirmed by reading a record there, so bytes that only look like a header inside a page are passed over.
 */
final class WarcSplits {
  private static final int BLOCK = 1 << 16;

  private WarcSplits() {}

  /**
   * Positions {@code reader} at the first record that starts in {@code [from, to)}; returns false when none does.
   *
   * @param channel the file {@code reader} reads, used to scan bytes for candidates
   */
  static boolean seekRecord(WarcReader reader, FileChannel channel, long from, long to) throws IOException {
    boolean gzip = reader.compression() == WarcCompression.GZIP;
    byte[] marker = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : new byte[] {'\n', 'W', 'A', 'R', 'C', '/'};
    // an uncompressed record starts after the line end: look from one byte earlier so a record at 'from' is found
    long start = gzip ? from : from - 1;
    long end = Math.min(to, channel.size());
    ByteBuffer block = ByteBuffer.allocate(BLOCK + marker.length);
    for (long at = start; at < end; at += BLOCK) {
      block.clear();
      int n = channel.read(block, at);
      if (n <= 0) return false;
      byte[] bytes = block.array();
      for (int i = 0; i < Math.min(n, BLOCK); i++) {
        if (!matches(bytes, i, n, marker)) continue;
        long candidate = at + i + (gzip ? 0 : 1);
        if (candidate < from) continue;
        if (candidate >= end) return false;
        if (recordAt(reader, candidate)) return true;
      }
    }
    return false;
  }

  private static boolean matches(byte[] bytes, int i, int n, byte[] marker) {
    if (i + marker.length > n) return false;
    for (int k = 0; k < marker.length; k++) {
      if (bytes[i + k] != marker[k]) return false;
    }
    return true;
  }

  /** Whether a record can be read at {@code position}; leaves the reader there to read it again. */
  private static boolean recordAt(WarcReader reader, long position) {
    try {
      reader.position(position);
      if (reader.next().isEmpty()) return false;
      reader.position(position);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
