package org.lede.quote;

import java.util.Set;

/**
 * Finds the extent of a source's noun phrase around a cue by the shape of the words, without a parser: leftwards
 * from "said" ("the embassy said", "current and former Japanese officials said") and rightwards after an inverted
 * cue ("said Ukraine’s military attaché, Maj. Gen. Borys Kremenetskyi").
 */
final class NounPhrases {
  private static final int MAX_WORDS = 12;
  private static final Set<String> INNER_LINKS = Set.of("of", "at", "for", "in", "and", "&", "with");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "them", "us", "me", "it", "you", "himself",
      "herself", "themselves");
  /** Words that may follow a source after an inverted cue without belonging to it ("said Smith on Tuesday"). */
  private static final Set<String> AFTER_SOURCE = Set.of("on", "in", "at", "during", "last", "this", "recently",
      "yesterday", "today", "tonight", "earlier", "later", "when", "after", "before", "while", "according", "told",
      "to", "as", "from", "via", "by", "for", "outside", "afterward", "afterwards", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "of", "and", "but", "with", "about", "shortly", "late", "early");

  private static final Set<String> ANONYMITY_ENDS = Set.of("named", "identified", "anonymity", "anonymously",
      "publicly", "record");

  /** Prepositions that tie a phrase to the person or organisation holding it. */
  private static final Set<String> AMOUNT_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "half", "most", "many", "some", "few", "all", "none", "dozens", "hundreds",
      "thousands", "two-thirds", "one-third", "three-quarters");
  private static final Set<String> APPROXIMATORS = Set.of("about", "nearly", "almost", "roughly", "around", "only",
      "just", "some", "over", "barely", "fully", "virtually");
  /** Nouns that name a share of a group: "percent of voters", "a third of them", "a majority of delegates". */
  private static final Set<String> AMOUNT_NOUNS = Set.of("percent", "third", "thirds", "half", "quarter", "quarters",
      "dozen", "dozens", "majority", "minority", "share", "handful", "fraction", "plurality");
  private static final Set<String> COMPARATIVES = Set.of("more", "fewer", "less");
  private static final Set<String> LINKS_TO_HOLDER = Set.of("of", "for", "at", "in", "with", "from");

  /** Adverbs that may open an apposition: "said Murphy, now a consultant". */
  private static final Set<String> APPOSITION_ADVERBS = Set.of("now", "then", "formerly", "once", "still", "himself",
      "herself", "also", "later");
  private static final Set<String> MEDIUM_LEADS = Set.of("in", "on", "during", "at", "via", "through");

  private static final Set<String> DOCUMENT_LINKS = Set.of("by", "of", "from");
  /** A description and the preposition that ties it to what it concerns: "close to the campaign". */
  private static final java.util.Map<String, String> DESCRIBING_LINKS = java.util.Map.of("familiar", "with", "close",
      "to", "knowledgeable", "about", "involved", "in", "briefed", "on", "knowledge", "of", "privy", "to");
  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  private final Passage p;

  NounPhrases(Passage passage) {
    this.p = passage;
  }

  static boolean isPronoun(Token t) {
    return Lexicon.SUBJECT_PRONOUNS.contains(t.lower());
  }

  /** The start token of the noun phrase ending at token {@code last}, not reaching before {@code lo}; -1 if none. */
  int leftStart(int last, int lo) {
    if (last < lo) return -1;
    Token t0 = p.token(last);
    if (isPronoun(t0)) return last;
    int who = anonymityClause(last, lo);
    if (who >= 0) {
      // "a person who asked not to be named said": the description runs on through its request for anonymity.
      int before = p.token(who - 1).text().equals(",") ? who - 2 : who - 1;
      int start = leftStart(before, lo);
      return start < 0 ? -1 : start;
    }
    int start = -1;
    for (int k = last; k >= lo && last - k < MAX_WORDS; k--) {
      Token t = p.token(k);
      String l = t.lower();
      if (t.text().equals(")") && k > lo) {
        // "Rep. Paul Ryan (R-WI) said": step over a bracketed party or state.
        int open = k - 1;
        while (open > lo && open > k - 6 && !p.token(open).text().equals("(")) open--;
        if (!p.token(open).text().equals("(") || open - 1 < lo || !p.token(open - 1).isWord()) break;
        k = open;
        continue;
      }
      if (p.closes[k] >= 0 && isNickname(p.closes[k], k, last)) {
        // "state Del. Marcia “Cia” Price": a quoted nickname inside the name.
        k = p.spans.get(p.closes[k]).open() == p.token(k - 2).start() ? k - 2 : k;
        start = k;
        continue;
      }
      if (start == k + 1 && isBareApostrophe(k, lo)) {
        start = k;  // "Pellows’ campaign manager", "Harbour Daily’s Ann Lowry": the owner goes with the phrase
        continue;
      }
      if (p.opens[k] >= 0 || p.closes[k] >= 0 || !t.isWord()) break;
      if (Lexicon.DETERMINERS.contains(l)) {
        start = k;
        // "the two mayors", "all the officials": determiners come in runs.
        while (start - 1 >= lo && Lexicon.DETERMINERS.contains(p.token(start - 1).lower())
            && !p.token(start - 1).is("that")) {
          start--;
        }
        k = start;
        // "a spokesman for the company", "Mr. Morgan of the Sierra Club": the phrase goes on to the left.
        if (k - 2 >= lo && LINKS_TO_HOLDER.contains(p.token(k - 1).lower()) && holdsLink(k - 2, p.token(k - 1).lower())) {
          k--;
          continue;
        }
        // "Democrats on the committee said": the people who sit on a body go with it.
        if (k - 2 >= lo && p.token(k - 1).is("on") && sitsOnBody(k - 1, last + 1)) {
          k--;
          continue;
        }
        // "31 percent of those surveyed", "a majority of the delegates": the share goes on to the left.
        if (k - 2 >= lo && p.token(k - 1).is("of") && AMOUNT_NOUNS.contains(p.token(k - 2).lower())) {
          k--;
          continue;
        }
        // "people briefed on the move", "a source close to the campaign": the description goes on to the left.
        if (k - 2 >= lo && describes(p.token(k - 2), p.token(k - 1))) {
          k--;
          continue;
        }
        // "Mr. Xi and other leaders", "The State Department and the Pentagon": both speak.
        if (k - 2 >= lo && (p.token(k - 1).is("and") && joinsNames(k - 2) || linksBack(k - 1))) {
          k--;
          continue;
        }
        break;
      }
      // "a Bloomberg interview Trump declared": the name speaks, not the interview.
      if (start == k + 1 && Lexicon.DOCUMENT_NOUNS.contains(l) && !t.isCapitalized() && p.token(k + 1).isCapitalized()) {
        break;
      }
      // "one in three voters", "a person familiar with the talks": the phrase goes on to the left of the link.
      if (start == k + 1 && k - 1 >= lo && linksBack(k)) {
        start = k - 1;
        k--;
        continue;
      }
      // "Theresa May", "Will Smith": a capitalised function word after a capitalised word is part of a name.
      boolean inName = t.isCapitalized() && k > lo && p.token(k - 1).isWord() && p.token(k - 1).isCapitalized();
      if (!inName && (Lexicon.PHRASE_STOPS.contains(l) || OBJECT_PRONOUNS.contains(l) && !t.text().equals("US")
          || isPronoun(t))) {
        boolean link = (INNER_LINKS.contains(l) || namesOrganization(k - 1, lo) && (l.equals("on") || l.equals("to")))
            && start == k + 1 && k - 1 >= lo && p.token(k - 1).isWord()
            && !Lexicon.PHRASE_STOPS.contains(p.token(k - 1).lower())
            && (p.token(k + 1).isCapitalized() || l.equals("and") || l.equals("of") || l.equals("with")
            && (p.token(k + 1).is("knowledge") || k + 2 <= last && p.token(k + 2).is("knowledge")));
        if (!link) break;
        start = k;
        continue;
      }
      if (Lexicon.SPEECH_VERBS.containsKey(l) && k != last
          && !Lexicon.PERSON_NOUNS.contains(LightNameFinder.bare(p.token(k + 1)))) {
        break;
      }
      start = k;
    }
    if (start >= 0 && INNER_LINKS.contains(p.token(start).lower())) start++;
    if (start > last) return -1;
    // "about four in 10", "at least half of voters", "more than 6 in 10": the amount is approximate, not smaller.
    if (start - 1 >= lo && p.token(start).is("least") && p.token(start - 1).is("at")) {
      start--;
    } else if (start >= 0 && isAmount(start)) {
      if (start - 1 >= lo && APPROXIMATORS.contains(p.token(start - 1).lower())) start--;
      else if (start - 2 >= lo && p.token(start - 1).is("least") && p.token(start - 2).is("at")) start -= 2;
      else if (start - 2 >= lo && p.token(start - 1).is("than") && COMPARATIVES.contains(p.token(start - 2).lower())) {
        start -= 2;
      }
    }
    return start;
  }

  /**
   * "one in three", "4 in 10", "half of", "most of" (read at "in" or "of"); "familiar with", "close to",
   * "knowledgeable about" (read at the link).
   */
  private boolean linksBack(int k) {
    Token link = p.token(k);
    Token before = p.token(k - 1);
    Token after = p.token(k + 1);
    if ((link.is("in") || link.is("of") && before.is("out")) && isAmount(k + 1)) {
      return isAmount(k - 1) || before.is("out") && k - 2 >= 0 && isAmount(k - 2);
    }
    return link.is("of") && isAmount(k - 1) || describes(before, link);
  }

  /** "familiar with", "close to", "involved in", "briefed on", "knowledge of": the words go on to what they concern. */
  private static boolean describes(Token before, Token link) {
    return link.lower().equals(DESCRIBING_LINKS.get(before.lower()));
  }

  /** An apostrophe right after a capitalised word ending in s, set off before the next word: a plural possessive. */
  private boolean isBareApostrophe(int k, int lo) {
    Token t = p.token(k);
    if (!(t.text().equals("’") || t.text().equals("'")) || p.opens[k] >= 0 || p.closes[k] >= 0 || k - 1 < lo) return false;
    Token owner = p.token(k - 1);
    return owner.end() == t.start() && owner.isCapitalized() && owner.text().endsWith("s")
        && k + 1 < p.tokens.size() && p.token(k + 1).start() > t.end();
  }

  private boolean isAmount(int k) {
    Token t = p.token(k);
    // "a third", "a dozen members": an article before a share is the share's.
    if (t.is("a") && k + 1 < p.tokens.size() && AMOUNT_NOUNS.contains(p.token(k + 1).lower())) return true;
    return Character.isDigit(t.text().charAt(0)) || AMOUNT_WORDS.contains(t.lower());
  }

  /** A word before "and" that ends a name or a noun, not a verb or a clause: "Mr. Xi and", "the mayor and". */
  private boolean joinsNames(int k) {
    Token t = p.token(k);
    if (!t.isWord() || Lexicon.PHRASE_STOPS.contains(t.lower()) || isPronoun(t)) return false;
    return t.isCapitalized() && !t.isPossessive() || Lexicon.PERSON_NOUNS.contains(LightNameFinder.bare(t))
        || Lexicon.ORGANIZATION_NOUNS.contains(t.lower());
  }

  /**
   * The "who" of a clause ending at {@code last} that asks for anonymity ("who asked not to be named", "who spoke on
   * condition of anonymity"), or -1.
   */
  int anonymityClause(int last, int lo) {
    if (!ANONYMITY_ENDS.contains(p.token(last).lower())) return -1;
    for (int k = last - 1; k > lo && last - k <= 12; k--) {
      Token t = p.token(k);
      if (t.is("who")) return k - 1 >= lo ? k : -1;
      if (!t.isWord() && !t.text().equals(",")) return -1;
    }
    return -1;
  }

  /** "the Commission on Presidential Debates", "Alliance to Reclaim Our Schools": an organisation's name goes on. */
  private boolean namesOrganization(int k, int lo) {
    if (k < lo) return false;
    Token t = p.token(k);
    return t.isWord() && t.isCapitalized() && Lexicon.ORGANIZATION_NOUNS.contains(LightNameFinder.bare(t));
  }

  /** True when the word at {@code k} can hold a prepositional phrase: "spokesman for", "Morgan of". */
  private boolean holdsLink(int k, String link) {
    Token t = p.token(k);
    if (!t.isWord()) return false;
    String bare = LightNameFinder.bare(t);
    if (Lexicon.PERSON_NOUNS.contains(bare)) return true;
    return link.equals("of") && t.isCapitalized() && !t.isPossessive() && !Lexicon.NOT_NAMES.contains(t.lower());
  }

  /** "source on the panel", "member on the board": a person noun, "on the", then a body that has members. */
  private boolean sitsOnBody(int on, int end) {
    return on + 2 < end && Lexicon.PERSON_NOUNS.contains(LightNameFinder.bare(p.token(on - 1)))
        && p.token(on + 1).is("the") && MEMBER_BODIES.contains(p.token(on + 2).lower());
  }

  private static final Set<String> MEMBER_BODIES = Set.of("panel", "committee", "board", "council", "commission",
      "subcommittee", "court", "bench", "jury", "team", "staff", "ticket");

  /** A short quoted word between parts of a name: "Marcia “Cia” Price". */
  private boolean isNickname(int span, int closeToken, int last) {
    QuotedSpan q = p.spans.get(span);
    if (p.direct[span] || closeToken >= last || q.end() - q.start() > 20) return false;
    return p.token(closeToken + 1).isCapitalized() && p.token(closeToken + 1).isWord()
        && closeToken - 2 >= 0 && p.token(closeToken - 1).isCapitalized();
  }

  /**
   * The end (exclusive) of the source after an inverted cue starting at token {@code first}, or -1 when the words
   * there do not read as a source ("said about 1,000 Canadians have applied").
   */
  int rightEnd(int first, int end) {
    if (first >= end) return -1;
    Token t0 = p.token(first);
    int k;
    if (isPronoun(t0)) {
      k = first + 1;
    } else {
      if (!t0.isWord() || !(t0.isCapitalized() || Lexicon.DETERMINERS.contains(t0.lower())
          || leadsToName(first, end))) {
        return -1;
      }
      k = first;
      while (k < end && k - first < MAX_WORDS) {
        Token t = p.token(k);
        String l = t.lower();
        if (p.opens[k] >= 0 || p.closes[k] >= 0) break;
        if (k > first && l.equals("for") && p.token(k - 1).isCapitalized()
            && !Lexicon.PERSON_NOUNS.contains(LightNameFinder.bare(p.token(k - 1))) && !namesOrganization(k - 1, first)) {
          // "wrote Cameron Easley for Morning Consult": the outlet he writes for is not part of the source.
          break;
        } else if (k > first && INNER_LINKS.contains(l) && k + 1 < end && p.token(k + 1).isCapitalized()
            && p.token(k + 1).isWord()) {
          k++;
        } else if (k > first && l.equals("of") && k + 2 < end && p.token(k + 1).is("the")
            && p.token(k + 2).isCapitalized() && holdsLink(k - 1, l)) {
          k++;
        } else if (k > first && (l.equals("on") || l.equals("to")) && namesOrganization(k - 1, first) && k + 1 < end
            && p.token(k + 1).isCapitalized() && p.token(k + 1).isWord()) {
          k++;
        } else if (k > first && DOCUMENT_LINKS.contains(l) && k + 1 < end && p.token(k + 1).isWord()
            && Lexicon.DOCUMENT_NOUNS.contains(LightNameFinder.bare(p.token(k - 1)))) {
          k++;  // "a new report by Politico", "a survey of voter lists": the document's maker or matter
        } else if (k > first && l.equals("on") && sitsOnBody(k, end)) {
          k += 2;  // "said one Democratic source on the panel": the body the person sits on is part of the source
        } else if (k > first && describes(p.token(k - 1), t) && k + 1 < end) {
          k++;  // "said a person close to the Clintons", "said three people briefed on the talks"
        } else if (k > first && (INNER_LINKS.contains(l) || l.equals("to")) && k + 1 < end
            && Lexicon.PERSON_NOUNS.contains(LightNameFinder.bare(p.token(k - 1))) && p.token(k + 1).isWord()) {
          k++;
        } else if (t.isWord() && (k == first || t.isCapitalized() || !Lexicon.PHRASE_STOPS.contains(l))) {
          // "said Smith Wednesday" ends at the day; in "reads a Wednesday editorial" the day describes the noun.
          boolean modifier = k == first + 1 && Lexicon.DETERMINERS.contains(t0.lower());
          if (k > first && AFTER_SOURCE.contains(l) && (!t.isCapitalized() || DAYS.contains(l)) && !modifier) break;
          k++;
          if (t.isPossessive() && k < end && !p.token(k).isWord()) break;
        } else {
          break;
        }
      }
    }
    if (k >= end || isSentenceStop(p.token(k)) || p.opens[k] >= 0) return k;
    Token next = p.token(k);
    String l = next.lower();
    if (next.text().equals("(")) {
      int close = k;
      while (close < end && !p.token(close).text().equals(")")) close++;
      return close < end ? extendApposition(close + 1, end) : k;
    }
    if (next.text().equals(",") || l.equals("who") || l.equals("whose")) return extendApposition(k, end);
    if (AFTER_SOURCE.contains(l) || next.text().equals(";") || next.text().equals("—")) return k;
    return -1;
  }

  /** "said former Utah governor Michael Leavitt": lower-case words that lead straight to a capitalised name. */
  private boolean leadsToName(int first, int end) {
    for (int k = first; k < Math.min(end, first + 5); k++) {
      Token t = p.token(k);
      // "said of Cruz", "said about Clinton": a preposition after the cue leads to whom the words are about.
      if (!t.isWord() || Lexicon.PHRASE_STOPS.contains(t.lower()) || Lexicon.SPEECH_VERBS.containsKey(t.lower())
          || k == first && AFTER_SOURCE.contains(t.lower())) {
        return false;
      }
      if (t.isCapitalized()) return k > first;
    }
    return false;
  }

  /** "said Kremenetskyi, who oversees the screening of potential US recruits." runs to the sentence's end. */
  private int extendApposition(int k, int end) {
    if (k >= end) return k;
    Token next = p.token(k);
    int from = next.text().equals(",") ? k + 1 : k;
    if (from >= end) return k;
    Token f = p.token(from);
    String l = f.lower();
    boolean apposition = l.equals("who") || l.equals("whose") || l.equals("which") || l.equals("a")
        || l.equals("an") || l.equals("the") || f.isCapitalized() && f.isWord() || Character.isDigit(f.text().charAt(0))
        || f.isWord() && !Lexicon.PHRASE_STOPS.contains(l) && !Lexicon.SPEECH_VERBS.containsKey(l) && !l.endsWith("ing")
        && !Lexicon.SUBJECT_PRONOUNS.contains(l)
        || APPOSITION_ADVERBS.contains(l) && from + 1 < end && p.token(from + 1).isWord();
    if (!apposition || reportsOwnWords(from, end)) return k;
    int j = from;
    while (j < end && p.opens[j] < 0 && !p.token(j).text().equals(";") && !p.token(j).text().equals("—")
        && !(j > from && isSentenceStop(p.token(j)))) {
      if (p.token(j).text().equals(",") && j + 1 < end) {
        String nl = p.token(j + 1).lower();
        // ", in a statement", ", on Twitter": where it was said, not who said it.
        if (MEDIUM_LEADS.contains(nl)) break;
        // A participle or a "who added" after a comma starts a new thought.
        if (nl.endsWith("ing") || nl.equals("who") && j + 2 < end
            && Lexicon.SPEECH_VERBS.containsKey(p.token(j + 2).lower())) {
          break;
        }
      }
      j++;
    }
    while (j > from && isSentenceStop(p.token(j - 1))) j--;
    return j;
  }

  /**
   * "said Mr. Ekovich, who noted that prices had fallen": a relative clause that reports words of its own is another
   * attribution, not part of the source.
   */
  private boolean reportsOwnWords(int from, int end) {
    if (!p.token(from).is("who")) return false;
    int k = from + 1;
    while (k < end && (Lexicon.CUE_ADVERBS.contains(p.token(k).lower()) || p.token(k).is("also"))) k++;
    return k < end && CLAUSE_CUES.contains(Lexicon.SPEECH_VERBS.getOrDefault(p.token(k).lower(), ""));
  }

  /** Speech verbs that in a relative clause report words ("who said", "who noted"), not a deed ("who wrote a book"). */
  private static final Set<String> CLAUSE_CUES = Set.of("say", "add", "note", "acknowledge", "predict", "argue",
      "insist", "explain", "concede", "tell", "warn", "claim", "contend", "suggest", "complain");

  static boolean isSentenceStop(Token t) {
    String s = t.text();
    return s.equals(".") || s.equals("!") || s.equals("?") || s.equals(":");
  }
}
