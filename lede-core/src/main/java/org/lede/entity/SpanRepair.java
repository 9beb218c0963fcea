package org.lede.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs the boundaries the recognizer draws wrong in news: two names joined by "and" become two names when one
 * of them stands alone elsewhere; "St. Louis-based Mercantile" is a description and a name; a month, a
 * sentence-initial "In" or "Shares of" is not part of the name that follows; a nickname in quotes, a first name in
 * brackets and a roman number belong to the person around them. Stateless.
 */
final class SpanRepair {
  private SpanRepair() {}

  private static final Set<String> CALENDAR = Set.of(
      "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
      "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  static List<NameSpan> apply(TokenizedText t, List<NameSpan> spans) {
    Set<String> standalone = new HashSet<>();
    for (NameSpan s : spans) standalone.add(NameConsistency.key(t, s.from(), s.to()));
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (NameSpan s : spans) splitAtConjunction(t, trimLead(t, s), standalone, out);
    List<NameSpan> based = new ArrayList<>(out.size());
    for (NameSpan s : out) splitBased(t, s, based);
    return regnalNumbers(t, bracketedNames(t, mergeNicknames(t, based)));
  }

  /**
   * "( Ned ) Marlow", "James Arthur ( Art ) Pellow", "Ann Mary Louise ( A.M.L. ) Lowry": a first name or
   * initials in brackets, as an editor adds them to a surname, are part of the person's name.
   */
  private static List<NameSpan> bracketedNames(TokenizedText t, List<NameSpan> spans) {
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      NameSpan s = spans.get(k);
      if (s.type() == EntityType.PERSON && s.from() > 0 && t.word(s.from() - 1).equals("(")
          && closesWithin(t, s.from(), Math.min(s.to() - 1, s.from() + 2))) {
        s = new NameSpan(s.from() - 1, s.to(), s.type(), s.source());
      }
      NameSpan before = out.isEmpty() ? null : out.get(out.size() - 1);
      if (before != null && before.type() == EntityType.PERSON && s.type() == EntityType.PERSON) {
        boolean joined = before.to() == s.from() && t.word(s.from()).equals("(");
        boolean aroundInitials = s.from() == before.to() + 3 && s.length() == 1 && t.word(before.to()).equals("(")
            && t.word(before.to() + 2).equals(")") && t.token(before.to() + 1).isCapitalized();
        if (joined || aroundInitials) {
          out.set(out.size() - 1, new NameSpan(before.from(), s.to(), EntityType.PERSON, before.source()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  /** A ")" among tokens {@code (from, to]}, after at least one word. */
  private static boolean closesWithin(TokenizedText t, int from, int to) {
    for (int i = from + 1; i <= to; i++) if (t.word(i).equals(")")) return true;
    return false;
  }

  private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("X{0,2}(IX|IV|V?I{1,3}|V)");
  private static final Set<String> MONARCHS = Set.of(
      "king", "queen", "emperor", "empress", "pope", "tsar", "czar", "kaiser", "sultan", "prince", "princess",
      "pharaoh", "shah", "duke");

  /**
   * "Henry VIII", "John Paul II", "Queen Elizabeth I": a roman number after a name is part of it. "I", "V" and "X"
   * alone are also a pronoun, a versus and a letter, so they count only after a monarch's title.
   */
  private static List<NameSpan> regnalNumbers(TokenizedText t, List<NameSpan> spans) {
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      NameSpan s = spans.get(k);
      int after = s.to();
      boolean free = k + 1 >= spans.size() || spans.get(k + 1).from() > after;
      if (s.type() == EntityType.PERSON && free && after < t.size() && !t.startsSentence(after)
          && ROMAN.matcher(t.word(after)).matches()
          && (t.word(after).length() > 1 || s.from() > 0 && MONARCHS.contains(t.word(s.from() - 1).toLowerCase(Locale.ROOT)))) {
        s = new NameSpan(s.from(), after + 1, s.type(), s.source());
      }
      out.add(s);
    }
    return out;
  }

  private static NameSpan trimLead(TokenizedText t, NameSpan s) {
    int from = s.from();
    if (s.length() > 1 && CALENDAR.contains(t.word(from).toLowerCase(Locale.ROOT))) from++;
    // "In Milwaukee , Newfield homered": the preposition opening the sentence is not part of the place set off by a
    // comma after it ("In Time Couriers Inc said" is a company's name)
    if (s.to() - from > 1 && t.startsSentence(from) && (t.word(from).equals("In") || t.word(from).equals("At"))
        && s.to() < t.size() && t.word(s.to()).equals(",")) {
      from++;
    }
    if (s.to() - from > 2 && t.startsSentence(from) && t.word(from + 1).equals("of")
        && t.word(from).endsWith("s") && !t.word(from).equals(t.word(from).toUpperCase(Locale.ROOT))) {
      from += 2;
    }
    return from == s.from() ? s : new NameSpan(from, s.to(), s.type(), s.source());
  }

  private static void splitAtConjunction(TokenizedText t, NameSpan s, Set<String> standalone, List<NameSpan> out) {
    for (int i = s.from() + 1; i < s.to() - 1; i++) {
      String w = t.word(i);
      if (!w.equals("and") && !w.equals("or") && !w.equals("&") && !w.equals(",")) continue;
      boolean leftKnown = standalone.contains(NameConsistency.key(t, s.from(), i));
      boolean rightKnown = standalone.contains(NameConsistency.key(t, i + 1, s.to()));
      if ((leftKnown || rightKnown) && t.token(i + 1).isCapitalized()) {
        out.add(new NameSpan(s.from(), i, s.type(), s.source()));
        splitAtConjunction(t, new NameSpan(i + 1, s.to(), s.type(), s.source()), standalone, out);
        return;
      }
    }
    out.add(s);
  }

  private static void splitBased(TokenizedText t, NameSpan s, List<NameSpan> out) {
    for (int i = s.from(); i < s.to(); i++) {
      String w = t.word(i).toLowerCase(Locale.ROOT);
      if (w.endsWith("-based") || w.endsWith("-born") || w.endsWith("-owned") || w.endsWith("-led")) {
        out.add(new NameSpan(s.from(), i + 1, EntityType.MISC, s.source()));
        if (i + 1 < s.to()) out.add(new NameSpan(i + 1, s.to(), s.type(), s.source()));
        return;
      }
    }
    out.add(s);
  }

  /** Roberto " Hands of Stone " Duran: a quoted nickname between two parts of a name is one person. */
  private static List<NameSpan> mergeNicknames(TokenizedText t, List<NameSpan> spans) {
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      NameSpan a = spans.get(k);
      if (a.type() == EntityType.PERSON && a.to() < t.size() && isQuote(t.word(a.to()))) {
        int close = -1;
        for (int i = a.to() + 1; i < Math.min(t.size(), a.to() + 6); i++) {
          if (isQuote(t.word(i))) {
            close = i;
            break;
          }
        }
        if (close > a.to() + 1 && close + 1 < t.size()) {
          int m = k + 1;
          while (m < spans.size() && spans.get(m).from() <= close) m++;
          if (m < spans.size() && spans.get(m).from() == close + 1 && spans.get(m).type() == EntityType.PERSON) {
            out.add(new NameSpan(a.from(), spans.get(m).to(), EntityType.PERSON, a.source()));
            k = m;
            continue;
          }
        }
      }
      out.add(a);
    }
    return out;
  }

  private static boolean isQuote(String w) {
    return w.equals("\"") || w.equals("“") || w.equals("”");
  }
}
