package org.lede.entity;

import java.util.List;
import java.util.Objects;

/**
 * One person, organization, place or other named thing, with every mention of it.
 *
 * <p>Within one article the id is derived from the article id and the canonical name; across articles
 * {@link EntityLinker} gives corpus-wide ids.
 *
 * @param id        stable identifier
 * @param name      canonical name: the fullest name used ("Borys Kremenetskyi")
 * @param type      entity type
 * @param aliases   other names used for it ("Kremenetskyi", "LDP"), canonical name excluded
 * @param titles    honorifics and ranks written before the name ("Maj. Gen.", "President")
 * @param roles     descriptions of what the entity is ("Secretary of State", "a geopolitical analyst at Mizuho Bank")
 * @param age       age in years when the article states it ("Takaichi, 64"), else null
 * @param mentions  every mention, in text order
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<String> titles,
    List<String> roles,
    Integer age,
    List<Mention> mentions) {

  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(Objects.requireNonNullElse(aliases, List.of()));
    titles = List.copyOf(Objects.requireNonNullElse(titles, List.of()));
    roles = List.copyOf(Objects.requireNonNullElse(roles, List.of()));
    mentions = List.copyOf(Objects.requireNonNullElse(mentions, List.of()));
  }

  /** Returns every name this entity goes by: canonical name first, then aliases. */
  public List<String> names() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
  }
}
