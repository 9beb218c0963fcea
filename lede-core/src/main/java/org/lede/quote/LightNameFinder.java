package org.lede.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds names by their shape: runs of capitalised words, split into titles ("Maj. Gen.", "Prime Minister") and a
 * name, and classed as an organisation when a word like "Department" or an acronym says so. A role is taken from
 * the words before the title ("Japanese government spokesman Kei Sato") or an apposition on either side
 * ("Ukraine’s military attaché, Maj. Gen. Borys Kremenetskyi"; "Borys Wrzesnewskyj, a former lawmaker").
 */
final class LightNameFinder implements NameFinder {
  static final LightNameFinder INSTANCE = new LightNameFinder();

  private LightNameFinder() {}

  @Override
  public List<NameMention> find(String text) {
    return find(text, Tokenizer.tokenize(text));
  }

  List<NameMention> find(String text, List<Token> tokens) {
    List<NameMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (!t.isWord() || !t.isCapitalized()) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && !tokens.get(j - 1).isPossessive() && sameLine(text, tokens.get(j - 1), tokens.get(j))) {
        Token u = tokens.get(j);
        if (u.isWord() && u.isCapitalized()) {
          j++;
        } else if (isConnector(u) && j + 1 < tokens.size() && tokens.get(j + 1).isCapitalized()
            && tokens.get(j + 1).isWord()) {
          j += 2;
        } else {
          break;
        }
      }
      classify(text, tokens, i, j, out);
      i = j;
    }
    return out;
  }

  private static boolean sameLine(String text, Token a, Token b) {
    for (int i = a.end(); i < b.start(); i++) if (text.charAt(i) == '\n') return false;
    return true;
  }

  private static boolean isConnector(Token u) {
    String l = u.lower();
    return l.equals("of") || l.equals("for") || l.equals("the") || l.equals("de") || l.equals("al") || l.equals("bin")
        || l.equals("von") || l.equals("van") || l.equals("and") || l.equals("&");
  }

  private void classify(String text, List<Token> tokens, int from, int to, List<NameMention> out) {
    int a = from;
    while (a < to && Lexicon.NOT_NAMES.contains(bare(tokens.get(a)))) a++;
    // "Farmer Ana Ostrowski" at a sentence start: the capital belongs to the sentence, the noun is a role.
    int roleWords = a;
    while (roleWords < to - 1 && Lexicon.PERSON_NOUNS.contains(bare(tokens.get(roleWords)))
        && !Lexicon.TITLES.containsKey(tokens.get(roleWords).lower())) {
      roleWords++;
    }
    String leadingRole = roleWords > a ? text.substring(tokens.get(a).start(), tokens.get(roleWords - 1).end()) : null;
    a = roleWords;
    if (a >= to) return;
    int nameStart = a;
    while (nameStart < to && isTitleWord(tokens, nameStart, to)) nameStart++;
    if (nameStart == a) nameStart = afterQualifiedTitle(tokens, a, to);
    for (int k = nameStart == to ? a : nameStart; k < to; k++) {
      String l = bare(tokens.get(k));
      if (Lexicon.ORGANIZATION_NOUNS.contains(l) && tokens.get(k).isCapitalized() || isAcronym(tokens.get(k).text())) {
        int s = tokens.get(from).lower().equals("the") ? from : a;
        out.add(new NameMention(tokens.get(s).start(), end(tokens.get(to - 1)), strip(text, tokens.get(s).start(),
            tokens.get(to - 1)), SpeakerKind.ORGANIZATION, null, null));
        return;
      }
    }
    int nameLen = to - nameStart;
    boolean titled = nameStart > a;
    // "China and Russia", "Smith and Jones": two names joined, never one person. Two full names joined ("Donald
    // Trump and Hillary Clinton vied …") are two people, each read on its own.
    for (int k = nameStart; k < to; k++) {
      if (tokens.get(k).is("and") || tokens.get(k).is("&")) {
        if (k - nameStart >= 2 && to - k - 1 >= 2 && tokens.get(k).is("and") && !tokens.get(k - 1).isPossessive()) {
          classify(text, tokens, nameStart, k, out);
          classify(text, tokens, k + 1, to, out);
        }
        return;
      }
    }
    if (nameLen == 0 || nameLen == 1 && !titled) return;
    if (nameLen > 4) return;
    if (from > 0 && isPossessiveDeterminer(tokens.get(from - 1))) return;
    String title = titled ? text.substring(tokens.get(a).start(), tokens.get(nameStart - 1).end()) : null;
    String role = leadingRole != null ? leadingRole : roleBefore(text, tokens, a);
    if (role == null) role = roleAfter(text, tokens, to);
    Token last = tokens.get(to - 1);
    out.add(new NameMention(tokens.get(nameStart).start(), end(last), strip(text, tokens.get(nameStart).start(), last),
        SpeakerKind.PERSON, title, role));
  }

  /**
   * "Finance Minister Claire Dubois", "House Speaker Paul Ryan", "Senate Majority Leader Mitch McConnell": words that
   * qualify a title or role noun come before it, and the name follows it. Returns where the name starts, or
   * {@code from} when the run holds no such title. The name must not itself read as an organisation.
   */
  private static int afterQualifiedTitle(List<Token> tokens, int from, int to) {
    for (int r = to - 2; r > from; r--) {
      String l = bare(tokens.get(r));
      boolean title = !Lexicon.TITLES.getOrDefault(l, "").isEmpty();
      if (!title && !Lexicon.PERSON_NOUNS.contains(l)) continue;
      int nameLen = to - r - 1;
      if (nameLen > 3 || nameLen < (title ? 1 : 2)) return from;
      for (int k = r + 1; k < to; k++) {
        Token t = tokens.get(k);
        if (!t.isWord() || isConnector(t) || isAcronym(t.text()) || Lexicon.ORGANIZATION_NOUNS.contains(bare(t))) {
          return from;
        }
      }
      return r + 1;
    }
    return from;
  }

  private static boolean isTitleWord(List<Token> tokens, int k, int to) {
    String l = tokens.get(k).lower();
    if (!Lexicon.TITLES.containsKey(l)) return false;
    // "of" and "State" are title words only inside a title: "Secretary of State Antony Blinken".
    if (Lexicon.TITLES.get(l).isEmpty() && !l.endsWith(".") && !l.equals("miss")) {
      return k > 0 && Lexicon.TITLES.containsKey(tokens.get(k - 1).lower()) && k + 2 < to + 1;
    }
    return true;
  }

  private static boolean isAcronym(String s) {
    if (s.length() < 2 || s.length() > 6) return false;
    for (int i = 0; i < s.length(); i++) if (!Character.isUpperCase(s.charAt(i))) return false;
    // "MP", "MLA": titles of people, not organisations.
    return !s.equals("US") && !s.equals("UK") && !s.equals("II") && !s.equals("III")
        && !Lexicon.TITLES.containsKey(s.toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isPossessiveDeterminer(Token t) {
    String l = t.lower();
    return l.equals("his") || l.equals("her") || l.equals("their") || l.equals("its") || l.equals("our")
        || l.equals("my") || l.equals("your");
  }

  static String bare(Token t) {
    String l = t.lower();
    return l.endsWith("'s") ? l.substring(0, l.length() - 2) : l;
  }

  private static int end(Token last) {
    return last.isPossessive() ? last.end() - (last.lower().endsWith("'s") ? 2 : 1) : last.end();
  }

  private static String strip(String text, int start, Token last) {
    return Token.oneLine(text.substring(start, end(last)));
  }

  /** "Japanese government spokesman Kei Sato", or "Ukraine’s military attaché, Maj. Gen. Borys Kremenetskyi". */
  private static String roleBefore(String text, List<Token> tokens, int nameFrom) {
    int k = nameFrom - 1;
    if (k >= 0 && tokens.get(k).text().equals(",")) k--;
    if (k < 0 || !Lexicon.PERSON_NOUNS.contains(bare(tokens.get(k)))) return null;
    int end = k;
    int start = k;
    while (start - 1 >= 0 && end - start < 5) {
      Token p = tokens.get(start - 1);
      String l = p.lower();
      if (!p.isWord() || Lexicon.PHRASE_STOPS.contains(l) || Lexicon.SPEECH_VERBS.containsKey(l)) break;
      start--;
      if (Lexicon.DETERMINERS.contains(l)) break;
    }
    return text.substring(tokens.get(start).start(), tokens.get(end).end());
  }

  /** "Borys Wrzesnewskyj, a former Liberal lawmaker in Canada who ...": the apposition up to who, comma or verb. */
  private static String roleAfter(String text, List<Token> tokens, int after) {
    if (after + 1 >= tokens.size() || !tokens.get(after).text().equals(",")) return null;
    String first = tokens.get(after + 1).lower();
    if (!first.equals("a") && !first.equals("an") && !first.equals("the") && !first.equals("former")
        && !(Lexicon.PERSON_NOUNS.contains(first) && !first.endsWith("s"))) {
      return null;
    }
    int k = after + 1;
    int end = k;
    while (k < tokens.size() && k - after < 14) {
      Token u = tokens.get(k);
      String l = u.lower();
      if (!u.isWord() && !u.text().equals("-")) break;
      if (Lexicon.RELATIVES.contains(l) || Lexicon.SPEECH_VERBS.containsKey(l)) break;
      end = k;
      k++;
    }
    return end > after + 1 ? text.substring(tokens.get(after + 1).start(), tokens.get(end).end()) : null;
  }
}
