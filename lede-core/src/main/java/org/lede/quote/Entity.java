package org.lede.quote;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person, organisation or described source met in one article, gathered while reading it. Mutable while its
 * article is read, and never shared between articles.
 */
final class Entity {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  final String name;
  final SpeakerKind kind;
  final boolean anonymous;
  String title;
  String role;
  final Set<String> roleNouns = new HashSet<>();
  int male;
  int female;
  /** Met with ", who" or an age after the name. */
  boolean described;
  /** Met after "in", "near" and the like: "in St. Louis". */
  boolean placeLike;

  Entity(String name, SpeakerKind kind, boolean anonymous, String title, String role) {
    this.name = name;
    this.kind = kind;
    this.anonymous = anonymous;
    enrich(title, role);
  }

  /** Adds a title or role written beside a later mention, and the nouns a reader may call the person by. */
  void enrich(String newTitle, String newRole) {
    if (newTitle != null && title == null) {
      title = newTitle;
      for (String w : SPACES.split(newTitle.toLowerCase(java.util.Locale.ROOT))) {
        String noun = Lexicon.TITLES.getOrDefault(w, Lexicon.PERSON_NOUNS.contains(w) ? w : "");
        if (!noun.isEmpty()) addRoleNoun(noun);
        if (w.equals("mr.")) male += 5;
        if (w.equals("mrs.") || w.equals("ms.") || w.equals("miss")) female += 5;
      }
      String lower = newTitle.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("prime minister")) addRoleNoun("prime minister");
      if (lower.contains("vice president")) addRoleNoun("vice president");
    }
    if (newRole != null && role == null) {
      role = newRole;
      String head = RoleHeads.head(newRole);
      if (head != null) addRoleNoun(head);
      String lower = newRole.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("female") || lower.contains("woman") || lower.contains("spokeswoman")) female += 3;
      if (lower.contains("spokesman") || lower.contains(" man")) male += 3;
    }
  }

  private void addRoleNoun(String noun) {
    roleNouns.add(noun);
    roleNouns.addAll(Lexicon.ROLE_SYNONYMS.getOrDefault(noun, Set.of()));
  }

  /**
   * True when the text shows this is a person, not just a run of capitals the name finder took for one: a title, a
   * role, a pronoun that refers to it, ", who" or an age after it.
   */
  boolean seemsAPerson() {
    return introducedAsPerson() || male + female > 0 && !placeLike;
  }

  /** A title, a role, ", who" or an age: what the text says of a person when it introduces one. */
  boolean introducedAsPerson() {
    return title != null || role != null || described;
  }

  /** +1 male, -1 female, 0 unknown. */
  int gender() {
    return Integer.compare(male, female);
  }

  Speaker speaker(String mention, int start, int end, Resolution how) {
    return new Speaker(mention, start, end, name, how, anonymous, kind, role, title);
  }
}
