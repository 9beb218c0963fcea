package org.lede.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the title of a film, book or song in quotes as one name: 'his 1994 film "The Harbour Lights"', 'the novels "The
 * Low Road" (1961) and "Salt Winter" (1977)', 'best known for "Under the Pier"'. The recognizer reads the words
 * of a title as the names they look like ("Harbour" a place, "Lights" an organization); a title is a work, an other name
 * (MISC), whole.
 *
 * <p>A quoted phrase is a title when every word is capitalised (bar the small words inside titles) and it is named as
 * a work: a noun like "film" or "novel" just before it, "known for" or "starred in" before it, or its year in
 * brackets after it. A phrase in a list with a title, or quoted again in the article, is a title too. Quoted speech
 * is not title-cased, so it stays as it is. Stateless.
 */
final class WorkTitles {
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

  private WorkTitles() {}

  private static final Set<String> WORKS = Set.of(
      "film", "films", "movie", "movies", "novel", "novels", "book", "books", "song", "songs", "album", "albums",
      "play", "plays", "opera", "musical", "series", "sitcom", "documentary", "biography", "memoir", "memoirs",
      "poem", "poems", "painting", "epic", "single", "titles", "novella", "thriller", "comedy", "drama");

  /** "best known for", "starred in", "appearances in", "his role in": a work follows. */
  private static final Set<String> PERFORMED = Set.of(
      "known", "famous", "starred", "starring", "appeared", "appearances", "appearance", "role", "roles",
      "performance", "performances", "directed", "wrote");

  private static final Set<String> SMALL_WORDS = Set.of(
      "of", "the", "a", "an", "in", "on", "and", "for", "to", "at", "from", "with", "'s", "’s", "de", "la", "le",
      "del", "du", "von");

  /** At most this many words: a longer quoted phrase is a sentence, not a title. */
  private static final int MAX_WORDS = 8;

  static List<NameSpan> apply(TokenizedText t, List<NameSpan> spans) {
    List<int[]> quoted = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (!isQuote(t.word(i))) continue;
      int close = i + 1;
      while (close < t.size() && !isQuote(t.word(close))) close++;
      if (close == t.size()) break;
      int to = close;
      if (to - 1 > i && (t.word(to - 1).equals(",") || t.word(to - 1).equals("."))) to--;
      if (inOneSentence(t, i, close) && isTitleCased(t, i + 1, to)) quoted.add(new int[] {i + 1, to, close});
      i = close;
    }
    if (quoted.isEmpty()) return spans;
    Set<String> titles = new HashSet<>();
    boolean[] title = new boolean[quoted.size()];
    for (int q = 0; q < quoted.size(); q++) {
      int[] p = quoted.get(q);
      if (namedAsWork(t, p[0] - 1, p[2])) {
        title[q] = true;
        titles.add(NameConsistency.key(t, p[0], p[1]));
      }
    }
    // A list of titles names its kind once: '"In the Year of January" (1963), "The Collapse" and "The Knot"'.
    for (int q = 1; q < quoted.size(); q++) {
      if (title[q - 1] && listed(t, quoted.get(q - 1)[2], quoted.get(q)[0] - 1)) title[q] = true;
    }
    for (int q = quoted.size() - 2; q >= 0; q--) {
      if (title[q + 1] && listed(t, quoted.get(q)[2], quoted.get(q + 1)[0] - 1)) title[q] = true;
    }
    for (int q = 0; q < quoted.size(); q++) {
      int[] p = quoted.get(q);
      if (title[q]) titles.add(NameConsistency.key(t, p[0], p[1]));
    }
    // titleOf[i]: the index + 1 of the title token i is in, 0 outside one; spans inside a title give way to it, and a
    // span reaching out of the quotes keeps the title from being read.
    int[] titleOf = new int[t.size()];
    List<int[]> found = new ArrayList<>();
    for (int[] p : quoted) {
      if (!titles.contains(NameConsistency.key(t, p[0], p[1]))) continue;
      found.add(p);
      for (int i = p[0]; i < p[1]; i++) titleOf[i] = found.size();
    }
    if (found.isEmpty()) return spans;
    boolean[] crossed = new boolean[found.size()];
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (NameSpan s : spans) {
      int first = titleOf[s.from()];
      if (first != 0 && first == titleOf[s.to() - 1]) continue;
      for (int i = s.from(); i < s.to(); i++) if (titleOf[i] != 0) crossed[titleOf[i] - 1] = true;
      out.add(s);
    }
    for (int k = 0; k < found.size(); k++) {
      int[] p = found.get(k);
      if (!crossed[k]) out.add(new NameSpan(p[0], p[1], EntityType.MISC, Mention.Source.PATTERN));
    }
    out.sort(Comparator.comparingInt(NameSpan::from));
    return out;
  }

  /** Quotes paired in order; a pair that spans sentences is speech. */
  private static boolean inOneSentence(TokenizedText t, int open, int close) {
    if (close - open > MAX_WORDS + 2) return false;
    for (int i = open + 1; i <= close; i++) if (t.startsSentence(i)) return false;
    return true;
  }

  private static boolean isTitleCased(TokenizedText t, int from, int to) {
    if (to <= from || to - from > MAX_WORDS || !t.token(from).isCapitalized()) return false;
    for (int i = from; i < to; i++) {
      String w = t.word(i);
      boolean ok = t.token(i).isCapitalized() || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))
          || !w.isEmpty() && Character.isDigit(w.charAt(0));
      if (!ok) return false;
    }
    return true;
  }

  /** A work noun or "known for" just before the opening quote, or the year in brackets after the closing one. */
  private static boolean namedAsWork(TokenizedText t, int open, int close) {
    for (int i = open - 1; i >= Math.max(0, open - 2); i--) {
      if (WORKS.contains(t.word(i).toLowerCase(Locale.ROOT))) return true;
    }
    if (open >= 2 && (t.word(open - 1).equals("for") || t.word(open - 1).equals("in"))
        && PERFORMED.contains(t.word(open - 2).toLowerCase(Locale.ROOT))) {
      return true;
    }
    return close + 3 < t.size() && t.word(close + 1).equals("(") && t.word(close + 3).equals(")")
        && YEAR.matcher(t.word(close + 2)).matches();
  }

  /** Two quoted phrases only a comma, "and", "or" or a year in brackets apart: one list. */
  private static boolean listed(TokenizedText t, int closeBefore, int openAfter) {
    int i = closeBefore + 1;
    if (i + 2 < openAfter && t.word(i).equals("(") && t.word(i + 2).equals(")")) i += 3;
    int words = 0;
    for (; i < openAfter; i++) {
      String w = t.word(i);
      if (!w.equals(",") && !w.equals("and") && !w.equals("or")) return false;
      words++;
    }
    return words >= 1 && words <= 2;
  }

  private static boolean isQuote(String w) {
    return w.equals("\"") || w.equals("“") || w.equals("”");
  }
}
