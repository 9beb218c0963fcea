package org.lede.entity;

/**
 * One place where an article names an entity: the words as written and where they stand.
 *
 * @param text   the name as written, without possessive "’s" ("Ukraine" for "Ukraine’s")
 * @param start  UTF-16 offset of the first char in {@code Article.text()}
 * @param end    UTF-16 offset just past the last char
 * @param type   the entity type this mention was recognised as
 * @param source how it was found: the statistical recognizer, or one of the news-layer rules
 */
public record Mention(String text, int start, int end, EntityType type, Source source) {

  /** How a mention was found. */
  public enum Source {
    /** The CRF recognizer. */
    RECOGNIZER,
    /** Another occurrence of a name recognised elsewhere in the same article. */
    CONSISTENCY,
    /** The surname or first word of a person already named in full. */
    PARTIAL_NAME,
    /** An acronym of an organization named in full ("LDP"). */
    ACRONYM,
    /** A name found by a news-layer pattern (after a title, before a role). */
    PATTERN
  }

  /** Returns this mention with another type. */
  public Mention withType(EntityType t) {
    return new Mention(text, start, end, t, source);
  }

  boolean overlaps(int s, int e) {
    return start < e && s < end;
  }
}
