package org.lede.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs the boundaries the recognizer draws wrong in news: two names joined by "and" become two names when one
 * of them stands alone elsewhere; "St. Louis-based Mercantile" is a description and a name; a month or a
 * sentence-initial "Shares of" is not part of the name that follows; a nickname in quotes belongs to the person
 * around it. Stateless.
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
    return mergeNicknames(t, based);
  }

  private static NameSpan trimLead(TokenizedText t, NameSpan s) {
    int from = s.from();
    if (s.length() > 1 && CALENDAR.contains(t.word(from).toLowerCase(Locale.ROOT))) from++;
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
