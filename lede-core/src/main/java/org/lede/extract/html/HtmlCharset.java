package org.lede.extract.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.source.TextDecoder;

/**
 * Decodes an HTML page the way a browser would, in the order the page's own signals deserve trust: a byte-order
 * mark, the transport's declared charset, the page's {@code <meta>} declaration, then detection, then
 * windows-1252 (which decodes any byte).
 */
final class HtmlCharset {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int PRESCAN_BYTES = 8192;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.+-]{2,40})", Pattern.CASE_INSENSITIVE);

  private HtmlCharset() {}

  /** The decoded page and the charset it was read with. */
  record Decoded(String text, Charset charset) {}

  static Decoded decode(byte[] bytes, Charset declared) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return of(bytes, 3, StandardCharsets.UTF_8);
    if (startsWith(bytes, 0xFF, 0xFE)) return of(bytes, 2, StandardCharsets.UTF_16LE);
    if (startsWith(bytes, 0xFE, 0xFF)) return of(bytes, 2, StandardCharsets.UTF_16BE);
    if (declared != null) return of(bytes, 0, whatwg(declared));
    Charset meta = metaCharset(bytes);
    // A page declaring a legacy charset is nearly always in it: its first non-ASCII byte usually shows it is not
    // UTF-8, and a byte check that stops there saves decoding the page as UTF-8 first.
    if (meta != null && !meta.equals(StandardCharsets.UTF_8) && !isUtf8(bytes)) return of(bytes, 0, meta);
    String utf8 = strictUtf8(bytes);
    boolean validUtf8 = utf8 != null;
    // Bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever the page says: no legacy encoding of real
    // text passes that test by chance, while re-saved pages that keep a stale declaration are common. And pages
    // that claim UTF-8 but are not (a CMS template over Latin-1 content) are read by detection.
    if (validUtf8 && !isAscii(bytes)) return new Decoded(utf8, StandardCharsets.UTF_8);
    if (meta != null && !meta.equals(StandardCharsets.UTF_8)) return of(bytes, 0, meta);
    if (validUtf8) return new Decoded(utf8, StandardCharsets.UTF_8);
    Charset detected = TextDecoder.detect(bytes);
    if (detected != null && !detected.equals(StandardCharsets.UTF_8)) return of(bytes, 0, whatwg(detected));
    return of(bytes, 0, WINDOWS_1252);
  }

  /** Returns the charset the page declares in a {@code <meta>} tag near its start, or null. */
  static Charset metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    while (m.find()) {
      Charset c = forName(m.group(1));
      if (c != null) return whatwg(c);
    }
    return null;
  }

  /** Applies the WHATWG label mapping: Latin-1 and ASCII mean windows-1252; UTF-16 in markup means UTF-8. */
  private static Charset whatwg(Charset c) {
    String name = c.name().toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1") || name.equals("us-ascii")) return WINDOWS_1252;
    if (name.startsWith("utf-16") || name.startsWith("utf-32")) return StandardCharsets.UTF_8;
    return c;
  }

  private static Charset forName(String label) {
    try {
      return Charset.forName(label.trim());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Decoded of(byte[] bytes, int skip, Charset charset) {
    return new Decoded(new String(bytes, skip, bytes.length - skip, charset), charset);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }

  /** Whether {@code bytes} are well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF). */
  static boolean isUtf8(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      int more;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        more = 1;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        more = 2;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        more = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + more >= n) return false;
      int cp = b & (0x3F >> more);
      for (int k = 1; k <= more; k++) {
        int c = bytes[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) return false;
        cp = cp << 6 | c & 0x3F;
      }
      if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) return false;
      i += more + 1;
    }
    return true;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) if (b < 0) return false;
    return true;
  }

  /**
   * The bytes as UTF-8, or null when they are not valid UTF-8. The lenient decoder is an intrinsic several times
   * faster than a reporting one, and it marks every malformed sequence with U+FFFD: only text holding that
   * character needs the strict check.
   */
  private static String strictUtf8(byte[] bytes) {
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) return lenient;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
