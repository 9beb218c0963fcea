package org.lede.entity;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One article's entity as linked into the corpus, with the evidence the decision rested on, so that it can be
 * decided again without reading the article.
 *
 * @param articleId the article
 * @param localId   the entity's id within the article
 * @param entityId  the corpus entity it joined
 * @param name      its name in the article
 * @param type      its type in the article
 * @param aliases   its other names in the article
 * @param titles    its titles in the article
 * @param roles     its roles in the article
 * @param reason    why it joined
 * @param roleWords the words of its titles and roles
 * @param context   the words of the other names in its article
 * @param mentions  how often the article mentions it
 * @param quotes    how many of the article's quotes it speaks
 * @param published the article's publication time, or null
 */
public record LinkMember(String articleId, String localId, String entityId, String name, EntityType type,
    List<String> aliases, List<String> titles, List<String> roles, LinkReason reason, Set<String> roleWords,
    Set<String> context, int mentions, int quotes, Instant published) {

  public LinkMember {
    aliases = List.copyOf(aliases);
    titles = List.copyOf(titles);
    roles = List.copyOf(roles);
    // in the order given, not Set.copyOf's, which changes from one JVM to the next: the evidence is stored as
    // JSON, and a profile capped at so many words keeps the first ones, so the order must be the same every run
    roleWords = Collections.unmodifiableSet(new LinkedHashSet<>(roleWords));
    context = Collections.unmodifiableSet(new LinkedHashSet<>(context));
  }

  /** Returns this member joined to {@code entity} for {@code why}. */
  public LinkMember movedTo(String entity, LinkReason why) {
    return new LinkMember(articleId, localId, entity, name, type, aliases, titles, roles, why, roleWords, context,
        mentions, quotes, published);
  }

  /** Returns the surname key of a person's name ("marsh" for "Elena Marsh"). */
  public String surname() {
    return Names.last(name);
  }
}
