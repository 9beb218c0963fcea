package org.lede.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a response's Content-Encoding (gzip, deflate) without letting a small compressed body expand past the
 * cap.
 *
 * <p>Stateless and thread-safe.
 */
final class ContentCodings {
  private ContentCodings() {}

  /** Thrown when the decoded body would exceed the cap. */
  static final class TooLarge extends Exception {
    TooLarge() {
      super(null, null, false, false);
    }
  }

  /** Returns {@code body} decoded per {@code encoding} (null or identity: as is). */
  static byte[] decode(byte[] body, String encoding, long cap) throws IOException, TooLarge {
    String e = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
    return switch (e) {
      case "", "identity" -> body;
      case "gzip", "x-gzip" -> capped(new GZIPInputStream(new ByteArrayInputStream(body)), cap);
      case "deflate" -> inflate(body, cap);
      default -> throw new IOException("unsupported Content-Encoding: " + encoding);
    };
  }

  /** Returns true when {@code bytes} start with the gzip magic number. */
  static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
  }

  /** Returns {@code bytes} gunzipped, capped at {@code cap}. */
  static byte[] gunzip(byte[] bytes, long cap) throws IOException, TooLarge {
    return capped(new GZIPInputStream(new ByteArrayInputStream(bytes)), cap);
  }

  private static byte[] inflate(byte[] body, long cap) throws IOException, TooLarge {
    // "deflate" should be zlib-wrapped, but many servers send raw deflate.
    try {
      return capped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(false)), cap);
    } catch (java.util.zip.ZipException zlibFailed) {
      return capped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), cap);
    }
  }

  private static byte[] capped(InputStream in, long cap) throws IOException, TooLarge {
    try (in) {
      byte[] out = in.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 16));
      if (out.length > cap) throw new TooLarge();
      return out;
    }
  }
}
