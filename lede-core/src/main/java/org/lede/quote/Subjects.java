package org.lede.quote;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds who a sentence is about when its cue does not say: the subject at its start ("Japanese government spokesman
 * Kei Sato declined … but confirmed"), a name with its apposition ("Borys Wrzesnewskyj, a former lawmaker, said"),
 * or the phrase a relative clause hangs on.
 */
final class Subjects {
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

  static final Set<String> INTRO_WORDS = Set.of("on", "in", "at", "since", "last", "after", "before",
      "when", "while", "but", "however", "still", "yet", "and", "so", "also", "earlier", "later", "under",
      "during", "speaking", "asked", "instead", "meanwhile", "today", "yesterday", "now", "then", "unlike", "if",
      "even", "although", "though", "as", "for", "with", "without", "despite", "by", "this", "next");

  /** Words that open an apposition naming a role: "Leonard Burman, former director of …". */
  private static final Set<String> ROLE_MODIFIERS = Set.of("former", "longtime", "senior", "retired", "veteran",
      "deputy", "acting", "assistant", "executive", "top", "now", "then", "both", "co-founder", "founding");
  /** Words that open a clause or a list describing the phrase before them: "who backs Cruz", "including Trump". */
  private static final Set<String> RELATIVE_LEADS = Set.of("who", "whose", "which", "including", "like", "both",
      "each", "himself", "herself", "themselves", "itself");
  /** Prepositions whose object is not a description: "in a brief interview", "on the other hand", "for a moment". */
  private static final Set<String> APPOSITION_LEADS = Set.of("in", "on", "at", "for", "during", "after", "before",
      "with", "from", "by", "to", "of", "into", "over", "under", "when", "while", "as", "since", "through", "like");
  /** Words before "of" that are no office: "instead of", "because of", "out of". */
  private static final Set<String> NOT_OFFICES = Set.of("instead", "because", "out", "ahead", "regardless", "none",
      "part", "fearful", "afraid", "aware", "critical", "supportive", "proud", "tired", "sick", "full");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "so", "yet", "also", "still", "even");
  private static final Set<String> DEMONSTRATIVES = Set.of("these", "those", "this", "that");
  private static final Set<String> BE = Set.of("is", "are", "was", "were");
  /** Bodies that speak as a subject after their owner's name: "Ryan’s campaign", "the Clinton team". */
  private static final Set<String> BODY_HEADS = Set.of("campaign", "team", "office", "committee", "administration",
      "government", "department", "ministry", "party", "company", "agency", "embassy", "staff", "union", "board",
      "council", "commission", "firm", "family", "lawyers", "attorneys", "spokesmen");
  /** Person nouns that as often modify a noun after them: "executive order", "police report", "source code". */
  private static final Set<String> NOT_HEADS = Set.of("executive", "general", "chief", "head", "conservative",
      "liberal", "democrat", "republican", "major", "police", "host", "fellow", "partner", "source", "justice",
      "speaker", "man", "woman", "person", "people", "veteran", "player", "agent", "americans");

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
    int from = afterIntroClauses(s.first(), before);
    while (from < before && (p.inDirect(from) || p.token(from).text().equals(","))) from++;
    if (from + 1 < before && isBareSubject(from)) return new int[] {from, from + 1};
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
        return new int[] {start < 0 ? k : Math.min(start, k), withParty(headedPhraseEnd(last + 1, before, last + 1), before)};
      }
      if (p.token(k).text().equals(",") && k > s.first() + 3) break;
    }
    if (from >= before) return null;
    if (Lexicon.DETERMINERS.contains(p.token(from).lower()) && !p.token(from).is("that")) {
      // "The campaign responded, saying …", "A Clinton campaign official later walked back …": no name opens the
      // clause, but a phrase headed by a person or a body does.
      int end = headedPhraseEnd(from + 1, before, -1);
      if (end > 0) return new int[] {from, end};
    }
    int[] described = describedGroup(from, before);
    if (described != null) return described;
    Token t = p.token(from);
    boolean bareName = t.isWord() && t.isCapitalized() && !Lexicon.NOT_NAMES.contains(t.lower())
        && !INTRO_WORDS.contains(t.lower())
        && from + 1 < before && !p.token(from + 1).isCapitalized();
    return bareName ? new int[] {from, from + 1} : null;
  }

  /** "Sen. Mary J. Okafor (D-Ore.)": a short parenthesis right after the name (a party, a state) is the name's. */
  private int withParty(int end, int before) {
    // "(left)" in a caption places the person in the photo; an affiliation is capitalised: "(D-Ill.)", "(R)".
    if (end + 1 >= before || !p.token(end).text().equals("(") || !p.token(end + 1).isCapitalized()) return end;
    for (int k = end + 1; k < before && k - end <= 6; k++) {
      if (p.token(k).text().equals(")")) return k + 1;
    }
    return end;
  }

  /**
   * The subject of the clause that ends at {@code before}, for a clause that brings in a quote: "The Times made the
   * same charge in February, and the group responded:", "She got so upset that I had to change my answer:", "If we
   * lived in normal times -- with some grounding in history -- a reader would ask:". A clause joined by ", and", ",
   * but", "that" or a dash has its own subject and its own verb; else the sentence's subject.
   */
  int[] lastClauseSubject(Sentence s, int before) {
    for (int k = before - 2; k > s.first(); k--) {
      if (p.inDirect(k)) break;
      if (!opensClause(k)) continue;
      // Only the clause nearest the colon: "Trump joked that Brooklyn was his answer, but went on to say, “…”" goes
      // back to the sentence's subject when that clause has none of its own.
      int[] subject = sentenceSubject(new Sentence(k + 1, s.end(), s.paragraph()), before);
      if (subject != null && subject[0] == k + 1 && subject[1] < before && isVerbAt(subject[1])) return subject;
      break;
    }
    return sentenceSubject(s, before);
  }

  /** ", and", ", but", a "that" after a word, or a dash: the token after it may open a clause of its own. */
  private boolean opensClause(int k) {
    Token t = p.token(k);
    String x = t.text();
    if ((t.is("and") || t.is("but")) && p.token(k - 1).text().equals(",")) return true;
    Token b = p.token(k - 1);
    return t.is("that") && (b.isWord() || b.text().equals(",")) || isDash(k) && !isDash(k + 1);
  }

  /** A lower-case word that can be a subject's verb or its auxiliary: not a preposition, a conjunction, an article. */
  private boolean isVerbAt(int k) {
    Token t = p.token(k);
    String l = t.lower();
    return t.isWord() && !t.isCapitalized() && !NOT_VERBS.contains(l) && !Lexicon.DETERMINERS.contains(l)
        && !l.endsWith("ing");
  }

  private static final Set<String> NOT_VERBS = Set.of("that", "which", "who", "whom", "because", "when", "while",
      "if", "but", "or", "to", "as", "than", "so", "after", "before", "since", "although", "though", "where",
      "whether", "and", "in", "on", "at", "for", "with", "by", "from", "about", "into", "over", "under", "of", "nor",
      "what", "how", "why", "until", "unless", "against", "during", "through", "without", "not");

  /**
   * "Small groups of protesters marched …", "Dozens of angry parents shouted …": a sentence that opens with a capitalised
   * word and runs through lower-case words (and "of") to a noun for people, then a verb, opens with that phrase.
   */
  private int[] describedGroup(int from, int before) {
    Token t = p.token(from);
    if (!t.isWord() || !t.isCapitalized() || people.nameAt(t.start()) != null) return null;
    for (int k = from + 1; k < Math.min(before - 1, from + 6); k++) {
      Token w = p.token(k);
      if (!w.isWord() || w.isCapitalized() || p.inDirect(k)) return null;
      if (Lexicon.PERSON_NOUNS.contains(LightNameFinder.bare(w))) {
        if (isVerbAt(k + 1)) return new int[] {from, k + 1};
        // "Band member Olsen shared the news": the role's holder is named right after it.
        int name = k + 1;
        while (name < before && name - k <= 3 && p.token(name).isWord() && p.token(name).isCapitalized()
            && !Lexicon.NOT_NAMES.contains(p.token(name).lower())) {
          name++;
        }
        return name > k + 1 && name < before && isVerbAt(name) ? new int[] {from, name} : null;
      }
      if (Lexicon.PHRASE_STOPS.contains(w.lower()) && !w.is("of")) return null;
    }
    return null;
  }

  /**
   * The end of a subject whose name is only a modifier or an owner: "Ryan’s campaign", "the RNC member", "Clinton
   * campaign communications director Jennifer Palmieri", "Bennett’s younger sister". From {@code from}, at most three
   * lower-case words lead to a head that names a person or a body, then maybe the person's own name; the word after
   * must read as the verb (a lower-case word or an adverb), not as punctuation.
   *
   * @return the end (exclusive) of the longer subject, or {@code otherwise} when the words do not read so
   */
  private int headedPhraseEnd(int from, int before, int otherwise) {
    int head = -1;
    for (int k = from; k < Math.min(before, from + 4); k++) {
      Token t = p.token(k);
      String l = t.lower();
      if (!t.isWord() || t.isCapitalized() && k > from || p.inDirect(k) || Lexicon.PHRASE_STOPS.contains(l)
          || Lexicon.DETERMINERS.contains(l) || Lexicon.SPEECH_VERBS.containsKey(l) || Lexicon.CUE_ADVERBS.contains(l)
          || l.endsWith("ed") || l.endsWith("ly")) {
        break;
      }
      if (t.isCapitalized()) continue;
      // "The letter continues: …", "The piece used her words as its headline: …": a document speaks for its writers.
      if (Lexicon.PERSON_NOUNS.contains(l) && !NOT_HEADS.contains(l) || BODY_HEADS.contains(l)
          || Lexicon.DOCUMENT_NOUNS.contains(l) && k == from) {
        head = k;
      }
    }
    if (head < 0) return otherwise;
    int end = head + 1;
    while (end < before && p.token(end).isWord() && p.token(end).isCapitalized() && end - head <= 4) end++;
    if (end >= before) return otherwise;
    Token next = p.token(end);
    String nl = next.lower();
    boolean verbNext = next.isWord() && !next.isCapitalized() && !Lexicon.PERSON_NOUNS.contains(nl)
        && !Lexicon.ORGANIZATION_NOUNS.contains(nl) && !Lexicon.PHRASE_STOPS.contains(nl)
        || Lexicon.SPEECH_VERBS.containsKey(nl) || Lexicon.CUE_ADVERBS.contains(nl) || BE.contains(nl)
        || Lexicon.AUXILIARIES.contains(nl) || next.is("on")
        || next.is("last");
    if (APPOSITION_LEADS.contains(nl) && !next.is("on")) return otherwise;
    // "The Clinton campaign, in a Q&A, worded it …": a comma may set an aside between the headed phrase and its verb.
    boolean insertNext = next.text().equals(",") && end > from;
    return verbNext || insertNext ? end : otherwise;
  }

  /** "Trump attacked Clinton …": a capitalised word the text uses as a name, then a verb in the past. */
  private boolean isBareSubject(int k) {
    Token t = p.token(k);
    Token next = p.token(k + 1);
    if (!t.isWord() || !t.isCapitalized() || Lexicon.NOT_NAMES.contains(t.lower()) || INTRO_WORDS.contains(t.lower())
        || people.nameAt(t.start()) != null || t.isPossessive()) {
      return false;
    }
    String l = next.lower();
    return next.isWord() && !next.isCapitalized() && (l.endsWith("ed") || Lexicon.SPEECH_VERBS.containsKey(l));
  }

  /**
   * Skips the clauses that open a sentence before its subject: "During a speech earlier in the day, Trump …",
   * "Once in my early 20s, when my mother …, I laughed".
   */
  private int afterIntroClauses(int from, int before) {
    int k = from;
    while (k < before && (INTRO_WORDS.contains(p.token(k).lower()) && !p.token(k).is("this") || opensAdverbial(k))) {
      if (CONJUNCTIONS.contains(p.token(k).lower())) {
        k++;
        continue;
      }
      Token next = p.token(Math.min(k + 1, before));
      if (next.isCapitalized() && next.isWord() && !Lexicon.NOT_NAMES.contains(next.lower())) return k;
      int comma = k + 1;
      while (comma < before && comma - k < 20 && !p.token(comma).text().equals(",") && !p.inDirect(comma)) comma++;
      if (comma >= before || !p.token(comma).text().equals(",")) return k;
      k = comma + 1;
      // "On July 6, 2025, Okafor made the following comment:": the year after the day is the date's, not the subject.
      if (k + 1 < before && YEAR.matcher(p.token(k).text()).matches() && p.token(k + 1).text().equals(",")) {
        k += 2;
      }
    }
    return k;
  }

  /** Words that open a clause about the moment, not the subject: "Once in my early 20s, …", "Because of …, …". */
  private static final Set<String> ADVERBIAL_LEADS = Set.of("once", "because", "amid", "upon", "until", "following");

  /**
   * True when the word at {@code k} opens an adverbial clause that a comma closes before the subject: "Following a
   * town hall last week, Okafor boasted …", "Dashing into a luncheon, Senator Pellow called …". A word in -ing is a
   * participle only before a preposition or an article ("King told" and "Manning, a lawyer," are names).
   */
  private boolean opensAdverbial(int k) {
    Token t = p.token(k);
    String l = t.lower();
    if (ADVERBIAL_LEADS.contains(l)) return true;
    if (!t.isWord() || !l.endsWith("ing") || l.length() < 6 || k + 1 >= p.tokens.size()) return false;
    Token next = p.token(k + 1);
    String nl = next.lower();
    return next.isWord() && !next.isCapitalized() && !nl.equals("and") && !nl.equals("or")
        && (Lexicon.DETERMINERS.contains(nl) || APPOSITION_LEADS.contains(nl) || nl.equals("about"));
  }

  /** "Borys Wrzesnewskyj, a former Liberal lawmaker in Canada who …, said": the subject with its apposition. */
  int subjectWithApposition(Sentence s, int comma) {
    int start = clauseStart(s, comma);
    for (int attempt = 0; attempt < 2 && start < comma; attempt++) {
      int c1 = start;
      while (c1 < comma && !p.token(c1).text().equals(",")) c1++;
      if (c1 >= comma) return -1;
      if (p.token(start).is("as") && c1 > start + 1 && p.token(start + 1).isCapitalized()) {
        // "As Anna Bell, a tax lawyer, put it, …": the name after "as" is the subject.
        start++;
      } else if (INTRO_WORDS.contains(p.token(start).lower()) && !p.token(start).is("the")) {
        start = c1 + 1;
        continue;
      }
      if (!looksLikeName(start, c1)) return roleThenName(s, comma);
      Token f = p.token(c1 + 1);
      String l = f.lower();
      boolean apposition = l.equals("a") || l.equals("an") || l.equals("the") || l.equals("who") || l.equals("whose")
          || l.equals("which") || f.isCapitalized() || Character.isDigit(f.text().charAt(0))
          || Lexicon.PERSON_NOUNS.contains(LightNameFinder.bare(f)) || ROLE_MODIFIERS.contains(l)
          || namesRoleSoon(c1 + 1, comma);
      return apposition ? start : -1;
    }
    return -1;
  }

  /**
   * "Florida delegate John Archer, wearing a Canova T-shirt, said …", "Cyber security experts, however, said …",
   * "Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said …": the noun phrase that opens the clause is
   * the subject, and a comma-bounded insert stands between it and the cue. An apposition (a role, an age, a
   * description) belongs to the source; an aside (a participle, a place, "however") does not.
   *
   * @param comma the comma right before the cue
   * @return the source's first and end tokens, or null when the clause does not open with a noun phrase and a comma
   */
  int[] subjectBeforeInsert(Sentence s, int comma) {
    int start = s.first();
    while (start < comma && CONJUNCTIONS.contains(p.token(start).lower())) start++;
    if (INTRO_WORDS.contains(p.token(start).lower())) {
      // "On “Harbour Matters,” Sen. Mary Okafor, who …, said": the subject comes after the opening phrase.
      int c0 = start;
      while (c0 < comma && c0 - start < 12 && !p.token(c0).text().equals(",")) c0++;
      if (c0 >= comma || !p.token(c0).text().equals(",")) return null;
      start = c0 + 1;
      while (start < comma && (p.closes[start] >= 0 || p.token(start).text().equals(","))) start++;
    }
    int c1 = start;
    while (c1 < comma && !p.token(c1).text().equals(",")) c1++;
    if (c1 >= comma || c1 == start || comma - c1 > 30) return null;
    if (phrases.leftStart(c1 - 1, start) != start || INTRO_WORDS.contains(p.token(start).lower())) return null;
    Token head = p.token(c1 - 1);
    if (!head.isWord() && !head.text().equals(")") || head.isPossessive()) return null;
    for (int k = start; k < comma; k++) {
      Token t = p.token(k);
      if (p.inDirect(k) || t.text().equals(";") || t.text().equals(":")
          || k > c1 && (Lexicon.SPEECH_VERBS.containsKey(t.lower()) || Lexicon.PASSIVE_MARKERS.contains(t.lower())
          || Lexicon.AUXILIARIES.contains(t.lower()) || Lexicon.SUBJECT_PRONOUNS.contains(t.lower()))) {
        return null;
      }
    }
    return new int[] {start, describes(c1 + 1, comma) ? comma : c1};
  }

  /**
   * "Jason Sims — a teacher from Mount Pleasant — says …", "Kall -- co-editor of a book on the debates -- said …": a
   * name that opens the clause, an apposition between dashes, then the cue.
   *
   * @param dash the dash right before the cue
   * @return the source's first and end tokens (the name, its apposition and its dashes), or null
   */
  int[] subjectBeforeDashes(Sentence s, int dash) {
    int close = dash;
    while (close - 1 > s.first() && isDash(close - 1)) close--;
    int open = close - 1;
    while (open > s.first() && close - open < 30 && !isDash(open)) {
      if (p.inDirect(open) || p.token(open).text().equals(";")) return null;
      open--;
    }
    if (open <= s.first() || !isDash(open) || open + 1 >= close) return null;
    int nameEnd = open;
    while (nameEnd - 1 > s.first() && isDash(nameEnd - 1)) nameEnd--;
    int start = s.first();
    while (start < nameEnd && CONJUNCTIONS.contains(p.token(start).lower())) start++;
    if (start >= nameEnd || phrases.leftStart(nameEnd - 1, start) != start && !nameWithApposition(start, nameEnd)) {
      return null;
    }
    // "Many speakers at the service — including Muslims and Jews — said": a phrase headed by people speaks too.
    Token head = p.token(nameEnd - 1);
    if (!looksLikeName(start, nameEnd) && !Lexicon.PERSON_NOUNS.contains(LightNameFinder.bare(head))
        && !nameWithApposition(start, nameEnd)) {
      return null;
    }
    for (int k = open + 1; k < close; k++) {
      String l = p.token(k).lower();
      if (Lexicon.SPEECH_VERBS.containsKey(l) || Lexicon.SUBJECT_PRONOUNS.contains(l)) return null;
    }
    return new int[] {start, dash + 1};
  }

  /**
   * "Jane Doe, the chief executive of Ora Media -- the company that owns the show -- told me": a name and its
   * apposition before the dash.
   */
  private boolean nameWithApposition(int start, int end) {
    int comma = start;
    while (comma < end && !p.token(comma).text().equals(",")) comma++;
    if (comma >= end - 1 || comma == start || !looksLikeName(start, comma)) return false;
    for (int k = comma + 1; k < end; k++) if (p.token(k).text().equals(",") || p.inDirect(k)) return false;
    return describes(comma + 1, end);
  }

  /** A dash that sets words apart: a long dash, or a hyphen with a space before it (not "co-editor"). */
  private boolean isDash(int k) {
    String x = p.token(k).text();
    if (x.equals("—") || x.equals("–") || x.equals("―") || x.equals("--")) return true;
    return x.equals("-") && (k == 0 || p.token(k - 1).end() < p.token(k).start()
        || p.token(k - 1).text().equals("-") && (k < 2 || p.token(k - 2).end() < p.token(k - 1).start()));
  }

  /**
   * True when the words from {@code first} describe the person before them ("the group's deputy director", "35",
   * "who backs Cruz", "including Trump", "long a vocal advocate of …"), false for an aside about the moment
   * ("in a brief interview", "for example", "however", "wearing a red cape", "exasperated").
   */
  boolean describes(int first, int end) {
    Token f = p.token(first);
    String l = f.lower();
    boolean secondIsDeterminer = first + 1 < end && Lexicon.DETERMINERS.contains(p.token(first + 1).lower())
        && !APPOSITION_LEADS.contains(l) && f.isWord() && !l.endsWith("ing") && !l.endsWith("ed");
    return Lexicon.DETERMINERS.contains(l) && !l.equals("that") || f.isCapitalized() && f.isWord()
        || Character.isDigit(f.text().charAt(0)) || Lexicon.PERSON_NOUNS.contains(LightNameFinder.bare(f))
        || ROLE_MODIFIERS.contains(l) || RELATIVE_LEADS.contains(l) || namesRoleSoon(first, end)
        || secondIsDeterminer && !Lexicon.PHRASE_STOPS.contains(l) || holdsOffice(first, end);
  }

  /** "chair of the Platform Committee", "dean of the law school": a lower-case noun that holds an office "of". */
  private boolean holdsOffice(int first, int end) {
    Token f = p.token(first);
    String l = f.lower();
    return first + 1 < end && p.token(first + 1).is("of") && f.isWord() && !f.isCapitalized()
        && !l.endsWith("ing") && !l.endsWith("ed") && !l.endsWith("ly") && !Lexicon.PHRASE_STOPS.contains(l)
        && !Lexicon.DETERMINERS.contains(l) && !NOT_OFFICES.contains(l);
  }

  /** "ranking member of the panel", "chief negotiator for the union": a role noun within the first few words. */
  private boolean namesRoleSoon(int from, int to) {
    for (int k = from; k < Math.min(to, from + 3); k++) {
      Token t = p.token(k);
      if (!t.isWord() || Lexicon.SPEECH_VERBS.containsKey(t.lower())) return false;
      if (Lexicon.PERSON_NOUNS.contains(LightNameFinder.bare(t))) return true;
    }
    return false;
  }

  /** "the union’s president, Gwen Maddox, said": a role phrase, then the name in apposition, then the cue. */
  int roleThenName(Sentence s, int comma) {
    int c1 = comma - 1;
    while (c1 > s.first() && !p.token(c1).text().equals(",") && comma - c1 <= 11) c1--;
    if (c1 < s.first() || !p.token(c1).text().equals(",") || c1 + 1 >= comma || !looksLikeName(c1 + 1, comma)) {
      return -1;
    }
    if (!Lexicon.PERSON_NOUNS.contains(LightNameFinder.bare(p.token(c1 - 1)))) return -1;
    int start = phrases.leftStart(c1 - 1, clauseStart(s, c1));
    if (start < 0) return -1;
    Token first = p.token(start);
    return Lexicon.DETERMINERS.contains(first.lower()) || first.isPossessive() && first.isCapitalized() ? start : -1;
  }

  int clauseStart(Sentence s, int before) {
    int start = s.first();
    for (int k = s.first(); k < before; k++) {
      String t = p.token(k).text();
      boolean closesQuote = p.closes[k] >= 0 && p.direct[p.closes[k]];
      if (closesQuote || t.equals("-") || t.equals("—") || t.equals("–") || t.equals(";")) start = k + 1;
    }
    while (start < before && (p.token(start).text().equals(",") || p.token(start).text().equals("—"))) start++;
    return start;
  }

  /** A short run of capitalised words, maybe with a title or a possessive: "Rep. Sander M. Levin". */
  boolean looksLikeName(int from, int to) {
    if (to - from > 10 || to <= from) return false;
    boolean capital = false;
    for (int k = from; k < to; k++) {
      Token t = p.token(k);
      String l = t.lower();
      if (t.isWord() && t.isCapitalized()) {
        capital = true;
      } else if (p.opens[k] >= 0 && !p.direct[p.opens[k]] || p.closes[k] >= 0 && !p.direct[p.closes[k]]) {
        continue;  // a nickname in quote marks: Mary “Molly” Grant
      } else if (!(l.equals("the") || l.equals("of") || l.equals("(") || l.equals(")") || l.equals(".")
          || l.equals("-") && k > from && p.token(k - 1).isCapitalized()
          || Lexicon.PERSON_NOUNS.contains(l) || t.isWord() && k < to - 1 && !Lexicon.PHRASE_STOPS.contains(l))) {
        return false;
      }
    }
    return capital;
  }

  /** "…, Asuka Tatebayashi, a geopolitical analyst at Mizuho Bank said": take the name with its apposition. */
  int nameBeforeApposition(Sentence s, int start) {
    if (start - 2 < s.first() || !p.token(start - 1).text().equals(",")) return start;
    // "Mrs. Clinton, these people said, would be open …": a demonstrative opens no apposition.
    if (!Lexicon.DETERMINERS.contains(p.token(start).lower()) || DEMONSTRATIVES.contains(p.token(start).lower())) {
      return start;
    }
    int k = start - 2;
    int nameStart = k;
    while (nameStart - 1 >= s.first() && p.token(nameStart - 1).isWord() && p.token(nameStart - 1).isCapitalized()) {
      nameStart--;
    }
    if (!p.token(k).isCapitalized() || !p.token(k).isWord()) return start;
    boolean bounded = nameStart == s.first() || p.token(nameStart - 1).text().equals(",") || p.closes[nameStart - 1] >= 0;
    // "Still, the fund said", "In December, the company said": a capital that opens the sentence is no name.
    boolean named = people.nameAt(p.token(nameStart).start()) != null
        || people.bySurname(p.token(k).withoutPossessive()) != null;
    return bounded && named && k - nameStart < 5 ? nameStart : start;
  }

  /** For "who said": "Japan’s first female premier, a conservative" hangs on the first phrase. */
  int appositionChainStart(Sentence s, int start) {
    if (start - 2 < s.first() || !p.token(start - 1).text().equals(",")) return start;
    int earlier = phrases.leftStart(start - 2, s.first());
    return earlier >= 0 ? earlier : start;
  }
}
