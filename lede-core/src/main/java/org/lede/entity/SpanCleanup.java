package org.lede.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes what the recognizer gets wrong on news pages: pronouns and page clutter are never names, and titles
 * ("Maj. Gen.", "Prime Minister") and possessive endings are not part of a person's name. Stateless.
 */
final class SpanCleanup {
  private SpanCleanup() {}

  /** Titles only a person bears: a name they begin is a person's, whatever the recognizer said. */
  private static final java.util.Set<String> PERSONAL_TITLES = java.util.Set.of(
      "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor", "mayor", "president", "premier",
      "judge", "sheikh", "maj", "gen", "col", "lt", "sgt", "capt", "adm", "prof", "rev", "congressman",
      "congresswoman", "ambassador", "chancellor");

  static List<NameSpan> apply(TokenizedText t, List<NameSpan> spans) {
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (NameSpan s : spans) {
      int from = s.from();
      int to = s.to();
      while (to > from && isPunctuation(t.word(to - 1)) && !closesBracket(t, from, to)) to--;
      while (from < to && isPunctuation(t.word(from)) && !opensBracket(t, from, to)) from++;
      EntityType type = s.type();
      if (type != EntityType.PERSON && to - from >= 2 && to - from <= 4 && PERSONAL_TITLES.contains(NewsWords.key(t.word(from)))
          && t.token(from + 1).isCapitalized()) {
        type = EntityType.PERSON;
      }
      if (type == EntityType.PERSON) {
        while (to - from > 1 && NewsWords.isTitleWord(t.word(from))) from++;
      }
      if (from >= to) continue;
      if (allPronouns(t, from, to) || NewsWords.isClutter(t.words(from, to))) continue;
      if (!hasLetter(t, from, to)) continue;
      out.add(from == s.from() && to == s.to() && type == s.type() ? s : new NameSpan(from, to, type, s.source()));
    }
    return out;
  }

  /** "( Ned ) Marlow": an opening bracket whose closing one is inside the name stays. */
  private static boolean opensBracket(TokenizedText t, int from, int to) {
    if (!t.word(from).equals("(")) return false;
    for (int i = from + 1; i < to; i++) if (t.word(i).equals(")")) return true;
    return false;
  }

  /** "Mladost ( L )": a closing bracket whose opening one is inside the name stays. */
  private static boolean closesBracket(TokenizedText t, int from, int to) {
    if (!t.word(to - 1).equals(")")) return false;
    for (int i = from; i < to - 1; i++) if (t.word(i).equals("(")) return true;
    return false;
  }

  private static boolean allPronouns(TokenizedText t, int from, int to) {
    for (int i = from; i < to; i++) if (!NewsWords.isPronoun(t.word(i))) return false;
    return true;
  }

  private static boolean hasLetter(TokenizedText t, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = t.word(i);
      for (int k = 0; k < w.length(); k++) if (Character.isLetter(w.charAt(k))) return true;
    }
    return false;
  }

  static boolean isPunctuation(String w) {
    for (int k = 0; k < w.length(); k++) if (Character.isLetterOrDigit(w.charAt(k))) return false;
    return true;
  }
}
