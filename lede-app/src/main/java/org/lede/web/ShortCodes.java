package org.lede.web;

import java.util.Optional;

/**
 * Short codes for article URLs ({@code /s/{code}}): the article id's 64 bits written in base62, so a code is at
 * most 11 characters, the same every time, decodes without a lookup table, and two ids never share one.
 *
 * <p>Thread-safe (stateless).
 */
public final class ShortCodes {
  private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final int MAX_LENGTH = 11;

  private ShortCodes() {}

  /**
   * Returns the short code of an article id.
   *
   * @param id an article id: 16 hex digits (see {@code org.lede.extract.ArticleIds})
   * @return the code, or empty when {@code id} is not of that form
   */
  public static Optional<String> encode(String id) {
    if (id == null || id.length() != 16 || !id.chars().allMatch(ShortCodes::isLowerHex)) return Optional.empty();
    long value = Long.parseUnsignedLong(id, 16);
    StringBuilder out = new StringBuilder(MAX_LENGTH);
    do {
      out.append(DIGITS.charAt((int) Long.remainderUnsigned(value, 62)));
      value = Long.divideUnsigned(value, 62);
    } while (value != 0);
    return Optional.of(out.reverse().toString());
  }

  /** Returns the article id a code stands for, or empty when it is not a code {@link #encode} could have made. */
  public static Optional<String> decode(String code) {
    if (code == null || code.isEmpty() || code.length() > MAX_LENGTH) return Optional.empty();
    long value = 0;
    for (int i = 0; i < code.length(); i++) {
      int digit = DIGITS.indexOf(code.charAt(i));
      if (digit < 0) return Optional.empty();
      long shifted = value * 62;
      long next = shifted + digit;
      if (Math.unsignedMultiplyHigh(value, 62) != 0 || Long.compareUnsigned(next, shifted) < 0) return Optional.empty();
      value = next;
    }
    String id = String.format("%016x", value);
    // a leading zero digit would give a second spelling of the same id; only the canonical one is accepted
    return encode(id).filter(code::equals).map(c -> id);
  }

  private static boolean isLowerHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }
}
