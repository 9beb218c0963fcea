package org.lede.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quote marks paragraph by paragraph: curly and straight, double and single, and the doubled apostrophes
 * ({@code ''}) some wires use. A single quote counts only outside double quotes and only when it is not an
 * apostrophe ("Russia’s", "didn’t").
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** Returns the quoted spans of the paragraphs that start at {@code starts[i]} and end at {@code ends[i]}. */
  static List<QuotedSpan> find(String text, int[] starts, int[] ends) {
    List<QuotedSpan> out = new ArrayList<>();
    for (int p = 0; p < starts.length; p++) findIn(text, starts[p], ends[p], p, out);
    return out;
  }

  private static void findIn(String text, int from, int to, int paragraph, List<QuotedSpan> out) {
    int open = -1;
    int openLen = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '\'' && i > from && i + 2 < to && text.charAt(i + 1) == c && text.charAt(i + 2) == c
          && !Character.isWhitespace(text.charAt(i - 1))) {
        // "'Kosovo is a special case,''' Mr. Putin said": the first mark closes the inner quote, the pair the outer.
        i++;
        continue;
      }
      int len = doubleMarkLength(text, i, to);
      if (len > 0) {
        // "”Fear. I am truly afraid …”": a closing mark typed at a line's start, before a word, opens.
        boolean misturned = c == '”' && i == from && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
        boolean curlyOpen = c == '“' || c == '«' || c == '`' || misturned;
        boolean curlyClose = c == '”' && !misturned || c == '»';
        if (open < 0 && !curlyClose && (curlyOpen || opensHere(text, i, len, from, to))) {
          open = i;
          openLen = len;
        } else if (open >= 0 && !curlyOpen) {
          add(text, open, open + openLen, i, i + len, paragraph, true, out);
          open = -1;
        } else if (open >= 0 && curlyOpen) {
          // An opening mark inside an open quote: the earlier one was never closed; start again here.
          open = i;
          openLen = len;
        }
        i += len;
        continue;
      }
      if (open < 0 && (c == '‘' || c == '\'') && singleOpens(text, i, from, to)) {
        int close = singleClose(text, i + 1, to);
        if (close > 0) {
          add(text, i, i + 1, close, close + 1, paragraph, true, out);
          i = close + 1;
          continue;
        }
      }
      i++;
    }
    if (open >= 0) add(text, open, open + openLen, to, to, paragraph, false, out);
  }

  private static int doubleMarkLength(String text, int i, int to) {
    char c = text.charAt(i);
    if (c == '“' || c == '”' || c == '"' || c == '«' || c == '»') return 1;
    if ((c == '\'' || c == '`') && i + 1 < to && text.charAt(i + 1) == c) return 2;
    return 0;
  }

  /** A straight mark opens when it stands before a word and after a space, a bracket or the paragraph start. */
  private static boolean opensHere(String text, int i, int len, int from, int to) {
    boolean before = i == from || !Character.isLetterOrDigit(text.charAt(i - 1)) && !isClosingPunct(text.charAt(i - 1));
    boolean after = i + len < to && !Character.isWhitespace(text.charAt(i + len));
    return before && after;
  }

  private static boolean isClosingPunct(char c) {
    return c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':';
  }

  private static boolean singleOpens(String text, int i, int from, int to) {
    boolean before = i == from || Character.isWhitespace(text.charAt(i - 1)) || "(—–-\"“".indexOf(text.charAt(i - 1)) >= 0;
    return before && i + 1 < to && Character.isLetter(text.charAt(i + 1));
  }

  /** The next single mark that ends a word group and is not an apostrophe inside a word. */
  private static int singleClose(String text, int from, int to) {
    for (int j = from; j < to; j++) {
      char c = text.charAt(j);
      if (c == '“' || c == '"' || c == '”') return -1;
      if ((c == '’' || c == '\'') && j > from && !Character.isWhitespace(text.charAt(j - 1))) {
        boolean wordAfter = j + 1 < to && Character.isLetter(text.charAt(j + 1));
        boolean pluralPossessive = text.charAt(j - 1) == 's' && j + 1 < to && text.charAt(j + 1) == ' '
            && j + 2 < to && Character.isLowerCase(text.charAt(j + 2));
        if (!wordAfter && !pluralPossessive) return j;
      }
    }
    return -1;
  }

  private static void add(String text, int open, int start, int end, int close, int paragraph, boolean closed,
      List<QuotedSpan> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new QuotedSpan(open, start, end, close, paragraph, closed));
  }
}
