package org.lede.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organization named in full gives its initials ("Liberal Democratic Party" -> "LDP"): the initials elsewhere
 * in the article name the same organization. Stateless.
 */
final class Acronyms {
  private Acronyms() {}

  private static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "&", "in", "on", "at", "de", "la");

  static List<NameSpan> apply(TokenizedText t, List<NameSpan> spans) {
    Map<String, Integer> acronyms = new HashMap<>();
    for (NameSpan s : spans) {
      if (s.type() != EntityType.ORGANIZATION || s.length() < 2) continue;
      String a = initials(t, s.from(), s.to());
      if (a != null) acronyms.put(a, s.from());
    }
    if (acronyms.isEmpty()) return spans;
    boolean[] covered = new boolean[t.size()];
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (NameSpan s : spans) {
      boolean isAcronym = s.length() == 1 && acronyms.containsKey(t.word(s.from()));
      out.add(isAcronym && s.type() != EntityType.ORGANIZATION ? s.withType(EntityType.ORGANIZATION) : s);
      for (int i = s.from(); i < s.to(); i++) covered[i] = true;
    }
    for (int i = 0; i < t.size(); i++) {
      if (!covered[i] && acronyms.containsKey(t.word(i))) {
        out.add(new NameSpan(i, i + 1, EntityType.ORGANIZATION, Mention.Source.ACRONYM));
      }
    }
    out.sort(Comparator.comparingInt(NameSpan::from));
    return out;
  }

  /** Returns the capital initials of the name's words, or null when fewer than two. */
  static String initials(TokenizedText t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      String w = t.word(i);
      if (SKIPPED.contains(w.toLowerCase(java.util.Locale.ROOT))) continue;
      if (!Character.isUpperCase(w.charAt(0))) return null;
      b.append(w.charAt(0));
    }
    return b.length() >= 2 ? b.toString() : null;
  }
}
