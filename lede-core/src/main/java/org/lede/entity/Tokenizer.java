package org.lede.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences of tokens. Whitespace always separates tokens and punctuation is peeled off word
 * edges, so a text that is already tokenized (CoNLL) comes back with the same tokens. Stateless and thread-safe.
 *
 * <p>A "sentence" is also a window of bounded length: a text that never ends a sentence (a run-on page, a list
 * without stops) is cut into windows of at most {@value #MAX_TOKENS} tokens, preferably after a comma or a semicolon
 * once {@value #SOFT_TOKENS} are reached and never inside a run of capitalised words, so the recognizer reads each
 * window in constant time and a text costs time linear in its length.
 */
final class Tokenizer {
  /** From this length a window ends at the next clause break (",", ";", ":", a dash). */
  static final int SOFT_TOKENS = 100;
  /** A window ends here, or at the first word after it that does not continue a name. */
  static final int MAX_TOKENS = 200;
  /** However capitalised the text, a window never grows past this. */
  static final int HARD_TOKENS = 250;
  private static final String LEADING = "\"'“‘([{<$€£¥";
  private static final String TRAILING = "\"'”’)]}>,;:!?";
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "gen", "maj", "col", "lt", "sgt", "capt", "cmdr", "adm", "sen", "rep", "gov", "st",
      "jr", "sr", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
      "no", "vs", "prof", "rev", "mt", "ft", "pres", "supt", "insp", "det", "cpl", "pvt", "messrs", "bros");

  private Tokenizer() {}

  /** Returns the sentences of {@code text}; a line break always ends a sentence. */
  static List<List<Token>> sentences(String text) {
    List<List<Token>> out = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        flush(out, current);
        current = new ArrayList<>();
        i++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(text.charAt(j))) j++;
      int before = current.size();
      chunk(text, i, j, current);
      if (endsSentence(current, before, text, j) || endsWindow(current)) {
        flush(out, current);
        current = new ArrayList<>();
      }
      i = j;
    }
    flush(out, current);
    return out;
  }

  /** Whether a sentence has grown long enough to be cut here: see the class comment. */
  private static boolean endsWindow(List<Token> toks) {
    int n = toks.size();
    if (n < SOFT_TOKENS) return false;
    if (n >= HARD_TOKENS) return true;
    String last = toks.get(n - 1).text();
    if (last.equals(",") || last.equals(";") || last.equals(":") || last.equals("–") || last.equals("—")) return true;
    return n >= MAX_TOKENS && !Character.isUpperCase(last.charAt(0));
  }

  /** Adds a sentence; one "word" split into more tokens than a window holds ("a/b/c/...") becomes several. */
  private static void flush(List<List<Token>> out, List<Token> current) {
    for (int from = 0; from < current.size(); from += HARD_TOKENS) {
      out.add(List.copyOf(current.subList(from, Math.min(current.size(), from + HARD_TOKENS))));
    }
  }

  /** A sentence ends after ". ! ?" (maybe inside a closing quote) when the next word starts a sentence. */
  private static boolean endsSentence(List<Token> toks, int from, String text, int next) {
    if (toks.size() == from) return false;
    int k = toks.size() - 1;
    while (k >= from && "\"'”’)".contains(toks.get(k).text())) k--;
    if (k < from) return false;
    String t = toks.get(k).text();
    if (!t.equals(".") && !t.equals("!") && !t.equals("?")) return false;
    int m = next;
    while (m < text.length() && text.charAt(m) == ' ') m++;
    if (m >= text.length() || text.charAt(m) == '\n') return true;
    char c = text.charAt(m);
    return Character.isUpperCase(c) || c == '“' || c == '"' || c == '‘' || Character.isDigit(c);
  }

  private static void chunk(String text, int s, int e, List<Token> out) {
    List<Token> tail = new ArrayList<>();
    while (s < e && LEADING.indexOf(text.charAt(s)) >= 0 && !isPossessiveAt(text, s, e)) {
      out.add(new Token(text.substring(s, s + 1), s, s + 1));
      s++;
    }
    while (e > s) {
      char c = text.charAt(e - 1);
      if (TRAILING.indexOf(c) >= 0 && !isPossessiveAt(text, s, e) && !(e - s == 1)) {
        if ((c == '\'' || c == '’') && e - s > 2 && (text.charAt(e - 2) == 's' || text.charAt(e - 2) == 'S')) {
          tail.add(0, new Token(text.substring(e - 1, e), e - 1, e));
          e--;
          break;
        }
        tail.add(0, new Token(text.substring(e - 1, e), e - 1, e));
        e--;
      } else if (c == '.' && e - s > 1 && !keepsPeriod(text, s, e)) {
        tail.add(0, new Token(".", e - 1, e));
        e--;
      } else {
        break;
      }
    }
    if (e - s > 2) {
      char a = text.charAt(e - 2);
      char b = text.charAt(e - 1);
      if ((a == '\'' || a == '’') && (b == 's' || b == 'S') && !isPossessiveAt(text, s, e)) {
        tail.add(0, new Token(text.substring(e - 2, e), e - 2, e));
        e -= 2;
      }
    }
    splitDashes(text, s, e, out);
    out.addAll(tail);
  }

  /** En and em dashes ("Japan–US") and slashes ("File/AFP") join words that are names of their own. */
  private static void splitDashes(String text, int s, int e, List<Token> out) {
    int start = s;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if ((c == '–' || c == '—' || c == '/') && e - s > 1) {
        if (k > start) out.add(new Token(text.substring(start, k), start, k));
        out.add(new Token(text.substring(k, k + 1), k, k + 1));
        start = k + 1;
      }
    }
    if (e > start) out.add(new Token(text.substring(start, e), start, e));
  }

  /** "Fla., for" and "Gen. in" are abbreviations: a sentence would not go on in lower case. */
  private static boolean followedByLowercaseOrComma(String text, int e) {
    int m = e;
    while (m < text.length() && text.charAt(m) == ' ') m++;
    if (m >= text.length()) return false;
    char c = text.charAt(m);
    return c == ',' || Character.isLowerCase(c);
  }

  private static boolean isPossessiveAt(String text, int s, int e) {
    if (e - s != 2) return false;
    char a = text.charAt(s);
    char b = text.charAt(s + 1);
    return (a == '\'' || a == '’') && (b == 's' || b == 'S');
  }

  private static boolean keepsPeriod(String text, int s, int e) {
    String w = text.substring(s, e - 1);
    if (w.isEmpty()) return false;
    if (followedByLowercaseOrComma(text, e) && w.length() <= 4 && Character.isUpperCase(w.charAt(0))) return true;
    if (w.length() == 1 && Character.isLetter(w.charAt(0))) return true;
    if (w.indexOf('.') >= 0 && Character.isLetter(w.charAt(w.length() - 1))) return true;
    return ABBREVIATIONS.contains(w.toLowerCase(java.util.Locale.ROOT));
  }
}
