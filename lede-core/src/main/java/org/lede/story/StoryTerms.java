package org.lede.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a story is matched on: an article's headline and lead, lower-cased, without function words and news
 * boilerplate, plurals folded ("strikes" is "strike"), possessives dropped. (Weighting capitalised words or adding
 * word pairs was tried on the UCI slice and lowered BCubed F1, 0.686 to 0.645 and 0.676; with the member gate and
 * merges, pairs at a quarter of a word's weight still lowered it, 0.751 to 0.746.)
 *
 * <p>Thread-safe (stateless).
 */
public final class StoryTerms {
  private static final Set<String> STOP = Set.of(("a about after again against all also am an and any are as at be "
      + "because been before being between both but by can could did do does doing down during each few for from "
      + "further had has have having he her here hers him his how i if in into is it its just me more most my new no "
      + "nor not now of off on once only or other our out over own same she should so some such than that the their "
      + "them then there these they this those through to too under until up very was we were what when where which "
      + "while who whom why will with would you your says said say report reports video photos photo update updated "
      + "news live watch via vs amid first one two three get gets set sets make makes takes take back year years "
      + "day days week weeks may might us").split(" "));

  private StoryTerms() {}

  /** One term of an article. */
  public record Term(String text) {}

  /** Returns the terms of {@code headline} and {@code lead} (either may be null), in order, repeats kept. */
  public static List<Term> of(String headline, String lead) {
    List<Term> out = new ArrayList<>();
    add(headline, out);
    add(lead, out);
    return out;
  }

  private static void add(String text, List<Term> out) {
    if (text == null) return;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i))
          || (text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
        i++;
      }
      String word = text.substring(start, i);
      String term = fold(word.toLowerCase(Locale.ROOT));
      if (term.length() < 2 || STOP.contains(term) || isNumber(term)) continue;
      out.add(new Term(term));
    }
  }

  /** Drops a possessive and folds a regular plural, so "Apple's" and "strikes" meet "apple" and "strike". */
  static String fold(String w) {
    if (w.endsWith("'s") || w.endsWith("\u2019s")) w = w.substring(0, w.length() - 2);
    w = w.replace("'", "").replace("\u2019", "");
    if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static boolean isNumber(String w) {
    for (int i = 0; i < w.length(); i++) if (!Character.isDigit(w.charAt(i))) return false;
    return true;
  }
}
