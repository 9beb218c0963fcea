package org.lede.web;

import java.util.List;

/**
 * A story page's model: the story, its timeline, who its articles quote and name, what they said and the numbers
 * outlets give differently. Every string is article text or from it; the template escapes them.
 *
 * @param id        the story's id
 * @param title     its most central headline
 * @param first     its earliest article's time, or null
 * @param last      its latest article's time, or null
 * @param size      how many articles it has
 * @param outlets   how many sites ran it
 * @param timeline  its articles, earliest first
 * @param read      how many of its newest articles the quotes, names and numbers were read from
 * @param people    people named, with how many articles name each
 * @param groups    organizations named
 * @param places    places named
 * @param speakers  who is quoted, with how many distinct quotes
 * @param quotes    what was said, the quotes most outlets carried first
 * @param disputes  counts outlets give different figures for
 * @param feed      the story's feed URL without its extension (".atom", ".rss", ".json")
 */
record StoryView(long id, String title, String first, String last, int size, int outlets, List<Entry> timeline,
    int read, List<Named> people, List<Named> groups, List<Named> places, List<Named> speakers, List<Said> quotes,
    List<Dispute> disputes, String feed) {

  /** One article on the timeline. */
  record Entry(String href, String when, String site, String headline, String copyOf) {}

  /** An entity with a count of the story's articles naming it, or of its quotes. */
  record Named(String href, String name, int count) {}

  /** A quote, once, with the story's outlets that carried it. */
  record Said(String text, String kind, String kindLabel, String speaker, String speakerHref, List<Outlet> outlets,
      int carriers) {}

  /** An outlet and its article: where a quote or a number is. */
  record Outlet(String site, String href, String wrote) {}

  /** A count outlets disagree on: what is counted, then each figure with who gives it. */
  record Dispute(String counts, List<Figure> figures) {}

  /**
   * One figure and the outlets that give it: {@code value} as its first outlet wrote it with what it counts
   * ("at least 6,000 volunteers"), {@code written} the number alone as written ("at least 6,000").
   */
  record Figure(String value, String written, List<Outlet> outlets) {}

  /** Entities of one type under its heading. */
  record NamedGroup(String label, List<Named> named) {}

  boolean hasNamed() {
    return !people.isEmpty() || !groups.isEmpty() || !places.isEmpty();
  }

  /** People, organizations and places, the types that have any, in that order. */
  List<NamedGroup> namedGroups() {
    return java.util.stream.Stream.of(new NamedGroup("People", people), new NamedGroup("Organizations", groups),
        new NamedGroup("Places", places)).filter(g -> !g.named().isEmpty()).toList();
  }
}
