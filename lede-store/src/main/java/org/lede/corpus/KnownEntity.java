package org.lede.corpus;

import java.time.Instant;
import java.util.List;
import org.lede.entity.EntityType;

/**
 * One person, organization, place or other named thing of the corpus, as the store keeps it.
 *
 * @param id        corpus-wide id ("P:borys-kremenetskyi"); stable while the entity is the same
 * @param type      entity type
 * @param name      canonical name: the fullest name used most
 * @param aliases   every other name it goes by
 * @param titles    titles seen before its name
 * @param roles     roles seen beside it
 * @param mentions  mentions in all stored articles (latest versions)
 * @param articles  articles naming it
 * @param quotes    quotes it speaks, one per article that carries one
 * @param firstSeen publication time of the earliest article naming it, or null
 * @param lastSeen  publication time of the newest, or null
 */
public record KnownEntity(String id, EntityType type, String name, List<String> aliases, List<String> titles,
    List<String> roles, int mentions, int articles, int quotes, Instant firstSeen, Instant lastSeen) {

  public KnownEntity {
    aliases = List.copyOf(aliases);
    titles = List.copyOf(titles);
    roles = List.copyOf(roles);
  }
}
