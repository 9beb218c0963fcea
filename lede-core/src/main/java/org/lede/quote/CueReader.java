package org.lede.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the speech cues of one sentence and, for each, where its source and its content lie: "X said (that) …",
 * "…, X said.", "“…,” said X, who …", "according to X", "X told reporters …", "a conservative who said …".
 */
final class CueReader {
  /** Verb forms that are also common nouns ("the reports", "his claims"): cues only after a clear subject. */
  private static final Set<String> NOUN_LIKE = Set.of("report", "reports", "claim", "claims", "note", "notes",
      "post", "posts", "remark", "remarks", "promise", "promises", "stress", "joke", "jokes", "vow", "vows",
      "caution", "tweet", "tweets", "continue", "continues", "state", "states", "observe", "describe", "describes",
      "add", "press", "presses", "ask", "asks", "answer", "answers", "text", "texts", "email",
      "emails", "counter", "counters", "demand", "demands", "plead", "chant", "chants", "sigh", "laugh", "laughs",
      "cheer", "cheers", "snap", "record", "fume", "crow", "muse", "lament", "quip", "quips", "shout", "shouts",
      "whisper", "scream", "yell", "comment", "comments", "read", "reads", "recall", "recalls");
  private static final Set<String> LEAD_INS = Set.of("on", "in", "at", "during", "last", "this", "earlier", "later",
      "recently", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "publicly", "privately", "again", "repeatedly", "previously", "through", "via",
      "afterward", "shortly", "late", "early", "separately", "also", "then", "once", "before", "after", "outside",
      "of");

  /** Words that start a new clause after a cue rather than the rest of the reported words. */
  private static final Set<String> TAIL_STARTS = Set.of("though", "although", "but", "while", "as", "because",
      "which", "who", "according", "when", "after", "before", "and", "so", "even", "whereas", "since", "where",
      "citing", "noting", "adding", "in", "on", "at", "with", "without", "despite", "than", "referring", "if",
      "until", "unless", "whom", "whose", "then", "or", "nor", "yet", "per");
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "tonight", "recently", "earlier", "later", "again", "publicly",
      "privately", "afterward", "afterwards", "repeatedly", "previously");
  /** Verbs with no passive: "responded by saying" is still speech. */
  private static final Set<String> INTRANSITIVE = Set.of("respond", "reply", "testify", "joke", "quip", "continue",
      "speak", "comment", "remark", "agree");
  /** A time between a subject and its cue: "on Tuesday", "last week", "earlier this month". */
  private static final Set<String> TIME_LEADS = Set.of("on", "last", "this", "earlier", "late", "early", "that",
      "next");
  private static final Set<String> TIME_WORDS_AFTER = Set.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "week", "month", "year", "night", "morning", "afternoon", "evening",
      "weekend");
  private static final Set<String> CLAUSE_JOINS = Set.of("according", "but", "while", "though", "although",
      "whereas");
  /** Words after which a past participle starts a reduced clause: "when asked", "if pressed". */
  private static final Set<String> REDUCED_CLAUSE = Set.of("when", "if", "unless", "until", "once", "whenever",
      "while");
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("through", "into", "across", "around", "toward",
      "towards", "onto", "past", "along", "behind", "beyond", "near");
  /** "the mother of three replied": a number before a verb ends a noun phrase, not a determiner of the verb. */
  private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "one");
  /** "asked whether …", "told how …": the reported question starts here; there is no listener to skip. */
  private static final Set<String> QUESTION_WORDS = Set.of("whether", "how", "why", "what", "when",
      "where");
  /** Auxiliaries and forms of "be" that give a clause its own verb: "the lines were long". */
  private static final Set<String> CLAUSE_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
      "would", "could", "can", "should", "might", "must", "may", "did", "does", "do");
  /** Verbs that report words only with their particle: "shot back", "pointed out". */
  private static final java.util.Map<String, String> PHRASAL_CUES = java.util.Map.ofEntries(
      java.util.Map.entry("shot", "back"), java.util.Map.entry("shoots", "back"), java.util.Map.entry("fired", "back"),
      java.util.Map.entry("fires", "back"), java.util.Map.entry("hit", "back"), java.util.Map.entry("hits", "back"),
      java.util.Map.entry("pushed", "back"), java.util.Map.entry("pushes", "back"),
      java.util.Map.entry("wrote", "back"), java.util.Map.entry("writes", "back"),
      java.util.Map.entry("pointed", "out"), java.util.Map.entry("points", "out"));
  private static final Set<String> AIMED_AT = Set.of("against", "on", "at", "from", "in", "with", "to", "into");
  private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that", "where");
  private static final Set<String> DASHES = Set.of("―", "—", "–", "-");
  private static final Set<String> LINK_WORDS = Set.of("and", "but", "so", "or", "yet", "then", "still", "here’s",
      "here's", "there’s", "there's");
  private static final Set<String> PREPOSITIONS = Set.of("to", "of", "about", "against", "for", "with", "at",
      "on", "in");

  /** Lower-case words that make the speech noun after them a noun: "news reports", "press claims". */
  private static final Set<String> NOUN_MODIFIERS = Set.of("news", "press", "media", "wire");
  /** Words after "to" that are its object, not the verb of an infinitive. */
  private static final Set<String> OBJECT_WORDS = Set.of("him", "her", "them", "me", "us", "you", "it", "what",
      "whom", "which", "reporters", "date", "whether", "how", "why", "where", "when");

  private final Passage p;
  private final NounPhrases phrases;
  private final Subjects subjects;
  private final Asides asides;

  CueReader(Passage passage, People people) {
    this.p = passage;
    this.phrases = new NounPhrases(passage);
    this.subjects = new Subjects(passage, phrases, people);
    this.asides = new Asides(passage, subjects);
  }

  List<Attribution> read(Sentence s) {
    List<Attribution> out = new ArrayList<>();
    for (int i = s.first(); i < s.end(); i++) {
      if (p.inside[i] >= 0 || p.opens[i] >= 0 || p.closes[i] >= 0) continue;
      Token t = p.token(i);
      Attribution a = null;
      if (t.is("according") && i + 1 < s.end() && p.token(i + 1).is("to")) {
        a = accordingTo(s, i);
      } else if (isCue(s, i)) {
        a = cue(s, i);
      } else if (i == s.first() && t.is("said") && t.isCapitalized()) {
        a = saidFirst(s, i);
      } else if (t.text().equals(":") && i + 1 < s.end() && p.opens[i + 1] >= 0 && p.direct[p.opens[i + 1]]) {
        a = colon(s, i);
      } else if (DASHES.contains(t.text()) && i > s.first() && p.closes[i - 1] >= 0 && p.direct[p.closes[i - 1]]) {
        a = signature(s, i);
      }
      if (a != null) {
        out.add(a);
        i = Math.max(i, a.cueEnd() - 1);
      }
    }
    return out;
  }

  /** "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”" */
  private Attribution saidFirst(Sentence s, int i) {
    int end = phrases.rightEnd(i + 1, s.end());
    if (end <= i + 1) return null;
    int k = end;
    if (k < s.end() && p.token(k).text().equals(",")) k++;
    List<Integer> direct = directFrom(s, k);
    if (direct.isEmpty()) return null;
    while (end > i + 1 && p.token(end - 1).text().equals(",")) end--;
    return new Attribution(i, i + 1, i + 1, end, null, direct, -1, -1, null, null, null);
  }

  /**
   * A direct quote no cue claimed, brought in by a colon or comma after a clause: "Hillary shot back, “…”", "the
   * board was conclusive in its findings: “…”". The subject of the clause speaks; its verb is the cue.
   */
  Attribution introducer(Sentence s, int openToken) {
    int prev = openToken - 1;
    if (prev <= s.first()) return null;
    String pt = p.token(prev).text();
    if (!pt.equals(":") && !pt.equals(",")) return null;
    int[] subject = subjects.lastClauseSubject(s, prev);
    if (subject == null || subject[1] >= prev) return null;
    int verb = asides.verbAfter(subject[1], prev);
    int sourceEnd = asides.sourceEnd(subject[1], verb);
    while (verb < prev && (Lexicon.CUE_ADVERBS.contains(p.token(verb).lower()) || isAdverb(p.token(verb)))) verb++;
    Token v = p.token(verb);
    if (verb >= prev || !v.isWord() || v.isCapitalized()) return null;
    List<Integer> direct = new ArrayList<>();
    direct.add(p.opens[openToken]);
    return new Attribution(verb, verb + 1, subject[0], sourceEnd, null, direct, -1, -1, null, medium(s, verb + 1),
        null);
  }

  /** "He told his Democratic audience, to rowdy applause:" at a paragraph's end: its subject and verb. */
  Attribution announcer(Sentence s) {
    int colon = s.end() - 1;
    int[] subject = subjects.lastClauseSubject(s, colon);
    if (subject == null || subject[1] >= colon) return null;
    int verb = asides.verbAfter(subject[1], colon);
    int sourceEnd = asides.sourceEnd(subject[1], verb);
    while (verb < colon && (Lexicon.CUE_ADVERBS.contains(p.token(verb).lower()) || isAdverb(p.token(verb)))) verb++;
    Token v = p.token(verb);
    if (verb >= colon || !v.isWord() || v.isCapitalized()) return null;
    return new Attribution(verb, verb + 1, subject[0], sourceEnd, null, List.of(), -1, -1, null, medium(s, verb + 1),
        null);
  }

  /**
   * The person a sentence is about, when it acts in a clause of its own: "Sen. Mary Okafor (Ore.), who lost the
   * primaries, identified young voters’ exhaustion as one reason." A direct quote with no cue that opens the next
   * sentence of the same paragraph is theirs. Its verb stands in for the cue; null when the sentence quotes anyone or
   * does not open with a name or a pronoun and then a verb.
   */
  Attribution actor(Sentence s) {
    for (int k = s.first(); k < s.end(); k++) if (p.inDirect(k)) return null;
    for (int k = s.first() + 1; k + 1 < s.end() && k < s.first() + 40; k++) {
      if (!p.token(k).text().equals(",") || !isFiniteVerb(p.token(k + 1))) continue;
      int[] subject = subjects.subjectBeforeInsert(s, k);
      if (subject != null && subject[1] == k) {
        return new Attribution(k + 1, k + 2, subject[0], subject[1], null, List.of(), -1, -1, null, null, null);
      }
    }
    int[] subject = subjects.sentenceSubject(s, s.end());
    if (subject == null || subject[0] != s.first() && !Subjects.INTRO_WORDS.contains(p.token(s.first()).lower())) {
      return null;
    }
    int verb = subject[1];
    while (verb < s.end() && Lexicon.CUE_ADVERBS.contains(p.token(verb).lower())) verb++;
    if (verb >= s.end() || !isFiniteVerb(p.token(verb))) return null;
    return new Attribution(verb, verb + 1, subject[0], subject[1], null, List.of(), -1, -1, null, null, null);
  }

  /** A lower-case word that can follow a subject as its verb: not a preposition, an article or a conjunction. */
  private static boolean isFiniteVerb(Token t) {
    String l = t.lower();
    return t.isWord() && !t.isCapitalized() && !Lexicon.PHRASE_STOPS.contains(l) && !Lexicon.DETERMINERS.contains(l)
        && !Subjects.INTRO_WORDS.contains(l) && !l.endsWith("ing") && !l.endsWith("ly") && !RELATIVES.contains(l);
  }

  /** "“We are not going anywhere.” ― Gwen Maddox": a name signs the quote before it, after a dash. */
  private Attribution signature(Sentence s, int dash) {
    int first = dash + 1;
    int end = first;
    while (end < s.end() && p.token(end).isWord() && p.token(end).isCapitalized()) end++;
    if (end == first || end - first > 5) return null;
    int rest = end;
    if (rest < s.end() && p.token(rest).text().equals(",")) {
      rest = s.end();
      while (rest > end && NounPhrases.isSentenceStop(p.token(rest - 1))) rest--;
    }
    if (rest < s.end() && !NounPhrases.isSentenceStop(p.token(rest))) return null;
    return new Attribution(dash, dash + 1, first, rest, null, List.of(p.closes[dash - 1]), -1, -1, null, null, null);
  }

  /** "Clinton: “Our goal is …”": a short name and a colon attribute the quote that follows. */
  private Attribution colon(Sentence s, int i) {
    int start = subjects.clauseStart(s, i);
    // "And Mr. Christie gloated: …", "Here’s Clinton in 1992: …": the word that links the sentence is not the name.
    while (start + 1 < i && LINK_WORDS.contains(p.token(start).lower())) start++;
    if (i - start > 6 || i - 1 < start) return null;
    if (subjects.looksLikeName(start, i) && !Lexicon.SPEECH_VERBS.containsKey(p.token(i - 1).lower())) {
      int srcStart = phrases.leftStart(i - 1, start);
      if (srcStart < 0) return null;
      return new Attribution(i, i + 1, srcStart, i, null, directFrom(s, i + 1), -1, -1, null, null, null);
    }
    // "Okafor resisted: “…”": a name, any verb, a colon.
    Token verb = p.token(i - 1);
    if (!verb.isWord() || verb.isCapitalized() || i - 1 <= start || !subjects.looksLikeName(start, i - 1)) return null;
    return new Attribution(i - 1, i, start, i - 1, null, directFrom(s, i + 1), -1, -1, null, null, null);
  }

  private boolean isCue(Sentence s, int i) {
    String l = p.token(i).lower();
    if (l.equals("put")) return i > s.first() && i + 1 < s.end() && p.token(i + 1).is("it") && !p.token(i - 1).is("to");
    if (isPhrasal(i)) {
      return i > s.first() && !p.token(i).isCapitalized() && !p.token(i - 1).is("to")
          && !Lexicon.PASSIVE_MARKERS.contains(p.token(i - 1).lower()) && !isNegated(s, i);
    }
    if (!Lexicon.SPEECH_VERBS.containsKey(l)) return false;
    if (i == s.first() || p.token(i).isCapitalized()) return false;
    String prev = p.token(i - 1).lower();
    boolean number = NUMBER_WORDS.contains(prev) && !NOUN_LIKE.contains(l);
    if (Lexicon.DETERMINERS.contains(prev) && !number || Lexicon.PASSIVE_MARKERS.contains(prev) && !isProgressive(i)
        || prev.equals("to")
        || prev.equals("so") && l.equals("called") || prev.equals("-") && p.token(i - 1).end() == p.token(i).start()) {
      return false;
    }
    // "when pressed on why", "if asked": a reduced passive clause, not a cue.
    if (REDUCED_CLAUSE.contains(prev) && !l.endsWith("s") && !l.endsWith("ing")) return false;
    if (i + 1 < s.end() && !notSpeechAfter(s, i, l)) return false;
    // "the company has not said how much": what was not said is not a quote.
    if (isNegated(s, i)) return false;
    // "who asked not to be named": a request for anonymity, not speech.
    if (i + 1 < s.end() && p.token(i + 1).is("not") && !l.equals("said")) return false;
    String lemma = Lexicon.SPEECH_VERBS.get(l);
    // "asking for anonymity to speak freely": a request to stay unnamed, not speech.
    if (lemma.equals("ask") && i + 2 < s.end() && p.token(i + 1).is("for") && p.token(i + 2).is("anonymity")) {
      return false;
    }
    if (lemma.equals("read")) return Lexicon.DOCUMENT_NOUNS.contains(LightNameFinder.bare(p.token(i - 1)))
        || readsAfterQuote(s, i);
    if (lemma.equals("agree") && !agreesToWords(s, i)) return false;
    if (lemma.equals("add") && addsAmount(s, i)) return false;
    if (NOUN_LIKE.contains(l) && i + 1 < s.end() && Lexicon.PERSON_NOUNS.contains(LightNameFinder.bare(p.token(i + 1)))) {
      return false;  // "White House press secretary"
    }
    if (NOUN_LIKE.contains(l)) {
      int b = i - 1;
      while (b > s.first() && Lexicon.CUE_ADVERBS.contains(p.token(b).lower())) b--;
      Token pt = p.token(b);
      prev = pt.lower();
      if (isNounAfterModifier(s, i, b, l)) return false;
      if (b - 1 >= s.first() && Lexicon.DETERMINERS.contains(p.token(b - 1).lower()) && !NounPhrases.isPronoun(pt)
          && !Lexicon.PERSON_NOUNS.contains(prev) && !Lexicon.ORGANIZATION_NOUNS.contains(prev)) {
        return false;
      }
      return NounPhrases.isPronoun(pt) || pt.isCapitalized() && pt.isWord() && !pt.isPossessive()
          || Lexicon.PERSON_NOUNS.contains(prev)
          || Lexicon.ORGANIZATION_NOUNS.contains(prev) || Lexicon.DOCUMENT_NOUNS.contains(prev)
          || p.closes[b] >= 0 || prev.equals(",");
    }
    return true;
  }

  /**
   * "“Go back to Univision,” Trump shot back", "she fired back:", "he pointed out that …": a verb and its particle
   * report words together, though neither alone is speech.
   */
  /**
   * "“…,” read the statement", "“…,” reads a Sunday editorial in The Valley Courier", "“…,” it read.": right after a
   * quote, "read" reports what a document says when a document or "it" stands beside it ("he read the names" does not).
   */
  private boolean readsAfterQuote(Sentence s, int i) {
    int b = i - 1;
    if (p.token(b).is("it")) {
      b--;
      if (b < s.first() || !(p.token(i + 1 < s.end() ? i + 1 : i).text().equals(".") || i + 1 >= s.end()
          || NounPhrases.isSentenceStop(p.token(i + 1)) || p.token(i + 1).text().equals(","))) {
        return false;
      }
    } else {
      boolean documentAfter = false;
      for (int k = i + 1; k < Math.min(s.end(), i + 5); k++) {
        if (Lexicon.DOCUMENT_NOUNS.contains(LightNameFinder.bare(p.token(k)))) documentAfter = true;
        if (!p.token(k).isWord()) break;
      }
      if (!documentAfter) return false;
    }
    if (b >= s.first() && p.token(b).text().equals(",")) b--;
    return b >= s.first() && p.closes[b] >= 0 && p.direct[p.closes[b]];
  }

  private boolean isPhrasal(int i) {
    String particle = PHRASAL_CUES.get(p.token(i).lower());
    if (particle == null || i + 1 >= p.tokens.size() || !p.token(i + 1).is(particle)) return false;
    // "pushed back against the plan", "fired back at critics": a deed aimed at something, its words elsewhere.
    return i + 2 >= p.tokens.size() || !AIMED_AT.contains(p.token(i + 2).lower());
  }

  /** "Trump is telling crowds …", "they were saying": a form of "be" before an "-ing" cue is not a passive. */
  private boolean isProgressive(int i) {
    String l = p.token(i).lower();
    String prev = p.token(i - 1).lower();
    return l.endsWith("ing") && Lexicon.PASSIVE_MARKERS.contains(prev) && !prev.equals("being") && !prev.equals("be")
        && !prev.equals("been");
  }

  /**
   * True for a noun the words before it modify: "a CNN report", "the Associated Press report", "a Facebook post" (a
   * name and an article before a form with no "-s" cannot be a subject and its verb), "news reports", "press
   * reports", and "Southern states" or "member states" ("states" speaks only before "that", a colon, a comma, a full
   * stop or a quote: "the document states that …").
   */
  private boolean isNounAfterModifier(Sentence s, int i, int b, String l) {
    if (l.equals("states")) {
      if (i + 1 >= s.end()) return false;
      Token next = p.token(i + 1);
      return !(next.is("that") || next.text().equals(":") || next.text().equals(",") || next.text().equals(".")
          || p.opens[i + 1] >= 0);
    }
    Token pt = p.token(b);
    if (!pt.isCapitalized() || b == s.first()) return NOUN_MODIFIERS.contains(pt.lower());
    boolean bare = !l.endsWith("s") || l.endsWith("ss");
    if (!bare || NounPhrases.isPronoun(pt)) return false;
    int k = b;
    while (k > s.first() && p.token(k - 1).isCapitalized() && p.token(k - 1).isWord()) k--;
    return k > s.first() && Lexicon.DETERMINERS.contains(p.token(k - 1).lower());
  }

  /**
   * False for what follows a verb and makes it something other than speech: "exit polling reported by CNN" (a
   * passive), "Costa reported from Washington." (a credit line), "he would continue hammering" (continuing a deed,
   * not words: "continued" reports words only when the quote or a colon comes next).
   */
  private boolean notSpeechAfter(Sentence s, int i, String l) {
    Token next = p.token(i + 1);
    String lemma = Lexicon.SPEECH_VERBS.get(l);
    if (l.endsWith("ed") && next.is("by") && !INTRANSITIVE.contains(lemma)) return false;
    if (next.is("from") && i + 2 < s.end() && p.token(i + 2).isCapitalized()) {
      int k = i + 2;
      while (k < s.end() && (p.token(k).isCapitalized() || p.token(k).is(",") || p.token(k).text().equals("."))) k++;
      if (k == s.end()) return false;
    }
    if (lemma.equals("continue")) {
      // "continued to say", "continued to question" still report words.
      return !next.isWord() || next.is("to") && i + 2 < s.end() && Lexicon.SPEECH_VERBS.containsKey(p.token(i + 2).lower());
    }
    return true;
  }

  /** "has not said", "did not say", "never told", "hasn't said": the words before the verb deny the speech. */
  private boolean isNegated(Sentence s, int i) {
    int b = i - 1;
    // "did not immediately respond", "has not yet publicly said": adverbs between the negation and the verb.
    while (b > s.first() && (p.token(b).is("yet") || p.token(b).is("ever") || isAdverb(p.token(b)))) b--;
    String w = p.token(b).lower();
    return w.equals("not") || w.equals("never") || w.endsWith("n't") || w.endsWith("n\u2019t");
  }

  /**
   * "The index added 112 points", "the dollar added 0.2 of a cent", "stocks added to their gains": a market line
   * whose "added" takes an amount, or "to" and a gain, is arithmetic, not words.
   */
  private boolean addsAmount(Sentence s, int i) {
    int k = i + 1;
    if (k >= s.end()) return false;
    Token t = p.token(k);
    char c = t.text().charAt(0);
    if (Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL) return true;
    if (!t.is("to") || k + 2 >= s.end()) return false;
    String object = p.token(k + 2).lower();
    return Lexicon.DETERMINERS.contains(p.token(k + 1).lower()) || p.token(k + 1).is("its")
        || p.token(k + 1).is("their")
        ? object.startsWith("gain") || object.startsWith("loss") || object.startsWith("advance")
        || object.startsWith("declin") || object.startsWith("rall")
        : false;
  }

  /** Nouns and adjectives that end like adverbs: "the family said", "the daily reported". */
  private static final Set<String> LY_NOT_ADVERBS = Set.of("family", "ally", "rally", "assembly", "supply",
      "monopoly", "anomaly", "bully", "daily", "weekly", "monthly", "quarterly", "reply", "homily", "butterfly",
      "elderly", "friendly", "lovely", "lonely", "costly", "likely", "early", "only", "holy", "ugly", "orderly");

  /** A word ending in "-ly" that modifies the verb after it: "immediately", "incorrectly", "boldly". */
  private static boolean isAdverb(Token t) {
    String l = t.lower();
    return t.isWord() && !t.isCapitalized() && l.length() > 4 && l.endsWith("ly") && !LY_NOT_ADVERBS.contains(l);
  }

  /** "agreed that …" and "“…,” she agreed" report words; "agreed to buy" reports a deal. */
  private boolean agreesToWords(Sentence s, int i) {
    int k = i + 1;
    while (k < s.end() && Lexicon.CUE_ADVERBS.contains(p.token(k).lower())) k++;
    if (k >= s.end()) return true;
    Token t = p.token(k);
    return t.is("that") || t.text().equals(":") || t.text().equals(",") || NounPhrases.isSentenceStop(t)
        || p.opens[k] >= 0;
  }

  private Attribution accordingTo(Sentence s, int i) {
    int first = i + 2;
    boolean opening = i == s.first() || isIntroOnly(s.first(), i);
    // "According to Facebook, Trump generated …": an opening source ends at its comma; what follows is the content,
    // not an apposition.
    int limit = s.end();
    if (opening) {
      for (int k = first; k < s.end(); k++) {
        if (p.token(k).text().equals(",") && p.inside[k] < 0) {
          limit = appositionEnd(k, s.end());
          break;
        }
      }
    }
    int end = phrases.rightEnd(first, limit);
    // "According to exit polls, …", "…, according to law enforcement officials.": a source with no capital or
    // determiner still runs to the comma, or to the sentence's end.
    if (end <= first) end = sourceRunningTo(first, s.end(), opening);
    if (end <= first) return null;
    int contentStart;
    int contentEnd;
    if (opening) {
      int k = end;
      if (k < s.end() && p.token(k).text().equals(",")) k++;
      if (k >= s.end()) return null;
      contentStart = p.token(k).start();
      contentEnd = contentEndFrom(k, s.end());
    } else {
      int b = i - 1;
      if (p.token(b).text().equals(",")) b--;
      if (b < s.first()) return null;
      contentStart = leftContentStart(s, b);
      contentEnd = p.token(b).end();
    }
    return new Attribution(i, i + 2, first, end, null, List.of(), contentStart, contentEnd, null, null, null);
  }

  /**
   * "According to Lorella Praeli, Clinton's Latino vote director, the campaign …": the comma that ends an opening
   * source, past an apposition (a short phrase with no verb, between commas) when one follows.
   */
  private int appositionEnd(int comma, int end) {
    Token f = comma + 1 < end ? p.token(comma + 1) : null;
    if (f == null || !(f.is("a") || f.is("an") || f.is("the") || f.isPossessive() || Lexicon.PERSON_NOUNS.contains(f.lower()))) {
      return comma;
    }
    for (int k = comma + 2; k < end && k <= comma + 10; k++) {
      Token t = p.token(k);
      String l = t.lower();
      if (t.text().equals(",")) return k;
      if (p.inside[k] >= 0 || !t.isWord() || CLAUSE_VERBS.contains(l) || Lexicon.SPEECH_VERBS.containsKey(l)
          || !t.isCapitalized() && l.endsWith("ed")) {
        return comma;
      }
    }
    return comma;
  }

  /** The end of a plain source after "according to": its comma when it opens the sentence, else the sentence's end. */
  private int sourceRunningTo(int first, int end, boolean opening) {
    for (int k = first; k < end && k - first <= 15; k++) {
      Token t = p.token(k);
      if (p.opens[k] >= 0 || p.closes[k] >= 0 || t.text().equals(";")) return -1;
      if (opening && t.text().equals(",")) return k;
      if (!opening && (t.text().equals(",") || NounPhrases.isSentenceStop(t))) return k + 1 == end || !t.text().equals(",") ? k : -1;
    }
    return -1;
  }

  private boolean isIntroOnly(int from, int to) {
    return to - from <= 2 && Subjects.INTRO_WORDS.contains(p.token(from).lower());
  }

  private Attribution cue(Sentence s, int c) {
    String lower = p.token(c).lower();
    // "as she put it": the idiom reports words like "said".
    boolean putIt = lower.equals("put") || isPhrasal(c);
    String lemma = putIt ? "say" : Lexicon.SPEECH_VERBS.get(lower);
    int cueFirst = c;
    if (c - 1 >= s.first() && (Lexicon.AUXILIARIES.contains(p.token(c - 1).lower()) || isProgressive(c))) {
      cueFirst = c - 1;
    }
    int cueEnd = putIt ? c + 2 : c + 1;
    if ("continue".equals(lemma) && c + 2 < s.end() && p.token(c + 1).is("to")) {
      // "continued to say": one cue, whose verb is the second.
      lemma = Lexicon.SPEECH_VERBS.getOrDefault(p.token(c + 2).lower(), lemma);
      cueEnd = c + 3;
    }
    int j = cueFirst - 1;
    // "the state incorrectly claimed", "Clinton boldly declared": the adverb belongs to the cue, not the source.
    while (j >= s.first()) {
      Token w = p.token(j);
      // "Theresa May said": a capital inside the sentence is a name, not the modal "may".
      boolean name = w.isCapitalized() && j > s.first();
      if (!name && (Lexicon.CUE_ADVERBS.contains(w.lower()) || isAdverb(w))) {
        j--;
      } else if (j - 1 > s.first() && TIME_WORDS_AFTER.contains(w.lower())
          && TIME_LEADS.contains(p.token(j - 1).lower())) {
        j -= 2;  // "Okafor on Tuesday said", "The Times last week reported": the time is the cue's
      } else {
        break;
      }
    }
    if (j < s.first()) return null;
    Token before = p.token(j);
    String bl = before.lower();

    if (lower.endsWith("ing") && cueFirst == c) return participle(s, c, j, lemma);

    if (bl.equals("who") || bl.equals("which")) {
      int b = j - 1;
      if (b >= s.first() && p.token(b).text().equals(",")) b--;
      int aStart = phrases.leftStart(b, s.first());
      if (aStart < 0) return null;
      aStart = subjects.appositionChainStart(s, aStart);
      return rightSide(s, cueFirst, cueEnd, j, j + 1, new int[] {aStart, b + 1}, lemma);
    }
    boolean afterComma = before.text().equals(",") || p.closes[j] >= 0;
    if (afterComma && before.text().equals(",")) {
      int subject = subjects.subjectWithApposition(s, j);
      if (subject >= 0) {
        int after = skipAddressee(s, cueEnd, lemma);
        int b = subject - 1;
        while (b >= s.first() && p.token(b).text().equals(",")) b--;
        boolean quoteBefore = b >= s.first() && p.closes[b] >= 0 && p.direct[p.closes[b]] && !announcesNext(s, b, after);
        if (quoteBefore || endsContentLeft(s, after)) {
          return leftSide(s, cueFirst, cueEnd, subject, j, subject - 1, after, lemma);
        }
        return rightSide(s, cueFirst, cueEnd, subject, j, null, lemma);
      }
      int[] inserted = subjects.subjectBeforeInsert(s, j);
      // "Polk County GOP Chairman Will Rogers, for example, said Trump’s visit … would likely …": a source after the
      // cue that does not end the sentence is the start of the reported words, and the subject before the insert speaks.
      int inverted = phrases.rightEnd(cueEnd, s.end());
      boolean invertedEnds = inverted > cueEnd && (inverted >= s.end() || NounPhrases.isSentenceStop(p.token(inverted)));
      if (inserted != null && !invertedEnds && !endsContentLeft(s, skipAddressee(s, cueEnd, lemma))) {
        Attribution a = rightSide(s, cueFirst, cueEnd, inserted[0], inserted[1], null, lemma);
        if (a != null) return a;
      }
    }
    if (afterComma && before.text().equals(",") && lemma.equals("tell")) {
      // "“…,” an intelligence source, who was not authorized to speak, told Fox News.": who is told follows "told";
      // who told is the phrase that opens the clause after the quote, with what describes it.
      int[] teller = subjects.subjectBeforeInsert(new Sentence(subjects.clauseStart(s, j), s.end(), s.paragraph()), j);
      if (teller == null) return null;
      int after = skipAddressee(s, cueEnd, lemma);
      return leftSide(s, cueFirst, cueEnd, teller[0], teller[1], teller[0] - 1, after, lemma);
    }
    if (afterComma) {
      int end = phrases.rightEnd(cueEnd, s.end());
      if (end > cueEnd) {
        return leftSide(s, cueFirst, cueEnd, cueEnd, end, cueFirst - 1, end, lemma);
      }
      return null;
    }
    if (DASHES.contains(before.text())) {
      int[] dashed = subjects.subjectBeforeDashes(s, j);
      if (dashed != null) return rightSide(s, cueFirst, cueEnd, dashed[0], dashed[1], null, lemma);
    }
    if (bl.equals("and") || bl.equals("but")) {
      int[] subj = subjects.sentenceSubject(s, j);
      if (subj == null) return null;
      return rightSide(s, cueFirst, cueEnd, subj[0], subj[1], null, lemma);
    }
    int start = phrases.leftStart(j, s.first());
    if (start < 0) return null;
    if (start - 1 >= s.first() && OBJECT_PREPOSITIONS.contains(p.token(start - 1).lower())) {
      // "Protesters marching through the streets chanted": the phrase is a preposition's object, not the subject.
      int[] subj = subjects.sentenceSubject(s, start - 1);
      if (subj != null && subj[1] < start - 1) return rightSide(s, cueFirst, cueEnd, subj[0], subj[1], null, lemma);
    }
    start = subjects.nameBeforeApposition(s, start);
    int after = skipAddressee(s, cueEnd, lemma);
    int b = start - 1;
    while (b >= s.first() && p.token(b).text().equals(",")) b--;
    boolean quoteBefore = b >= s.first() && p.closes[b] >= 0 && p.direct[p.closes[b]] && !announcesNext(s, b, after);
    if (start - 1 >= s.first() && p.token(start - 1).is("as") && !quoteBefore) {
      return rightSide(s, cueFirst, cueEnd, start, j + 1, null, lemma);
    }
    if (quoteBefore || endsContentLeft(s, after)) {
      return leftSide(s, cueFirst, cueEnd, start, j + 1, start - 1, after, lemma);
    }
    return rightSide(s, cueFirst, cueEnd, start, j + 1, null, lemma);
  }

  /**
   * "“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “The attack …”": a quote that ends
   * its own sentence, then a cue and a colon before another quote: the cue brings in the quote after it.
   *
   * @param close the token that closes the quote before the source
   * @param after the token after the cue (and its listener)
   */
  private boolean announcesNext(Sentence s, int close, int after) {
    QuotedSpan q = p.spans.get(p.closes[close]);
    char last = p.text.charAt(Math.max(q.start(), q.end() - 1));
    return (last == '.' || last == '!' || last == '?') && after + 1 < s.end() && p.token(after).text().equals(":")
        && p.opens[after + 1] >= 0 && p.direct[p.opens[after + 1]];
  }

  /** ", adding that …": the subject of the sentence speaks. */
  private Attribution participle(Sentence s, int c, int j, String lemma) {
    boolean comma = p.token(j).text().equals(",") || DASHES.contains(p.token(j).text()) && j > s.first() + 2
        || p.closes[j] >= 0 && j - 1 >= s.first() && p.token(j - 1).text().equals(",");
    // "Obama responded to the mother by saying …", "she began by saying …": the subject of the sentence speaks.
    boolean by = p.token(j).is("by") && j > s.first();
    if (!comma && !by) {
      // "footage of Trump saying, “…”": the name right before the participle speaks.
      Token name = p.token(j);
      if (j != c - 1 || !name.isWord() || !name.isCapitalized() || Lexicon.NOT_NAMES.contains(name.lower())) return null;
      int first = j;
      while (first - 1 >= s.first() && p.token(first - 1).isWord() && p.token(first - 1).isCapitalized()
          && !p.token(first - 1).isPossessive() && !Lexicon.NOT_NAMES.contains(p.token(first - 1).lower())) {
        first--;
      }
      Attribution a = rightSide(s, c, c + 1, first, j + 1, null, lemma);
      return a != null && !a.directSpans().isEmpty() ? a : null;
    }
    int[] subj = subjects.sentenceSubject(s, j);
    if (subj == null) return null;
    // "Dean, a former party chairman, poked at Trump, tweeting, “…”": the subject keeps its apposition.
    int end = asides.sourceEnd(subj[1], asides.verbAfter(subj[1], j));
    int asideEnd = asideBeforeCue(s, c);
    if (asideEnd > 0 && p.token(j).text().equals(",")) {
      // "Sen. Okafor (D-Ore.), noting the size of the list, said, “…”": the participle is an aside between the subject
      // and its cue; it reports its own words up to the comma, and the quote is the cue's.
      int from = c + 1;
      if (from >= asideEnd) return null;
      return new Attribution(c, c + 1, subj[0], end, null, List.of(), p.token(from).start(),
          p.token(asideEnd - 1).end(), null, null, null);
    }
    return rightSide(s, c, c + 1, subj[0], end, null, lemma);
  }

  /**
   * The comma that closes an aside opened by the participle at {@code c} when a speech verb follows it (", noting the
   * size of the list, said"), or -1. Nothing but plain words and commas may stand between.
   */
  private int asideBeforeCue(Sentence s, int c) {
    for (int k = c + 1; k + 1 < s.end() && k - c <= 15; k++) {
      Token t = p.token(k);
      if (p.opens[k] >= 0 || p.closes[k] >= 0 || t.text().equals(";") || t.text().equals(":")
          || NounPhrases.isSentenceStop(t)) {
        return -1;
      }
      if (t.text().equals(",")) {
        return isCue(s, k + 1) && !p.token(k + 1).lower().endsWith("ing") ? k : -1;
      }
    }
    return -1;
  }

  /** Skips the listener after "told" and lead-ins like "on Thursday"; returns where the content may begin. */
  private int skipAddressee(Sentence s, int k, String lemma) {
    int end = s.end();
    if (Lexicon.TAKES_ADDRESSEE.contains(lemma) && k < end && !QUESTION_WORDS.contains(p.token(k).lower())
        && !p.token(k).is("if")) {
      int limit = Math.min(end, k + 7);
      for (int j = k; j < limit; j++) {
        Token t = p.token(j);
        if (NounPhrases.isSentenceStop(t) && clauseAfterListener(k, j)) return listenerEnd(k, end);
        if (t.is("that") || t.text().equals(",") || t.text().equals(":") || NounPhrases.isSentenceStop(t)
            || p.opens[j] >= 0 || j > k && LEAD_INS.contains(t.lower()) && !t.isCapitalized()
            || j > k && startsInfinitive(s, j)) {
          return j;
        }
      }
      return listenerEnd(k, end);
    }
    return k;
  }

  /** The listener's words from {@code k}: a name, a determiner and its noun, or one word ("reporters"). */
  private int listenerEnd(int k, int end) {
    Token t = p.token(k);
    int j = k + 1;
    if (t.isCapitalized()) {
      while (j < end && p.token(j).isCapitalized() && p.token(j).isWord()) j++;
    } else if (Lexicon.DETERMINERS.contains(t.lower()) && j < end) {
      j++;
    }
    return j;
  }

  /**
   * "told reporters the lines were long.": a short clause with a verb of its own follows the listener and ends the
   * sentence, so the sentence's end is not the listener's.
   */
  private boolean clauseAfterListener(int k, int stop) {
    int from = listenerEnd(k, stop);
    if (stop - from < 3) return false;
    for (int j = from + 1; j < stop; j++) {
      String l = p.token(j).lower();
      if (CLAUSE_VERBS.contains(l) || l.endsWith("ed") && !p.token(j).isCapitalized()) return true;
    }
    return false;
  }

  /**
   * "vowed to repeal the tax": what was promised is the whole infinitive, "to" and all; "spoke to reporters" and
   * "responded to the charge" are a preposition and its object.
   */
  private boolean startsInfinitive(Sentence s, int k) {
    if (!p.token(k).is("to") || k + 1 >= s.end()) return false;
    Token next = p.token(k + 1);
    String l = next.lower();
    return next.isWord() && !next.isCapitalized() && !Lexicon.DETERMINERS.contains(l) && !OBJECT_WORDS.contains(l)
        && !l.endsWith("ing") && (!l.endsWith("s") || l.endsWith("ss")) && p.opens[k + 1] < 0;
  }

  /** "said about 20 people applied": "about" before a number is an approximation, not a preposition. */
  private boolean startsAmount(Sentence s, int k) {
    return p.token(k).is("about") && k + 1 < s.end() && Character.isDigit(p.token(k + 1).text().charAt(0));
  }

  /** "complained to CBS that …" starts after "that"; "cautioned against viewing …" after the preposition. */
  private int afterPreposition(Sentence s, int k) {
    for (int j = k + 1; j < Math.min(s.end(), k + 10); j++) {
      Token t = p.token(j);
      if (t.is("that")) return j;
      if (!t.isWord() && !t.text().equals("'") && !t.text().equals("’")) break;
    }
    return k + 1;
  }

  private int skipLeadIns(Sentence s, int k) {
    int end = s.end();
    while (k < end && (p.token(k).lower().endsWith("ly") && !p.token(k).isCapitalized() && p.token(k).isWord()
        || TIME_WORDS.contains(p.token(k).lower()))) {
      k++;
    }
    if (k >= end || !LEAD_INS.contains(p.token(k).lower())) return k;
    for (int j = k; j < Math.min(end, k + 9); j++) {
      Token t = p.token(j);
      if (t.is("that") || NounPhrases.isSentenceStop(t) || p.opens[j] >= 0) return j;
      if (t.text().equals(",")) return j;
    }
    return k;
  }

  /** True when nothing but a comma-led tail or the sentence end follows: "…, the general said." */
  private boolean endsContentLeft(Sentence s, int after) {
    int k = skipLeadIns(s, after);
    if (k >= s.end()) return true;
    Token t = p.token(k);
    return NounPhrases.isSentenceStop(t) && !t.text().equals(":") || t.text().equals(",") && !opensDirectAfter(s, k)
        || p.closes[k] >= 0;
  }

  private boolean opensDirectAfter(Sentence s, int k) {
    return k + 1 < s.end() && p.opens[k + 1] >= 0 && p.direct[p.opens[k + 1]];
  }

  /** Source on the left of the content: "X said (that) …", "X said: “…”". */
  private Attribution rightSide(Sentence s, int cueFirst, int cueEnd, int srcFirst, int srcEnd, int[] antecedent,
      String lemma) {
    int k = skipAddressee(s, cueEnd, lemma);
    String addressee = k > cueEnd ? clean(cueEnd, k) : null;
    String medium = medium(s, k);
    // "told his advisers to find the cuts": what was asked of the listener is the listener and the infinitive.
    if (k > cueEnd && k < s.end() && startsInfinitive(s, k)) {
      int end = contentEndFrom(cueEnd, s.end());
      if (end > p.token(cueEnd).start()) {
        return new Attribution(cueFirst, cueEnd, srcFirst, srcEnd, antecedent, List.of(), p.token(cueEnd).start(),
            end, addressee, medium, null);
      }
    }
    k = skipLeadIns(s, k);
    if (k < s.end() && (p.token(k).text().equals(":") || p.token(k).text().equals(","))) k++;
    if (k < s.end() && PREPOSITIONS.contains(p.token(k).lower()) && !p.token(k).isCapitalized()
        && !startsInfinitive(s, k) && !startsAmount(s, k)) {
      k = afterPreposition(s, k);
    }
    // "said that, if elected, he would …": the "that" opens the reported words and stays with them.
    if (k < s.end() && p.token(k).is("that") && !(k + 1 < s.end() && p.token(k + 1).text().equals(","))) k++;
    if (k >= s.end()) return null;
    List<Integer> direct = directFrom(s, k);
    if (!direct.isEmpty()) {
      return new Attribution(cueFirst, cueEnd, srcFirst, srcEnd, antecedent, direct, -1, -1, addressee, medium, null);
    }
    int end = contentEndFrom(k, s.end());
    if (antecedent != null) end = Math.min(end, relativeClauseEnd(k, s.end()));
    if (end <= p.token(k).start()) return null;
    return new Attribution(cueFirst, cueEnd, srcFirst, srcEnd, antecedent, List.of(), p.token(k).start(), end,
        addressee, medium, null);
  }

  /** Content on the left: "“…,” he said.", "…, the general said.", "…, said Kremenetskyi, who …". */
  private Attribution leftSide(Sentence s, int cueFirst, int cueEnd, int srcFirst, int srcEnd, int before,
      int after, String lemma) {
    int k = Lexicon.TAKES_ADDRESSEE.contains(lemma) && srcEnd == cueFirst ? skipAddressee(s, cueEnd, lemma) : cueEnd;
    String addressee = k > cueEnd && srcEnd <= cueFirst ? clean(cueEnd, k) : null;
    String medium = medium(s, Math.max(k, srcEnd));
    int b = before;
    while (b >= s.first() && (p.token(b).text().equals(",") || p.token(b).text().equals("—"))) b--;
    if (b < s.first()) return null;
    List<Integer> direct = new ArrayList<>();
    if (p.closes[b] >= 0 && p.direct[p.closes[b]]) {
      direct.add(p.closes[b]);
      int tail = Math.max(after, srcEnd);
      if (tail < s.end() && p.token(tail).text().equals(",")) direct.addAll(directFrom(s, tail + 1));
      return new Attribution(cueFirst, cueEnd, srcFirst, srcEnd, null, direct, -1, -1, addressee, medium, null);
    }
    int start = leftContentStart(s, b);
    if (start >= p.token(b).end()) return null;
    int[] rest = parentheticalRest(s, Math.max(after, srcEnd));
    return new Attribution(cueFirst, cueEnd, srcFirst, srcEnd, null, List.of(), start, p.token(b).end(), addressee,
        medium, rest);
  }

  /** "This campaign, she says, is different": the reported words go on after the cue. */
  private int[] parentheticalRest(Sentence s, int after) {
    int k = skipLeadIns(s, after);
    if (k + 1 >= s.end() || !p.token(k).text().equals(",")) return null;
    Token next = p.token(k + 1);
    String l = next.lower();
    if (!next.isWord() || TAIL_STARTS.contains(l) || l.endsWith("ing") || p.opens[k + 1] >= 0) return null;
    int end = contentEndFrom(k + 1, s.end());
    return end > next.start() ? new int[] {next.start(), end} : null;
  }

  /** "a conservative who said she …, was expected to …": the reported words end where the main clause resumes. */
  private int relativeClauseEnd(int k, int end) {
    for (int j = k; j < end; j++) if (p.token(j).text().equals(",") && j > k) return p.token(j - 1).end();
    return Integer.MAX_VALUE;
  }

  private int leftContentStart(Sentence s, int b) {
    int start = s.first();
    for (int k = s.first(); k <= b; k++) if (p.closes[k] >= 0 && p.direct[p.closes[k]]) start = k + 1;
    while (start <= b && !p.token(start).isWord() && p.opens[start] < 0) start++;
    return start <= b ? p.token(start).start() : Integer.MAX_VALUE;
  }

  private List<Integer> directFrom(Sentence s, int k) {
    List<Integer> out = new ArrayList<>();
    if (k < s.end() && p.opens[k] >= 0 && p.direct[p.opens[k]]) {
      for (int j = k; j < s.end(); j++) if (p.opens[j] >= 0 && p.direct[p.opens[j]]) out.add(p.opens[j]);
    }
    return out;
  }

  /** The end offset of content that starts at token {@code k}: the sentence's end, or before ", adding …". */
  private int contentEndFrom(int k, int end) {
    int last = -1;
    for (int j = k; j < end; j++) {
      Token t = p.token(j);
      if (t.text().equals(";") || j > k && p.opens[j] >= 0 && p.direct[p.opens[j]]) break;
      if (t.text().equals(",") && j + 1 < end && p.token(j + 1).lower().endsWith("ing")
          && Lexicon.SPEECH_VERBS.containsKey(p.token(j + 1).lower())) {
        break;
      }
      if (t.text().equals(",") && j + 1 < end && CLAUSE_JOINS.contains(p.token(j + 1).lower())) break;
      // "he had “expanded the party,” claiming that …": a partial quote closed after its comma ends the reported
      // words when the speaker's next act, an aside or a new clause follows.
      if (t.text().equals(",") && j + 2 < end && p.closes[j + 1] >= 0 && !p.direct[p.closes[j + 1]]
          && endsAfterPartial(p.token(j + 2))) {
        last = j + 1;
        break;
      }
      // "… had released her tax returns and called on Okafor to do the same": the speaker's next act is not content.
      if ((t.is("and") || t.is("but")) && j > k + 2 && speechVerbAfter(j + 1, end)) {
        last = p.token(j - 1).text().equals(",") ? j - 2 : j - 1;
        break;
      }
      if (!(NounPhrases.isSentenceStop(t) || p.closes[j] >= 0 && NounPhrases.isSentenceStop(p.token(j - 1)))) last = j;
    }
    return last < 0 ? -1 : p.token(last).end();
  }

  /** A word that, after a closed partial quote and its comma, is no longer what was said. */
  private static boolean endsAfterPartial(Token t) {
    String l = t.lower();
    return t.isWord() && !t.isCapitalized() && l.endsWith("ing");
  }

  /** "and said", "but also noted", "and then told": a speech verb, maybe after an adverb, starts at {@code k}. */
  private boolean speechVerbAfter(int k, int end) {
    while (k < end && (p.token(k).is("also") || p.token(k).is("then") || p.token(k).is("later"))) k++;
    return k < end && Lexicon.SPEECH_VERBS.containsKey(p.token(k).lower()) && !p.token(k).isCapitalized();
  }

  /** "posted on his Truth Social platform", "wrote on Twitter": the capitalised name after on/in. */
  private String medium(Sentence s, int k) {
    for (int j = k; j < Math.min(s.end(), k + 6); j++) {
      Token t = p.token(j);
      if (t.is("that") || t.text().equals(",") || p.opens[j] >= 0) return null;
      if (!(t.is("on") || t.is("in") || t.is("via"))) continue;
      int n = j + 1;
      while (n < s.end() && Lexicon.DETERMINERS.contains(p.token(n).lower())) n++;
      int m = n;
      while (m < s.end() && p.token(m).isWord() && p.token(m).isCapitalized()
          && !Lexicon.NOT_NAMES.contains(p.token(m).lower())) {
        m++;
      }
      if (m > n) return clean(n, m);
    }
    return null;
  }

  private String clean(int from, int to) {
    return Token.oneLine(p.text.substring(p.token(from).start(), p.token(to - 1).end()));
  }
}
