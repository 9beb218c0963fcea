package org.lede.quote;

import java.util.ArrayList;
import java.util.List;

/** Splits text into words and punctuation in one pass, keeping abbreviations like "Gen." and "U.S." whole. */
final class Tokenizer {
  private Tokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 1);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (isWordChar(d)) {
            j++;
          } else if (j + 1 < n && joins(d, text.charAt(j - 1), text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        if (j < n && text.charAt(j) == '.' && takesPeriod(text.substring(i, j))) j++;
        out.add(new Token(i, j, text.substring(i, j)));
        i = j;
        continue;
      }
      if (c == '\'' && i + 2 < n && text.charAt(i + 1) == c && text.charAt(i + 2) == c && i > 0
          && !Character.isWhitespace(text.charAt(i - 1))) {
        // "…, 'Kosovo is a special case,''' Mr. Putin said": the inner quote closes first, then the outer one.
        out.add(new Token(i, i + 1, "'"));
        out.add(new Token(i + 1, i + 3, "''"));
        i += 3;
        continue;
      }
      if ((c == '\'' || c == '`') && i + 1 < n && text.charAt(i + 1) == c) {
        out.add(new Token(i, i + 2, text.substring(i, i + 2)));
        i += 2;
        continue;
      }
      out.add(new Token(i, i + 1, String.valueOf(c)));
      i++;
    }
    return out;
  }

  private static boolean joins(char d, char before, char after) {
    if (d == ',' || d == '/') return Character.isDigit(before) && Character.isDigit(after);
    // Mis-decoded accents ("FranÃÂ§ois") leave Latin-1 symbols and C1 controls inside a word: keep it whole.
    if (d >= '\u0080' && d <= '\u00bf' && d != '\u00a0') return isWordChar(before) && isWordChar(after);
    boolean joiner = d == '\'' || d == '’' || d == '-' || d == '.' || d == '&';
    return joiner && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
  }

  private static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) return true;
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** A period belongs to the word for known abbreviations, initials and dotted acronyms ("U.S."). */
  private static boolean takesPeriod(String word) {
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
    // "U.S.", "a.m.", "Ph.D.": every part between dots is short. "harbourdaily.com." ends its sentence.
    if (word.indexOf('.') > 0) {
      for (String part : word.split("\\.")) if (part.length() > 2) return false;
      return true;
    }
    return Lexicon.ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }
}
