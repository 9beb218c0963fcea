package org.lede.quote;

import java.util.Set;

/**
 * Finds who a sentence is about when its cue does not say: the subject at its start ("Japanese government spokesman
 * Kei Sato declined … but confirmed"), a name with its apposition ("Borys Wrzesnewskyj, a former lawmaker, said"),
 * or the phrase a relative clause hangs on.
 */
final class Subjects {
  static final Set<String> INTRO_WORDS = Set.of("on", "in", "at", "since", "last", "after", "before",
      "when", "while", "but", "however", "still", "yet", "and", "so", "also", "earlier", "later", "under",
      "during", "speaking", "asked", "instead", "meanwhile", "today", "yesterday", "now", "then", "unlike", "if",
      "even", "although", "though", "as", "for", "with", "without", "despite", "by", "this", "next");

  private final Passage p;
  private final NounPhrases phrases;
  private final People people;

  Subjects(Passage passage, NounPhrases phrases, People people) {
    this.p = passage;
    this.phrases = phrases;
    this.people = people;
  }

  /** The first person named near the start of the sentence, with the words that lead up to the name. */
  int[] sentenceSubject(Sentence s, int before) {
    int from = s.first();
    while (from < before && (p.inDirect(from) || p.token(from).text().equals(","))) from++;
    for (int k = from; k < Math.min(before, from + 8); k++) {
      Token t = p.token(k);
      if (p.inDirect(k)) break;
      if (NounPhrases.isPronoun(t) && !t.is("it")) return new int[] {k, k + 1};
      NameMention m = people.nameAt(t.start());
      if (m == null && t.isCapitalized() && people.bySurname(t.withoutPossessive()) != null) {
        m = new NameMention(t.start(), t.end(), t.text(), SpeakerKind.PERSON, null, null);
      }
      if (m != null) {
        int last = k;
        while (last + 1 < before && p.token(last + 1).start() < m.end()) last++;
        int start = phrases.leftStart(last, s.first());
        return new int[] {start < 0 ? k : Math.min(start, k), last + 1};
      }
      if (p.token(k).text().equals(",") && k > s.first() + 3) break;
    }
    if (from >= before) return null;
    Token t = p.token(from);
    boolean bareName = t.isWord() && t.isCapitalized() && !Lexicon.NOT_NAMES.contains(t.lower())
        && from + 1 < before && !p.token(from + 1).isCapitalized();
    return bareName ? new int[] {from, from + 1} : null;
  }

  /** "Borys Wrzesnewskyj, a former Liberal lawmaker in Canada who …, said": the subject with its apposition. */
  int subjectWithApposition(Sentence s, int comma) {
    int start = clauseStart(s, comma);
    for (int attempt = 0; attempt < 2 && start < comma; attempt++) {
      int c1 = start;
      while (c1 < comma && !p.token(c1).text().equals(",")) c1++;
      if (c1 >= comma) return -1;
      if (INTRO_WORDS.contains(p.token(start).lower()) && !p.token(start).is("the")) {
        start = c1 + 1;
        continue;
      }
      if (!looksLikeName(start, c1)) return -1;
      Token f = p.token(c1 + 1);
      String l = f.lower();
      boolean apposition = l.equals("a") || l.equals("an") || l.equals("the") || l.equals("who") || l.equals("whose")
          || l.equals("which") || f.isCapitalized() || Character.isDigit(f.text().charAt(0));
      return apposition ? start : -1;
    }
    return -1;
  }

  int clauseStart(Sentence s, int before) {
    int start = s.first();
    for (int k = s.first(); k < before; k++) {
      String t = p.token(k).text();
      if (p.closes[k] >= 0 || t.equals("-") || t.equals("—") || t.equals("–") || t.equals(";")) start = k + 1;
    }
    while (start < before && (p.token(start).text().equals(",") || p.token(start).text().equals("—"))) start++;
    return start;
  }

  /** A short run of capitalised words, maybe with a title or a possessive: "Rep. Sander M. Levin". */
  boolean looksLikeName(int from, int to) {
    if (to - from > 7 || to <= from) return false;
    boolean capital = false;
    for (int k = from; k < to; k++) {
      Token t = p.token(k);
      String l = t.lower();
      if (t.isWord() && t.isCapitalized()) {
        capital = true;
      } else if (!(l.equals("the") || l.equals("of") || l.equals("(") || l.equals(")") || l.equals(".")
          || Lexicon.PERSON_NOUNS.contains(l) || t.isWord() && k < to - 1 && !Lexicon.PHRASE_STOPS.contains(l))) {
        return false;
      }
    }
    return capital;
  }

  /** "…, Asuka Tatebayashi, a geopolitical analyst at Mizuho Bank said": take the name with its apposition. */
  int nameBeforeApposition(Sentence s, int start) {
    if (start - 2 < s.first() || !p.token(start - 1).text().equals(",")) return start;
    if (!Lexicon.DETERMINERS.contains(p.token(start).lower())) return start;
    int k = start - 2;
    int nameStart = k;
    while (nameStart - 1 >= s.first() && p.token(nameStart - 1).isWord() && p.token(nameStart - 1).isCapitalized()) {
      nameStart--;
    }
    if (!p.token(k).isCapitalized() || !p.token(k).isWord()) return start;
    boolean bounded = nameStart == s.first() || p.token(nameStart - 1).text().equals(",") || p.closes[nameStart - 1] >= 0;
    return bounded && k - nameStart < 5 ? nameStart : start;
  }

  /** For "who said": "Japan’s first female premier, a conservative" hangs on the first phrase. */
  int appositionChainStart(Sentence s, int start) {
    if (start - 2 < s.first() || !p.token(start - 1).text().equals(",")) return start;
    int earlier = phrases.leftStart(start - 2, s.first());
    return earlier >= 0 ? earlier : start;
  }
}
