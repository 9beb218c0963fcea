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
    String title) {

  /** Returns this speaker as met again through another mention, resolved in another way. */
  Speaker at(String newMention, int newStart, int newEnd, Resolution how) {
    return new Speaker(newMention, newStart, newEnd, name, how, anonymous, kind, role, title);
  }

  /** Returns this speaker with the resolution changed and the mention kept. */
  Speaker resolvedBy(Resolution how) {
    return new Speaker(mention, start, end, name, how, anonymous, kind, role, title);
  }
}
