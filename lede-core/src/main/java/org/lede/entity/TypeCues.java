package org.lede.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the words around a name for what kind of name it is: "the Georgetown section of the city" is a place;
 * "the International Legion for the Territorial Defense of Ukraine" is one organization; a capitalised word that
 * the same article also writes in lower case ("her Coalition", "coalition") is a common noun, not a name.
 * Stateless.
 */
final class TypeCues {
  private TypeCues() {}

  private static final Set<String> PLACE_NOUNS = Set.of(
      "section", "neighborhood", "neighbourhood", "district", "region", "province", "area", "county", "village",
      "suburb", "borough", "quarter", "valley", "peninsula", "island", "islands", "prefecture", "township");

  private static final Set<String> ORGANIZATION_WORDS = Set.of(
      "bank", "party", "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "group", "council", "ministry", "society",
      "university", "club", "united", "city", "association", "union", "agency", "company", "department", "league",
      "motel", "hotel", "fund", "institute", "committee", "army", "court", "church", "times", "post", "news");

  /** "in Groningen", "the city of Groningen": a name after these is a place. */
  private static boolean isPlacePreposition(TokenizedText t, int from) {
    String prev = t.word(from - 1);
    if (prev.equals("in") || prev.equals("In") && t.startsSentence(from - 1)) return true;
    if (from >= 2 && prev.equals("of")) {
      String noun = t.word(from - 2).toLowerCase(Locale.ROOT);
      return noun.equals("city") || noun.equals("town") || noun.equals("village") || noun.equals("capital");
    }
    return false;
  }

  private static boolean hasOrganizationWord(TokenizedText t, NameSpan s) {
    for (int i = s.from(); i < s.to(); i++) if (ORGANIZATION_WORDS.contains(t.word(i).toLowerCase(Locale.ROOT))) return true;
    return false;
  }

  static List<NameSpan> apply(TokenizedText t, List<NameSpan> spans) {
    Set<String> lowerWords = new HashSet<>();
    for (Token k : t.tokens()) {
      String w = k.text();
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) lowerWords.add(w);
    }
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      NameSpan s = spans.get(i);
      if (s.length() == 1 && s.type() != EntityType.PERSON && !t.startsSentence(s.from())
          && lowerWords.contains(t.word(s.from()).toLowerCase(Locale.ROOT))
          && !t.word(s.from()).equals(t.word(s.from()).toUpperCase(Locale.ROOT))) {
        continue;
      }
      if (s.type() != EntityType.LOCATION && s.from() > 0 && s.to() < t.size()
          && t.word(s.from() - 1).equalsIgnoreCase("the")
          && PLACE_NOUNS.contains(t.word(s.to()).toLowerCase(Locale.ROOT))) {
        s = new NameSpan(s.from(), s.to(), EntityType.LOCATION, Mention.Source.PATTERN);
      }
      if (s.type() == EntityType.ORGANIZATION && s.length() <= 2 && s.from() > 0 && isPlacePreposition(t, s.from())
          && !hasOrganizationWord(t, s)) {
        s = s.withType(EntityType.LOCATION);
      }
      if (s.length() == 1 && s.type() != EntityType.MISC && NewsWords.countryOf(t.word(s.from())) != null) {
        s = new NameSpan(s.from(), s.to(), EntityType.MISC, Mention.Source.PATTERN);
      }
      if (s.type() == EntityType.ORGANIZATION && i + 1 < spans.size()) {
        NameSpan next = spans.get(i + 1);
        int gap = next.from() - s.to();
        boolean joins = next.type() == EntityType.ORGANIZATION || next.type() == EntityType.LOCATION;
        if (joins && (gap == 1 && t.word(s.to()).equals("for")
            || gap == 2 && t.word(s.to()).equals("for") && t.word(s.to() + 1).equals("the"))) {
          out.add(new NameSpan(s.from(), next.to(), EntityType.ORGANIZATION, s.source()));
          i++;
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }
}
