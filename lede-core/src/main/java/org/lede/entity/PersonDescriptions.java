package org.lede.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the titles, roles and age news writing puts around a person's name: before it ("Hungarian Prime Minister
 * Viktor Orban", "Ukraine’s military attaché, Maj. Gen. Borys Kremenetskyi"), after it in apposition
 * ("Asuka Tatebayashi, a geopolitical analyst at Mizuho Bank", "Takaichi, 64,") or after "as" ("as director of
 * the International Center"). Stateless.
 */
final class PersonDescriptions {
  private static final Pattern AGE = Pattern.compile("\\d{1,3}");

  private PersonDescriptions() {}

  /** Ranks and honorifics: titles rather than roles. */
  private static final Set<String> RANKS = Set.of(
      "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "gen", "maj", "col", "lt",
      "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "major", "general", "colonel", "lieutenant", "captain",
      "admiral", "sergeant", "corporal", "commander");

  /** Lower-case words that may sit inside a role written before a name ("government spokesman"). */
  private static final Set<String> ROLE_WORDS = Set.of(
      "government", "military", "foreign", "defense", "defence", "former", "late", "senior", "deputy", "party",
      "opposition", "national", "security", "state", "federal", "finance", "interior", "justice", "health",
      "trade", "chief", "spokesman", "spokeswoman", "spokesperson", "analyst", "attaché", "attache", "envoy",
      "ambassador", "minister", "president", "premier", "leader", "secretary", "director", "official", "coach",
      "manager", "chairman", "chairwoman", "executive", "economist", "lawmaker", "senator", "governor", "mayor",
      "general", "commander", "head", "founder", "prosecutor", "judge", "lawyer", "striker", "midfielder",
      "goalkeeper", "captain", "police", "army", "navy", "club", "team", "company", "bank", "acting", "interim",
      "vice", "assistant", "first", "female", "male", "top", "veteran", "prime", "of", "the");

  /** Nouns a role phrase ends on. */
  private static final Set<String> ROLE_HEADS = Set.of(
      "attaché", "attache", "spokesman", "spokeswoman", "spokesperson", "analyst", "envoy", "ambassador",
      "minister", "president", "premier", "leader", "secretary", "director", "official", "coach", "manager",
      "chairman", "chairwoman", "executive", "economist", "lawmaker", "senator", "governor", "mayor", "general",
      "commander", "head", "founder", "prosecutor", "judge", "lawyer", "chief", "officer", "adviser", "advisor",
      "professor", "researcher", "expert", "strategist", "correspondent", "editor", "owner", "captain",
      "striker", "goalkeeper", "midfielder", "mp", "representative", "congressman", "congresswoman");

  private static final Set<String> CLAUSE_ENDS = Set.of(
      ",", ".", ";", ":", "said", "says", "told", "who", "which", "that", "and", "\"", "“", "”");

  static Description describe(TokenizedText t, NameSpan name, boolean[] inName) {
    List<String> titles = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    int from = name.from();
    int k = from;
    while (k > 0 && !t.startsSentence(k) && isPreNameWord(t, k - 1, inName)) k--;
    int titleStart = from;
    while (titleStart > k && RANKS.contains(NewsWords.key(t.word(titleStart - 1)))) titleStart--;
    if (titleStart < from) titles.add(t.words(titleStart, from));
    if (k < titleStart && hasTitleWord(t, k, titleStart)) roles.add(t.words(k, titleStart));
    if (k > 1 && t.word(k - 1).equals(",") && !t.startsSentence(k)) {
      String before = roleBeforeComma(t, k - 1);
      if (before != null) roles.add(before);
    }
    Integer age = null;
    int after = name.to();
    if (after + 1 < t.size() && t.word(after).equals(",")) {
      String w = t.word(after + 1);
      if (AGE.matcher(w).matches() && Integer.parseInt(w) < 120
          && (after + 2 >= t.size() || CLAUSE_ENDS.contains(t.word(after + 2)) || t.word(after + 2).equals(")"))) {
        age = Integer.parseInt(w);
      } else {
        String appositive = appositive(t, after + 1);
        if (appositive != null) roles.add(appositive);
      }
    }
    String as = asRole(t, name.to());
    if (as != null) roles.add(as);
    return titles.isEmpty() && roles.isEmpty() && age == null ? Description.NONE : new Description(titles, roles, age);
  }

  private static boolean isPreNameWord(TokenizedText t, int i, boolean[] inName) {
    String w = t.word(i);
    String key = NewsWords.key(w);
    if (inName[i]) return true;
    if (t.token(i).isPossessive()) return i > 0 && inName[i - 1];
    if (NewsWords.countryOf(w) != null) return true;
    if (w.length() <= 3 && w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
      return true;
    }
    if (w.equals("of")) {
      return i > 0 && i + 1 < t.size() && t.token(i - 1).isCapitalized() && NewsWords.isTitleWord(t.word(i - 1))
          && t.token(i + 1).isCapitalized();
    }
    if (Character.isUpperCase(w.charAt(0))) return NewsWords.isTitleWord(w) || RANKS.contains(key);
    return ROLE_WORDS.contains(key) && !key.equals("the") && !key.equals("of");
  }

  private static boolean hasTitleWord(TokenizedText t, int from, int to) {
    for (int i = from; i < to; i++) {
      String key = NewsWords.key(t.word(i));
      if (NewsWords.HEAD_TITLES.contains(key) || ROLE_HEADS.contains(key)) return true;
    }
    return false;
  }

  /** "said Ukraine’s military attaché, Maj. Gen. ...": the phrase before the comma, when it ends on a role noun. */
  private static String roleBeforeComma(TokenizedText t, int comma) {
    int end = comma;
    if (!ROLE_HEADS.contains(NewsWords.key(t.word(end - 1)))) return null;
    int start = end - 1;
    while (start > 0 && !t.startsSentence(start) && !CLAUSE_ENDS.contains(t.word(start - 1).toLowerCase(Locale.ROOT))
        && end - start < 8) {
      start--;
    }
    String first = t.word(start).toLowerCase(Locale.ROOT);
    if (first.equals("the") || first.equals("a") || first.equals("an")) start++;
    return start < end ? t.words(start, end) : null;
  }

  /** ", a geopolitical analyst at Mizuho Bank said": an article-led phrase up to the clause's end. */
  private static String appositive(TokenizedText t, int start) {
    String first = t.word(start).toLowerCase(Locale.ROOT);
    boolean led = first.equals("a") || first.equals("an") || first.equals("the");
    if (!led && !ROLE_HEADS.contains(first) && !ROLE_WORDS.contains(first)) return null;
    int end = start;
    boolean head = false;
    while (end < t.size() && !t.startsSentence(end) || end == start) {
      if (end >= t.size()) break;
      String w = t.word(end).toLowerCase(Locale.ROOT);
      if (end > start && (CLAUSE_ENDS.contains(w) || w.equals("(") || w.equals(")"))) break;
      if (ROLE_HEADS.contains(NewsWords.key(w))) head = true;
      end++;
      if (end - start > 14) return null;
    }
    return head ? t.words(start, end) : null;
  }

  /** "... as director of the International Center ...": a role introduced by "as" in the name's sentence. */
  private static String asRole(TokenizedText t, int from) {
    for (int i = from; i + 1 < t.size() && !t.startsSentence(i + 1) && i < from + 25; i++) {
      if (!t.word(i).equals("as") || !ROLE_HEADS.contains(NewsWords.key(t.word(i + 1)))) continue;
      int end = i + 2;
      if (end < t.size() && t.word(end).equals("of")) {
        end++;
        while (end < t.size() && !t.startsSentence(end) && !CLAUSE_ENDS.contains(t.word(end))
            && (t.token(end).isCapitalized() || t.word(end).equals("the") || t.word(end).equals("of")
                || t.word(end).equals("for") || t.word(end).equals("and"))) {
          end++;
        }
      }
      return t.words(i + 1, end);
    }
    return null;
  }
}
