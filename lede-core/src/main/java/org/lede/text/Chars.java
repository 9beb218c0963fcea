package org.lede.text;

/** Tests on the characters of a text that several readers make before trying costlier patterns on it. */
public final class Chars {
  private Chars() {}

  /** Whether {@code s} holds a digit of any script. */
  public static boolean hasDigit(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) return true;
    }
    return false;
  }
}
