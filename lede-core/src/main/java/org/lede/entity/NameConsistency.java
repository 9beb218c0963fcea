package org.lede.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One name, one reading per article: a name recognised once is recognised at every other occurrence, a person's
 * surname alone is that person, and a name given two types keeps the one it has most often. Stateless.
 */
final class NameConsistency {
  private static final Pattern LIST_NUMBER = Pattern.compile("\\d+\\.?");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");

  private NameConsistency() {}

  static List<NameSpan> apply(TokenizedText t, List<NameSpan> spans) {
    return apply(t, spans, null);
  }

  /** {@code datelinePlace}: the place of a dateline already cut from {@code t}, or null. */
  static List<NameSpan> apply(TokenizedText t, List<NameSpan> spans, String datelinePlace) {
    List<NameSpan> voted = possessiveShortForms(t, frameVote(t, vote(t, spans, datelinePlace)));
    Map<String, EntityType> names = new HashMap<>();
    Map<String, Mention.Source> sources = new HashMap<>();
    int maxLen = 0;
    for (NameSpan s : voted) {
      names.putIfAbsent(key(t, s.from(), s.to()), s.type());
      maxLen = Math.max(maxLen, s.length());
    }
    for (NameSpan s : voted) {
      if (s.type() == EntityType.PERSON && s.length() >= 2) {
        String surname = key(t, s.to() - 1, s.to());
        if (names.putIfAbsent(surname, EntityType.PERSON) == null) sources.put(surname, Mention.Source.PARTIAL_NAME);
      }
    }
    boolean[] covered = new boolean[t.size()];
    for (NameSpan s : voted) for (int i = s.from(); i < s.to(); i++) covered[i] = true;
    List<NameSpan> out = new ArrayList<>(voted);
    for (int i = 0; i < t.size(); i++) {
      if (covered[i] || !t.token(i).isCapitalized()) continue;
      for (int len = Math.min(maxLen, t.size() - i); len >= 1; len--) {
        if (anyCovered(covered, i, i + len)) continue;
        String k = key(t, i, i + len);
        EntityType type = names.get(k);
        if (type == null || !standsAlone(t, i, i + len)) continue;
        out.add(new NameSpan(i, i + len, type, sources.getOrDefault(k, Mention.Source.CONSISTENCY)));
        for (int j = i; j < i + len; j++) covered[j] = true;
        i += len - 1;
        break;
      }
    }
    out.sort(Comparator.comparingInt(NameSpan::from));
    return out;
  }

  /**
   * A name given different types in one article takes the type it has most often. Capitals-only occurrences
   * (headlines) take the reading of the same name in ordinary case, where the recognizer is more reliable; a
   * dateline is a place, and so is its name written again in the story; a person's surname alone is that person; a company's first word alone is the company.
   */
  private static List<NameSpan> vote(TokenizedText t, List<NameSpan> spans, String datelinePlace) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, int[]> lowerCounts = new HashMap<>();
    Map<String, Boolean> surnames = new HashMap<>();
    java.util.Set<String> datelinePlaces = new java.util.HashSet<>();
    if (datelinePlace != null) {
      TokenizedText place = TokenizedText.of(datelinePlace);
      if (place.size() > 0) datelinePlaces.add(key(place, 0, place.size()));
    }
    for (NameSpan s : spans) {
      if (isDateline(t, s)) {
        datelinePlaces.add(key(t, s.from(), s.to()));
        continue;
      }
      if (!allCaps(t, s)) {
        counts.computeIfAbsent(exact(t, s), k -> new int[4])[s.type().ordinal()]++;
        lowerCounts.computeIfAbsent(key(t, s.from(), s.to()), k -> new int[4])[s.type().ordinal()]++;
      }
      if (s.length() >= 2 && s.type() == EntityType.PERSON) surnames.put(key(t, s.to() - 1, s.to()), true);
      if (s.length() >= 2 && s.type() == EntityType.ORGANIZATION) surnames.putIfAbsent(key(t, s.from(), s.from() + 1), false);
    }
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (NameSpan s : spans) {
      if (isDateline(t, s)
          || s.type() == EntityType.PERSON && datelinePlaces.contains(key(t, s.from(), s.to()))) {
        // The place the dateline names, written again in the story, is that place, not a person; it may still be
        // a team or a government named for it ("Washington said").
        out.add(s.withType(EntityType.LOCATION));
        continue;
      }
      if (s.source() == Mention.Source.PATTERN || isPlaceAfterIn(t, s)) {
        out.add(s);
        continue;
      }
      if (s.length() == 1) {
        Boolean person = surnames.get(key(t, s.from(), s.to()));
        if (Boolean.TRUE.equals(person)) {
          out.add(s.withType(EntityType.PERSON));
          continue;
        }
        if (Boolean.FALSE.equals(person) && s.type() == EntityType.PERSON) {
          out.add(s.withType(EntityType.ORGANIZATION));
          continue;
        }
      }
      int[] c = allCaps(t, s) ? lowerCounts.get(key(t, s.from(), s.to())) : counts.get(exact(t, s));
      if (c == null) {
        out.add(s);
        continue;
      }
      int best = s.type().ordinal();
      for (int k = 0; k < 4; k++) if (c[k] > c[best]) best = k;
      out.add(best == s.type().ordinal() ? s : s.withType(EntityType.values()[best]));
    }
    return out;
  }

  /**
   * A company whose name holds a possessive ("Tollman's Bancorp Inc.", "Hollis's Foods Corp.") keeps it when named
   * short: "Tollman's was the prize" names the bank by "Tollman's", not by "Tollman" followed by a possessive.
   */
  private static List<NameSpan> possessiveShortForms(TokenizedText t, List<NameSpan> spans) {
    java.util.Set<String> firstWords = new java.util.HashSet<>();
    for (NameSpan s : spans) {
      if (s.type() == EntityType.ORGANIZATION && s.length() >= 3 && isPossessive(t.word(s.from() + 1))) {
        firstWords.add(key(t, s.from(), s.from() + 1));
      }
    }
    if (firstWords.isEmpty()) return spans;
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      NameSpan s = spans.get(k);
      boolean free = k + 1 >= spans.size() || spans.get(k + 1).from() > s.to();
      if (s.length() == 1 && s.type() == EntityType.ORGANIZATION && s.to() < t.size() && free
          && isPossessive(t.word(s.to())) && firstWords.contains(key(t, s.from(), s.to()))) {
        s = new NameSpan(s.from(), s.to() + 1, s.type(), s.source());
      }
      out.add(s);
    }
    return out;
  }

  private static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("’s");
  }

  /**
   * "In Harbourton , Pellow allowed one hit": a name read as a place between "in" and a comma is the place, though the same
   * article names the team for it more often ("Harbourton lost for the ninth time").
   */
  private static boolean isPlaceAfterIn(TokenizedText t, NameSpan s) {
    return s.type() == EntityType.LOCATION && s.from() > 0 && t.word(s.from() - 1).equalsIgnoreCase("in")
        && s.to() < t.size() && t.word(s.to()).equals(",");
  }

  /**
   * Results lists write many names in one frame, "Name ( Country )": the names in that frame take the type most of
   * them have, so one runner the recognizer read as a company is read as the person the others are.
   */
  private static List<NameSpan> frameVote(TokenizedText t, List<NameSpan> spans) {
    java.util.Set<Integer> places = new java.util.HashSet<>();
    for (NameSpan s : spans) if (s.type() == EntityType.LOCATION) places.add(s.from());
    int[] counts = new int[4];
    boolean[] framed = new boolean[spans.size()];
    for (int k = 0; k < spans.size(); k++) {
      NameSpan s = spans.get(k);
      int to = s.to();
      if (s.type() != EntityType.LOCATION && s.length() >= 2 && to + 2 < t.size() && t.word(to).equals("(")
          && places.contains(to + 1)) {
        framed[k] = true;
        counts[s.type().ordinal()]++;
      }
    }
    int best = 0;
    for (int k = 1; k < 4; k++) if (counts[k] > counts[best]) best = k;
    if (counts[best] < 3) return spans;
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      NameSpan s = spans.get(k);
      out.add(framed[k] && s.type().ordinal() != best && s.length() <= 3 ? s.withType(EntityType.values()[best]) : s);
    }
    if (best == EntityType.PERSON.ordinal()) addUnrecognisedInFrame(t, out, places);
    out.sort(Comparator.comparingInt(NameSpan::from));
    return out;
  }

  /** In a list of people, "Guy Forget ( France )" the recognizer missed is one more person. */
  private static void addUnrecognisedInFrame(TokenizedText t, List<NameSpan> spans, java.util.Set<Integer> places) {
    boolean[] covered = new boolean[t.size()];
    for (NameSpan s : spans) for (int i = s.from(); i < s.to(); i++) covered[i] = true;
    List<NameSpan> added = new ArrayList<>();
    for (int i = 2; i + 1 < t.size(); i++) {
      if (!t.word(i).equals("(") || !places.contains(i + 1)) continue;
      int from = i;
      while (from > 0 && i - from < 3 && !covered[from - 1] && t.token(from - 1).isCapitalized()
          && !t.startsSentence(from)) {
        from--;
      }
      if (from > 0 && !covered[from - 1] && t.token(from - 1).isCapitalized() && t.startsSentence(from - 1)) from--;
      boolean opens = t.startsSentence(from) || SpanCleanup.isPunctuation(t.word(from - 1))
          || LIST_NUMBER.matcher(t.word(from - 1)).matches();
      if (i - from >= 2 && opens) added.add(new NameSpan(from, i, EntityType.PERSON, Mention.Source.PATTERN));
    }
    spans.addAll(added);
  }

  /** "LONDON 1996-08-30", "TOKYO:" at the start of a line: where the story was filed. */
  static boolean isDateline(TokenizedText t, NameSpan s) {
    if (!t.startsSentence(s.from()) || !allCaps(t, s) || s.to() >= t.size()) return false;
    String next = t.word(s.to());
    // "TOKYO:", "ASHBY VALE —", "LONDON (Reuters) —": the place, then what a dateline is closed with. A hyphen
    // alone is not enough: wire headlines print "SOCCER - JAPAN WIN" at the start of a line too.
    if (next.equals(":") || next.equals("\u2014") || next.equals("\u2013")
        || ISO_DATE.matcher(next).matches()) {
      return true;
    }
    if (next.equals("(") && s.to() + 3 < t.size() && t.word(s.to() + 2).equals(")")) {
      String after = t.word(s.to() + 3);
      return after.equals("-") || after.equals("\u2014") || after.equals("\u2013") || after.equals(":");
    }
    return next.equals(",") && s.to() + 2 < t.size() && ISO_DATE.matcher(t.word(s.to() + 2)).matches();
  }

  private static boolean allCaps(TokenizedText t, NameSpan s) {
    for (int i = s.from(); i < s.to(); i++) {
      String w = t.word(i);
      if (!w.equals(w.toUpperCase(Locale.ROOT))) return false;
    }
    return true;
  }

  private static String exact(TokenizedText t, NameSpan s) {
    return t.words(s.from(), s.to());
  }

  /** A match glued to other capitalised words is likely part of a longer name the recognizer missed. */
  private static boolean standsAlone(TokenizedText t, int from, int to) {
    if (from > 0 && !t.startsSentence(from)) {
      Token before = t.token(from - 1);
      if (before.isCapitalized() && !NewsWords.isTitleWord(before.text()) && !isAllCaps(before.text())) return false;
    }
    if (to < t.size() && !t.startsSentence(to)) {
      Token after = t.token(to);
      if (after.isCapitalized() && !isAllCaps(after.text()) && !SpanCleanup.isPunctuation(after.text())) return false;
    }
    return true;
  }

  private static boolean isAllCaps(String w) {
    return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
  }

  private static boolean anyCovered(boolean[] covered, int from, int to) {
    for (int i = from; i < to; i++) if (covered[i]) return true;
    return false;
  }

  static String key(TokenizedText t, int from, int to) {
    if (to - from == 1) return CrfRecognizer.normalize(t.word(from)).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) b.append(' ');
      b.append(CrfRecognizer.normalize(t.word(i)).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
