package org.lede.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Derives stable article identifiers, so the same article keeps its id across re-ingests and upgrades. */
public final class ArticleIds {
  private ArticleIds() {}

  /**
   * Returns the id of the article at {@code position} in {@code input}, or of the page at {@code canonicalUrl}
   * when one is known: 16 hex digits of a SHA-256.
   */
  public static String of(String canonicalUrl, String input, int position) {
    String key = canonicalUrl != null && !canonicalUrl.isBlank() ? "url:" + canonicalUrl : "input:" + input + "#" + position;
    return sha256Hex(key).substring(0, 16);
  }

  /** Returns the hex SHA-256 of {@code text}'s UTF-8 bytes. */
  public static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the hex SHA-256 of {@code bytes}. */
  public static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /** A digest looked up once: copying it costs far less than asking the providers for one on every call. */
  private static final MessageDigest SHA_256 = lookUp();

  private static MessageDigest lookUp() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      return lookUp();
    }
  }
}
