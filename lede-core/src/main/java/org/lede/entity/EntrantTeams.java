package org.lede.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the team in a row of race or stage results, "1. Piet Varga ( Hungary ) , Marlow Ford , 51.204" or "Ruud
 * Haagen ( Netherlands ) Tulpbank 1:23": the name after a competitor and their country is the team or make they
 * ride for, an organization, however much it looks like a person's name ("Marlow Ford", "Castellan"). Only a name
 * read as a person is changed, and only where the row goes on with a time or a figure. Stateless.
 */
final class EntrantTeams {
  private EntrantTeams() {}

  static List<NameSpan> apply(TokenizedText t, List<NameSpan> spans) {
    List<NameSpan> out = null;
    for (int k = 2; k < spans.size(); k++) {
      NameSpan team = spans.get(k);
      if (team.type() != EntityType.PERSON || !followsCountry(t, spans, k)
          || !endsEntry(t, team.to(), t.word(team.from() - 1).equals(","))) {
        continue;
      }
      if (out == null) out = new ArrayList<>(spans);
      out.set(k, team.withType(EntityType.ORGANIZATION));
    }
    return out == null ? spans : out;
  }

  /** "Varga ( Hungary ) , X" or "Haagen ( Netherlands ) X": a person, their country in brackets, then X. */
  private static boolean followsCountry(TokenizedText t, List<NameSpan> spans, int k) {
    int close = spans.get(k).from() - 1;
    if (close >= 0 && t.word(close).equals(",")) close--;
    if (close < 3 || !t.word(close).equals(")")) return false;
    NameSpan country = spans.get(k - 1);
    NameSpan competitor = spans.get(k - 2);
    return country.type() == EntityType.LOCATION && country.to() == close && country.from() > 0
        && t.word(country.from() - 1).equals("(") && competitor.type() == EntityType.PERSON
        && competitor.to() == country.from() - 1 && !t.startsSentence(close);
  }

  /**
   * The entry goes on with a time or a figure ("53.980", "1:23", "11"), after a comma when the team was set off by
   * one; a team written straight after the country may also end the row. A name set off by commas and followed by
   * another name is one more competitor in a list ("Dave Barr ( Canada ) , Mike Sullivan , Willie Wood").
   */
  private static boolean endsEntry(TokenizedText t, int after, boolean commaBefore) {
    if (after >= t.size() || t.startsSentence(after)) return !commaBefore;
    if (commaBefore && t.word(after).equals(",")) after++;
    return after < t.size() && !t.startsSentence(after) && !t.word(after).isEmpty()
        && Character.isDigit(t.word(after).charAt(0));
  }
}
