package org.lede.quote;

/**
 * A name found in an article's text: a person, an organisation or a group, with the title and role written
 * beside it. The values an entity layer hands to quote attribution.
 *
 * @param start UTF-16 offset of the name itself (titles not included)
 * @param end   offset just past the name
 * @param name  the name as written, without a possessive ending
 * @param kind  person, organisation or group
 * @param title title as written right before the name ("Maj. Gen."), or null
 * @param role  role or affiliation as written beside the name ("Ukraine’s military attaché"), or null
 */
public record NameMention(int start, int end, String name, SpeakerKind kind, String title, String role) {}
