package org.lede.entity;

/**
 * A name over tokens {@code [from, to)} of one text, before it becomes a {@link Mention}.
 *
 * @param from   first token
 * @param to     one past the last token
 * @param type   entity type
 * @param source how it was found
 */
record NameSpan(int from, int to, EntityType type, Mention.Source source) {

  NameSpan withType(EntityType t) {
    return new NameSpan(from, to, t, source);
  }

  int length() {
    return to - from;
  }
}
