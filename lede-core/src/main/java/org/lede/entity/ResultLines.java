package org.lede.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines of a results table as the sports pages print them: "Sale 31 Wasps 33", "Queen 's Park 1 Forfar
 * 4", or a standings row "Stoke 4 3 1 0 7 4 10". The names there are teams, so organizations, whatever the town in
 * their name would make them elsewhere ("Reading 2 Stoke 2" are clubs, not places), a letter in brackets
 * included ("Kestrel ( Z ) 0"); a country is its national team
 * and stays a place, as news style and the CoNLL convention both have it. A line qualifies only when it is nothing
 * but names and small whole numbers in one of those two shapes. Stateless.
 */
final class ResultLines {
  private ResultLines() {}

  static List<NameSpan> apply(TokenizedText t, List<NameSpan> spans) {
    List<int[]> teams = new ArrayList<>();
    for (int s = 0; s < t.sentenceStarts().length; s++) {
      int from = t.sentenceStarts()[s];
      int to = from + t.sentence(s).size();
      List<int[]> found = teams(t, from, to);
      if (found != null) teams.addAll(found);
    }
    if (teams.isEmpty()) return spans;
    List<NameSpan> out = new ArrayList<>();
    for (NameSpan span : spans) {
      boolean inTeam = false;
      for (int[] team : teams) inTeam |= span.from() < team[1] && span.to() > team[0];
      if (!inTeam) out.add(span);
    }
    for (int[] team : teams) {
      EntityType type = NewsWords.isCountry(t.words(team[0], team[1])) ? EntityType.LOCATION : EntityType.ORGANIZATION;
      out.add(new NameSpan(team[0], team[1], type, Mention.Source.PATTERN));
    }
    out.sort(java.util.Comparator.comparingInt(NameSpan::from));
    return out;
  }

  /** The team names of tokens [from, to) when they are a score line or a standings row, else null. */
  private static List<int[]> teams(TokenizedText t, int from, int to) {
    List<int[]> names = new ArrayList<>();
    List<Integer> numbersAfter = new ArrayList<>();
    int i = from;
    while (i < to) {
      int start = i;
      while (i < to && isNameWord(t, i, start)) i++;
      if (i == start) return null;
      if (isQualifier(t, i, to)) i += 3;
      names.add(new int[] {start, i});
      int numbers = 0;
      while (i < to && isScore(t.word(i))) {
        i++;
        numbers++;
      }
      if (numbers == 0) return null;
      numbersAfter.add(numbers);
    }
    boolean scoreLine = names.size() == 2 && numbersAfter.get(0) == 1 && numbersAfter.get(1) == 1;
    boolean standings = names.size() == 1 && numbersAfter.get(0) >= 4;
    return scoreLine || standings ? names : null;
  }

  /** A word of a team's name: capitalised, or the "'s" and "of" inside one ("Queen 's Park", "Heriot 's F.P."). */
  private static boolean isNameWord(TokenizedText t, int i, int nameStart) {
    String w = t.word(i);
    if (w.isEmpty()) return false;
    if (Character.isUpperCase(w.codePointAt(0))) return true;
    return i > nameStart && (w.equals("'s") || w.equals("’s"));
  }

  /** "Kestrel ( Z )", "Dunav ( B )": a letter in brackets tells two clubs of one name apart and is part of it. */
  private static boolean isQualifier(TokenizedText t, int i, int to) {
    if (i + 2 >= to || !t.word(i).equals("(") || !t.word(i + 2).equals(")")) return false;
    String w = t.word(i + 1);
    return w.length() <= 3 && Character.isUpperCase(w.codePointAt(0)) && w.chars().allMatch(Character::isLetter);
  }

  private static boolean isScore(String w) {
    return w.length() <= 3 && w.chars().allMatch(Character::isDigit) && !w.isEmpty();
  }
}
