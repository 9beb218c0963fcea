package org.lede.quote;

import java.util.HashMap;
import java.util.Map;

/**
 * Ties a source as written to who it names, the way a reader does: a name, a surname met before, a pronoun, a
 * title or role noun ("the general"), the phrase a "who said" hangs on, or a description that stands alone
 * ("a senior federal law enforcement official", "The State Department", "analysts"). Holds the article's latest
 * speaker and its described sources, so one instance serves one article.
 */
final class SpeakerResolver {
  private static final java.util.Set<String> HEAD_ENDS = java.util.Set.of("of", "for", "at", "in", "with", "from",
      "on", "close", "briefed", "by");

  private final Passage p;
  private final People people;
  private final Map<String, Speaker> described = new HashMap<>();
  private Entity lastSpeaker;
  /** The source resolved last, of any kind: "it" names it when it was an organisation or a document. */
  private Speaker lastResolved;

  SpeakerResolver(Passage passage, People people) {
    this.p = passage;
    this.people = people;
  }

  Speaker resolve(Attribution a) {
    Speaker s;
    if (a.antecedent() != null) {
      Speaker ante = resolveRange(a.antecedent()[0], a.antecedent()[1]);
      Token who = p.token(a.sourceFirst());
      s = ante.at(who.text(), who.start(), who.end(), Resolution.RELATIVE_CLAUSE);
    } else {
      s = resolveRange(a.sourceFirst(), a.sourceEnd());
    }
    lastResolved = s;
    return s;
  }

  private Speaker resolveRange(int first, int end) {
    int start = p.token(first).start();
    int stop = end;
    while (stop > first + 1 && (p.token(stop - 1).text().equals(",") || p.token(stop - 1).text().equals("."))) stop--;
    int endOffset = p.token(stop - 1).end();
    String mention = p.text.substring(start, endOffset);
    Token t0 = p.token(first);
    String l0 = t0.lower();
    if (stop - first == 1 && (l0.equals("he") || l0.equals("she"))) {
      Entity e = people.resolvePronoun(start, l0.equals("he") ? 1 : -1, lastSpeaker);
      if (e == null) return new Speaker(mention, start, endOffset, mention, Resolution.PRONOUN, false, SpeakerKind.PERSON, null, null);
      lastSpeaker = e;
      return e.speaker(mention, start, endOffset, Resolution.PRONOUN);
    }
    if (stop - first == 1 && isHonorific(l0)) {
      // "Ms. said": a bare honorific names the nearest person it fits, like a pronoun; it is never a name itself.
      int gender = Lexicon.MALE.contains(l0) ? 1 : Lexicon.FEMALE.contains(l0) ? -1 : 0;
      Entity e = gender == 0 ? lastSpeaker : people.resolvePronoun(start, gender, lastSpeaker);
      if (e == null) return new Speaker(mention, start, endOffset, mention, Resolution.TITLE, true, SpeakerKind.PERSON, null, null);
      lastSpeaker = e;
      return e.speaker(mention, start, endOffset, Resolution.TITLE);
    }
    Integer age = ageOf(first, stop);
    if (age != null) {
      // "the 32-year-old (welder)": the person the article gave that age.
      Entity e = people.byAge(age);
      if (e != null) {
        lastSpeaker = e;
        return e.speaker(mention, start, endOffset, Resolution.TITLE);
      }
    }
    if (stop - first == 1 && l0.equals("it") && lastResolved != null
        && lastResolved.kind() == SpeakerKind.ORGANIZATION) {
      // "The union wrote to its members. “…,” it read.": "it" is the body or the document that spoke last.
      return lastResolved.at(mention, start, endOffset, Resolution.PRONOUN);
    }
    if (stop - first == 1 && NounPhrases.isPronoun(t0)) {
      return new Speaker(mention, start, endOffset, mention, Resolution.PRONOUN, false, SpeakerKind.GROUP, null, null);
    }
    int coreEnd = first;
    while (coreEnd < stop && !isCoreBreak(p.token(coreEnd))) coreEnd++;
    if (coreEnd == first) coreEnd = stop;
    NameMention organization = null;
    for (int k = first; k < stop; k++) {
      Token t = p.token(k);
      if (k > first && isRelative(t)) break;
      NameMention m = people.nameAt(t.start());
      if (m == null) continue;
      if (m.kind() == SpeakerKind.PERSON && !possessiveAt(m.end())) {
        Entity e = people.personNamed(m);
        lastSpeaker = e;
        boolean surname = !m.name().contains(" ") && e.name.contains(" ");
        return e.speaker(mention, start, endOffset, surname ? Resolution.SURNAME : Resolution.NAMED);
      }
      if (m.kind() == SpeakerKind.ORGANIZATION && organization == null && k < coreEnd && !possessiveAt(m.end())
          && !describesPerson(k, m.end(), coreEnd)) {
        organization = m;
      }
    }
    if (organization != null) {
      return new Speaker(mention, start, endOffset, organization.name(), Resolution.NAMED, false,
          SpeakerKind.ORGANIZATION, null, null);
    }
    int coreStop = coreEnd;
    String core = Token.oneLine(p.text.substring(start, p.token(coreStop - 1).end()));
    if (coreStop - first == 1 && t0.isCapitalized()) {
      String bare = t0.withoutPossessive();
      Entity e = people.bySurname(bare);
      if (e != null) {
        lastSpeaker = e;
        return e.speaker(mention, start, endOffset, e.name.equals(bare) ? Resolution.NAMED : Resolution.SURNAME);
      }
    }
    String head = LightNameFinder.bare(p.token(headOf(first, coreStop)));
    boolean definite = !(l0.equals("a") || l0.equals("an") || l0.equals("another") || l0.equals("one"));
    boolean conjoined = false;
    for (int k = first; k < coreStop; k++) if (p.token(k).is("and")) conjoined = true;
    if (definite && !conjoined) {
      Entity e = people.byRoleNoun(head);
      if (e != null && coreStop - first <= 5) {
        lastSpeaker = e;
        return e.speaker(mention, start, endOffset, Resolution.TITLE);
      }
      Speaker d = described.get(head);
      if (d != null && coreStop - first <= 3) return d.at(mention, start, endOffset, Resolution.TITLE);
    }
    if (Lexicon.ORGANIZATION_NOUNS.contains(head) || Lexicon.DOCUMENT_NOUNS.contains(head)) {
      return new Speaker(mention, start, endOffset, core, Resolution.NAMED, false, SpeakerKind.ORGANIZATION, null, null);
    }
    boolean plural = conjoined || head.endsWith("s") && !head.endsWith("ss");
    if (Lexicon.PERSON_NOUNS.contains(head) || !t0.isCapitalized() || l0.equals("the")) {
      Speaker s = new Speaker(mention, start, endOffset, core, Resolution.NAMED, true,
          plural ? SpeakerKind.GROUP : SpeakerKind.PERSON, null, null);
      if (!plural && !definite) described.put(head, s);
      return s;
    }
    NameMention invented = new NameMention(start, p.token(coreStop - 1).end(), Token.withoutPossessive(core),
        SpeakerKind.PERSON, null, null);
    Entity e = people.personNamed(invented);
    lastSpeaker = e;
    return e.speaker(mention, start, endOffset, Resolution.NAMED);
  }

  private static boolean isHonorific(String lower) {
    return lower.endsWith(".") && Lexicon.TITLES.containsKey(lower) || lower.equals("miss");
  }

  /** The age in "the 32-year-old" or "the 32-year-old welder", or null. */
  private Integer ageOf(int first, int stop) {
    if (stop - first > 4 || !p.token(first).is("the") || first + 1 >= stop) return null;
    String w = p.token(first + 1).lower();
    int dash = w.indexOf("-year-old");
    if (dash <= 0 || dash > 3) return null;
    for (int i = 0; i < dash; i++) if (!Character.isDigit(w.charAt(i))) return null;
    return Integer.valueOf(w.substring(0, dash));
  }

  /** The head noun of a description: "a person familiar with the talks" is a person. */
  private int headOf(int first, int coreStop) {
    for (int k = first + 1; k < coreStop; k++) {
      String before = LightNameFinder.bare(p.token(k - 1));
      if (HEAD_ENDS.contains(p.token(k).lower())
          && (Lexicon.PERSON_NOUNS.contains(before) || Lexicon.DOCUMENT_NOUNS.contains(before))) {
        return k - 1;
      }
      if (p.token(k).is("familiar")) return k - 1;
    }
    return coreStop - 1;
  }

  /** Remembers who spoke last, for a pronoun that finds no better fit. */
  void spoke(Speaker s) {
    if (s != null && s.kind() == SpeakerKind.PERSON && !s.anonymous()) {
      Entity e = people.bySurname(People.surname(s.name()));
      if (e != null) lastSpeaker = e;
    }
  }

  /** "One City analyst", "White House press secretary": the organisation only qualifies the person who speaks. */
  private boolean describesPerson(int nameFirst, int nameEnd, int coreEnd) {
    int k = nameFirst;
    while (k < coreEnd && p.token(k).start() < nameEnd) k++;
    return k < coreEnd && Lexicon.PERSON_NOUNS.contains(LightNameFinder.bare(p.token(coreEnd - 1)));
  }

  private boolean possessiveAt(int offset) {
    if (offset + 1 < p.text.length() && (p.text.startsWith("’s", offset) || p.text.startsWith("'s", offset))) return true;
    // "Pellows’ campaign manager": a name ending in s takes the apostrophe alone.
    return offset > 0 && offset + 1 < p.text.length() && p.text.charAt(offset - 1) == 's'
        && (p.text.charAt(offset) == '’' || p.text.charAt(offset) == '\'') && p.text.charAt(offset + 1) == ' ';
  }

  private static boolean isCoreBreak(Token t) {
    return t.text().equals(",") || t.text().equals("(") || isRelative(t);
  }

  private static boolean isRelative(Token t) {
    return t.is("who") || t.is("whose") || t.is("which");
  }
}
