package org.lede.quote;

/**
 * Who a quote is attributed to.
 *
 * @param mention    the source as written where it is attributed ("he", "the general", "Kremenetskyi, who oversees
 *                   the screening")
 * @param start      UTF-16 offset of the mention in {@code Article.text}
 * @param end        offset just past the mention
 * @param name       who the mention resolves to: a person's full name, else the description as first written
 * @param resolution how the mention was resolved
 * @param anonymous  true when the source is described but not named ("a senior official", "sources")
 * @param kind       person, organization or group
 * @param role       role or affiliation as written ("Ukraine’s military attaché"), or null
 * @param title      title as written before the name ("Maj. Gen."), or null
 * @param entityId   the id of the article's entity who said it (one of {@code Annotations.entities}), or null when
 *                   no entity is the speaker: an unnamed source, or a speaker the entity layer did not find
 */
public record Speaker(
    String mention,
    int start,
    int end,
    String name,
    Resolution resolution,
    boolean anonymous,
    SpeakerKind kind,
    String role,
    String title,
    String entityId) {

  /** A speaker as the quote finder makes it: which entity it is comes later, once the article's entities are known. */
  public Speaker(String mention, int start, int end, String name, Resolution resolution, boolean anonymous,
      SpeakerKind kind, String role, String title) {
    this(mention, start, end, name, resolution, anonymous, kind, role, title, null);
  }

  /** Returns this speaker as met again through another mention, resolved in another way. */
  Speaker at(String newMention, int newStart, int newEnd, Resolution how) {
    return new Speaker(newMention, newStart, newEnd, name, how, anonymous, kind, role, title, entityId);
  }

  /** Returns this speaker with the resolution changed and the mention kept. */
  Speaker resolvedBy(Resolution how) {
    return new Speaker(mention, start, end, name, how, anonymous, kind, role, title, entityId);
  }

  /** Returns this speaker as the entity {@code id} of its article. */
  Speaker asEntity(String id) {
    return new Speaker(mention, start, end, name, resolution, anonymous, kind, role, title, id);
  }
}
