package org.lede.entity;

import java.util.List;
import java.util.Objects;

/**
 * One person, organization, place or other named thing across many articles: the per-article entities that name
 * it, linked.
 *
 * @param id      corpus-wide identifier ("P:donald-trump")
 * @param name    canonical name: the full name used most often
 * @param type    entity type
 * @param aliases every other name used for it in any article
 * @param titles  titles seen in any article
 * @param roles   roles seen in any article
 * @param members the per-article entities, each with its own article-scoped id and mentions
 */
public record CorpusEntity(
    String id, String name, EntityType type, List<String> aliases, List<String> titles, List<String> roles,
    List<Entity> members) {

  public CorpusEntity {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    titles = List.copyOf(titles);
    roles = List.copyOf(roles);
    members = List.copyOf(members);
  }
}
