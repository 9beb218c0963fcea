package org.lede.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people of one article as a reader meets them: introduced by name, met again by surname or by title ("the
 * general"), and given a gender by the pronouns that follow them. One pass over the text, in order.
 */
final class People {
  private static final Pattern AGE = Pattern.compile("\\d{1,3}");
  private static final Pattern SUFFIX = Pattern.compile("(?i)jr\\.?|sr\\.?|ii|iii|iv");

  /** One place where the text refers to a person. */
  record Mention(int start, int end, Entity entity, int sentence) {}

  private static final int PRONOUN_LOOKBACK = 40;
  /** Words before a place: "in St. Louis", "near Kelowna". A person is rarely "in" someone. */
  private static final Set<String> LOCATIVES = Set.of("in", "near", "across", "throughout", "outside", "inside");

  private final Passage passage;
  final List<Mention> mentions = new ArrayList<>();
  private final Map<String, Entity> byName = new HashMap<>();
  private final Map<String, Entity> bySurname = new HashMap<>();
  private final Map<String, Entity> byRoleNoun = new HashMap<>();
  private final Map<Integer, NameMention> namesByStart = new HashMap<>();
  private static final Entity AMBIGUOUS = new Entity("", SpeakerKind.PERSON, true, null, null);
  private final Map<Integer, Entity> byAge = new HashMap<>();
  /** The person each gendered pronoun (by offset) gave its gender to, and which way. */
  private final Map<Integer, Entity> votedFor = new HashMap<>();

  People(Passage passage, List<NameMention> names) {
    this.passage = passage;
    for (NameMention m : names) namesByStart.put(m.start(), m);
    read();
  }

  /** The name found starting at {@code offset}, if any. */
  NameMention nameAt(int offset) {
    return namesByStart.get(offset);
  }

  Entity bySurname(String surname) {
    return bySurname.get(surname);
  }

  Entity byRoleNoun(String noun) {
    return byRoleNoun.get(noun);
  }

  /** Registers a person first met as a speaker ("said Anne Speckhard") the name layer did not know. */
  Entity personNamed(NameMention m) {
    Entity e = byName.get(m.name());
    if (e == null && !m.name().contains(" ")) e = bySurname.get(m.name());
    if (e == null) {
      e = new Entity(m.name(), SpeakerKind.PERSON, false, m.title(), m.role());
      byName.put(m.name(), e);
      bySurname.put(surname(m.name()), e);
    } else {
      e.enrich(m.title(), m.role());
    }
    for (String noun : e.roleNouns) byRoleNoun.put(noun, e);
    return e;
  }

  /**
   * The one person a paragraph names outside quotes, as its last mention there; null when it names none or several.
   * A quote that opens the next paragraph with no cue is most often theirs.
   */
  Mention solePersonOf(int paragraph) {
    Mention last = null;
    int k = lastBefore(Integer.MAX_VALUE);
    for (; k >= 0; k--) {
      Mention m = mentions.get(k);
      int at = passage.paragraphOf[tokenAt(m.start())];
      if (at > paragraph) continue;
      if (at < paragraph) break;
      if (last == null) last = m;
      else if (m.entity() != last.entity()) return null;
    }
    return last;
  }

  private void read() {
    List<Token> tokens = passage.tokens;
    List<Entity> thisSentence = new ArrayList<>();
    List<Entity> lastSentence = new ArrayList<>();
    int sentence = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (passage.sentenceOf[i] != sentence) {
        sentence = passage.sentenceOf[i];
        lastSentence = thisSentence;
        thisSentence = new ArrayList<>();
      }
      Token t = tokens.get(i);
      boolean quoted = passage.inDirect(i);
      NameMention m = namesByStart.get(t.start());
      if (m != null && m.kind() == SpeakerKind.PERSON) {
        Entity e = personNamed(m);
        int j = i;
        while (j + 1 < tokens.size() && tokens.get(j + 1).start() < m.end()) j++;
        if (!quoted) add(new Mention(m.start(), m.end(), e, sentence), thisSentence);
        if (i > 0 && LOCATIVES.contains(tokens.get(i - 1).lower()) && !tokens.get(j).isPossessive()) e.placeLike = true;
        if (describedAsPerson(j + 1)) {
          e.described = true;
          String after = tokens.get(j + 2).text();
          if (AGE.matcher(after).matches()) byAge.merge(Integer.valueOf(after), e, (a, b) -> a == b ? a : AMBIGUOUS);
        }
        i = j;
        continue;
      }
      if (quoted || !t.isWord()) continue;
      String bare = LightNameFinder.bare(t);
      Entity known = t.isCapitalized() ? bySurname.get(t.withoutPossessive()) : null;
      if (known != null) {
        add(new Mention(t.start(), t.start() + t.withoutPossessive().length(), known, sentence), thisSentence);
        continue;
      }
      if ((bare.equals("the") || bare.equals("this")) && i + 1 < tokens.size()) {
        int k = i + 1;
        if (k + 1 < tokens.size() && !byRoleNoun.containsKey(LightNameFinder.bare(tokens.get(k)))) k++;
        Entity byRole = byRoleNoun.get(LightNameFinder.bare(tokens.get(k)));
        if (byRole != null && byRole.kind == SpeakerKind.PERSON) {
          add(new Mention(t.start(), tokens.get(k).end(), byRole, sentence), thisSentence);
          i = k;
        }
        continue;
      }
      if (Lexicon.MALE.contains(bare) || Lexicon.FEMALE.contains(bare)) {
        Entity voted = soleDistinct(thisSentence);
        if (voted == null && thisSentence.isEmpty()) voted = soleDistinct(lastSentence);
        // A pronoun that opens a sentence most often names the subject of the sentence before it.
        boolean opensSentence = i == 0 || passage.sentenceOf[i - 1] != sentence;
        if (voted == null && thisSentence.isEmpty() && opensSentence && !lastSentence.isEmpty()) {
          voted = lastSentence.get(0);
        }
        if (voted != null) {
          if (Lexicon.MALE.contains(bare)) voted.male++;
          else voted.female++;
          votedFor.put(t.start(), voted);
        }
      }
    }
  }

  /** The one person the article gives {@code age} ("Kyle Anders, 32,"), or null when none or several. */
  Entity byAge(int age) {
    Entity e = byAge.get(age);
    return e == AMBIGUOUS ? null : e;
  }

  /** ", who …" or ", 62," after a name: only a person is a who or has an age. */
  private boolean describedAsPerson(int k) {
    List<Token> tokens = passage.tokens;
    if (k + 1 >= tokens.size() || !tokens.get(k).is(",")) return false;
    Token next = tokens.get(k + 1);
    return next.is("who") || next.is("whose") || Character.isDigit(next.text().charAt(0)) && k + 2 < tokens.size()
        && tokens.get(k + 2).is(",") && next.text().length() <= 3;
  }

  private void add(Mention m, List<Entity> sentence) {
    mentions.add(m);
    sentence.add(m.entity());
  }

  private static Entity soleDistinct(List<Entity> entities) {
    Set<Entity> distinct = new HashSet<>(entities);
    return distinct.size() == 1 ? entities.get(0) : null;
  }

  static String surname(String name) {
    String[] parts = name.split(" ");
    int k = parts.length - 1;
    while (k > 0 && (SUFFIX.matcher(parts[k]).matches())) k--;
    return parts[k];
  }

  /**
   * The person a pronoun most likely names: the nearest earlier person of the pronoun's gender, else the nearest
   * whose gender the text does not tell, else {@code fallback} (the latest speaker). The pronoun's own vote does not
   * count: "Nova Scotia wants more. “…,” she said." would otherwise make the province a woman by that very "she".
   *
   * @param gender +1 for he, -1 for she
   */
  Entity resolvePronoun(int offset, int gender, Entity fallback) {
    int hi = lastBefore(offset);
    Entity unknown = null;
    int paragraph = passage.paragraphOf[tokenAt(offset)];
    Entity ownVote = votedFor.get(offset);
    for (int k = hi; k >= 0 && k > hi - PRONOUN_LOOKBACK; k--) {
      Entity e = mentions.get(k).entity();
      if (e.placeLike && !e.introducedAsPerson()) continue;
      int g = e == ownVote ? Integer.compare(e.male - Math.max(0, gender), e.female - Math.max(0, -gender))
          : e.gender();
      int mentionParagraph = passage.paragraphOf[tokenAt(mentions.get(k).start())];
      if (g == gender && (unknown == null || paragraph - mentionParagraph <= 1)) return e;
      if (g == 0 && unknown == null) unknown = e;
    }
    if (unknown != null) return unknown;
    return fallback;
  }

  private int lastBefore(int offset) {
    int lo = 0;
    int hi = mentions.size() - 1;
    int ans = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start() < offset) {
        ans = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return ans;
  }

  private int tokenAt(int offset) {
    List<Token> tokens = passage.tokens;
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (tokens.get(mid).start() <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
