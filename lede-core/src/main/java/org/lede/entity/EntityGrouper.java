package org.lede.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups one article's mentions into entities: a person's full name and every later (or earlier) surname alone,
 * an organization and its acronym or "known as" name, places and other names by their words. Stateless.
 */
final class EntityGrouper {
  private EntityGrouper() {}

  private static final class Group {
    final EntityType type;
    final List<NameSpan> spans = new ArrayList<>();
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> titles = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    Integer age;
    String name;
    private String partsOf;
    private String[] parts;

    Group(EntityType type, String name) {
      this.type = type;
      this.name = name;
    }

    /** The words of the group's name, kept until the name changes: every surname alone is matched against them. */
    String[] parts() {
      if (!name.equals(partsOf)) {
        parts = Names.parts(name);
        partsOf = name;
      }
      return parts;
    }
  }

  static List<Entity> group(String articleId, TokenizedText t, List<NameSpan> spans) {
    boolean[] inName = new boolean[t.size()];
    for (NameSpan s : spans) for (int i = s.from(); i < s.to(); i++) inName[i] = true;
    Map<String, Group> byKey = new LinkedHashMap<>();
    List<NameSpan> partial = new ArrayList<>();
    for (NameSpan s : spans) {
      String name = Names.clean(t.words(s.from(), s.to()));
      if (s.type() == EntityType.PERSON && s.length() == 1) {
        partial.add(s);
        continue;
      }
      Group g = byKey.computeIfAbsent(groupKey(s.type(), name), k -> new Group(s.type(), name));
      if (name.length() > g.name.length() && s.type() == EntityType.PERSON) g.name = name;
      // A name first met in capitals (a dateline, a headline) is named as the story writes it in ordinary case.
      if (isShouted(g.name) && !isShouted(name) && name.length() == g.name.length()) g.name = name;
      add(g, t, s, name, inName);
    }
    for (NameSpan s : partial) {
      String name = Names.clean(t.words(s.from(), s.to()));
      Group g = personWithPart(byKey, Names.key(name));
      if (g == null) g = byKey.computeIfAbsent(s.type() + "|" + Names.key(name), k -> new Group(s.type(), name));
      add(g, t, s, name, inName);
    }
    attachAcronyms(t, byKey);
    attachKnownAs(t, byKey);
    attachDemonyms(byKey);
    List<Entity> out = new ArrayList<>();
    for (Group g : byKey.values()) {
      if (g.spans.isEmpty()) continue;
      g.spans.sort(java.util.Comparator.comparingInt(NameSpan::from));
      List<String> aliases = new ArrayList<>(g.names);
      aliases.remove(g.name);
      out.add(new Entity(articleId + "/" + g.type.name().charAt(0) + "/" + Names.slug(g.name), g.name, g.type,
          aliases, List.copyOf(g.titles), List.copyOf(g.roles), g.age,
          EntityFinder.toMentions(t, g.spans)));
    }
    out.sort(java.util.Comparator.comparingInt(e -> e.mentions().getFirst().start()));
    return out;
  }

  private static boolean isShouted(String name) {
    return name.equals(name.toUpperCase(java.util.Locale.ROOT)) && !name.equals(name.toLowerCase(java.util.Locale.ROOT));
  }

  /** People group by first and last name, so "Donald J. Trump" and "Donald Trump" are one; others by all words. */
  private static String groupKey(EntityType type, String name) {
    String[] p = Names.parts(name);
    if (type == EntityType.PERSON && p.length >= 2) return type + "|" + p[0] + " " + p[p.length - 1];
    return type + "|" + Names.key(name);
  }

  private static void add(Group g, TokenizedText t, NameSpan s, String name, boolean[] inName) {
    g.spans.add(s);
    g.names.add(name);
    if (g.type == EntityType.PERSON) {
      Description d = PersonDescriptions.describe(t, s, inName);
      g.titles.addAll(d.titles());
      g.roles.addAll(d.roles());
      if (d.age() != null && g.age == null) g.age = d.age();
    }
  }

  /** The person whose full name ends (or, failing that, begins) with this one word, when only one does. */
  private static Group personWithPart(Map<String, Group> groups, String part) {
    Group byLast = null;
    Group byFirst = null;
    int lasts = 0;
    int firsts = 0;
    for (Group g : groups.values()) {
      if (g.type != EntityType.PERSON) continue;
      String[] p = g.parts();
      if (p.length < 2) continue;
      if (p[p.length - 1].equals(part)) {
        byLast = g;
        lasts++;
      } else if (p[0].equals(part)) {
        byFirst = g;
        firsts++;
      }
    }
    if (lasts == 1) return byLast;
    return lasts == 0 && firsts == 1 ? byFirst : null;
  }

  private static void attachAcronyms(TokenizedText t, Map<String, Group> groups) {
    Map<String, Group> byInitials = new LinkedHashMap<>();
    for (Group g : groups.values()) {
      if (g.type != EntityType.ORGANIZATION) continue;
      NameSpan s = g.spans.getFirst();
      String a = s.length() >= 2 ? Acronyms.initials(t, s.from(), s.to()) : null;
      if (a != null) byInitials.put(a, g);
    }
    for (var it = groups.entrySet().iterator(); it.hasNext(); ) {
      Group g = it.next().getValue();
      Group full = byInitials.get(g.name);
      if (full != null && full != g && g.type == EntityType.ORGANIZATION) {
        merge(full, g);
        it.remove();
      }
    }
  }

  /** "the Japan Innovation Party, known as Ishin": the second name is an alias of the first. */
  private static void attachKnownAs(TokenizedText t, Map<String, Group> groups) {
    Map<Integer, Group> byStart = new LinkedHashMap<>();
    Map<Integer, Group> byEnd = new LinkedHashMap<>();
    for (Group g : groups.values()) {
      for (NameSpan s : g.spans) {
        byStart.put(s.from(), g);
        byEnd.put(s.to(), g);
      }
    }
    for (var e : byEnd.entrySet()) {
      int i = e.getKey();
      int j = i;
      if (j < t.size() && t.word(j).equals(",")) j++;
      if (j + 2 < t.size() && (t.word(j).equals("known") || t.word(j).equals("called")) && t.word(j + 1).equals("as")) {
        Group alias = byStart.get(j + 2);
        Group main = e.getValue();
        if (alias != null && alias != main && alias.spans.size() <= main.spans.size() + 5) {
          merge(main, alias);
          groups.values().remove(alias);
        }
      }
    }
  }

  /** "Japanese", "Hungarian": a people's adjective joins its country when the article names the country too. */
  private static void attachDemonyms(Map<String, Group> groups) {
    for (var it = groups.entrySet().iterator(); it.hasNext(); ) {
      Group g = it.next().getValue();
      if (g.type != EntityType.MISC) continue;
      String country = NewsWords.countryOf(g.name);
      Group place = country == null ? null : groups.get(EntityType.LOCATION + "|" + Names.key(country));
      if (place != null) {
        merge(place, g);
        it.remove();
      }
    }
  }

  private static void merge(Group into, Group from) {
    into.spans.addAll(from.spans);
    into.names.addAll(from.names);
    into.titles.addAll(from.titles);
    into.roles.addAll(from.roles);
    from.spans.clear();
  }
}
