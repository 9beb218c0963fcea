package org.lede.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text for inputs that carry no charset of their own (text dumps, plain text): a byte-order
 * mark wins, then strict UTF-8, then UTF-8 with a few corrupt bytes, then the detector's guess, then
 * windows-1252, which decodes any byte.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** The decoded text and the charset it was read with. */
  public record Decoded(String text, Charset charset) {}

  /** Decodes {@code bytes}, trying a declared charset first when one is given. */
  public static Decoded decode(byte[] bytes, Charset declared) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    if (declared != null) {
      String text = strict(bytes, declared);
      if (text != null) return new Decoded(text, declared);
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8);
    String lenient = mostlyUtf8(bytes);
    if (lenient != null) return new Decoded(lenient, StandardCharsets.UTF_8);
    Charset detected = detect(bytes);
    if (detected != null && !detected.equals(StandardCharsets.UTF_8)) {
      return new Decoded(new String(bytes, detected), detected);
    }
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
  }

  /** Returns the charset the universal detector guesses for {@code bytes}, or null. */
  public static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 16));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) return null;
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, Charset charset) {
    try {
      CharBuffer chars = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Returns {@code bytes} decoded as UTF-8 with bad sequences replaced, when the well-formed multi-byte characters
   * far outnumber the bad ones; else null. A scraped page with one cut-off character is still UTF-8, and reading
   * it as windows-1252 would garble every curly quote and accent in it.
   */
  private static String mostlyUtf8(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int replaced = 0;
    int wellFormed = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') replaced++;
      else if (c > 0x7F) wellFormed++;
    }
    // Single-byte text (Latin-1, windows-1252) almost never forms valid multi-byte sequences by accident.
    return wellFormed > 2 * replaced ? text : null;
  }
}
