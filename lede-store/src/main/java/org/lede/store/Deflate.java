package org.lede.store;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Compresses raw inputs for storage: fast deflate, since inputs are written once and rarely read. */
final class Deflate {
  private Deflate() {}

  static byte[] compress(byte[] raw) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(raw);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 3));
      byte[] buf = new byte[16 * 1024];
      while (!deflater.finished()) out.write(buf, 0, deflater.deflate(buf));
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  static byte[] decompress(byte[] packed, int size) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(packed);
      byte[] out = new byte[size];
      int n = 0;
      while (n < size && !inflater.finished()) {
        int read = inflater.inflate(out, n, size - n);
        if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
        n += read;
      }
      if (n != size) throw new StoreException("stored content is truncated: " + n + " of " + size + " bytes");
      return out;
    } catch (DataFormatException e) {
      throw new StoreException("stored content is corrupt", e);
    } finally {
      inflater.end();
    }
  }
}
