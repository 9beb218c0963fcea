package org.lede.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.lede.entity.CorpusEntity;
import org.lede.entity.Entity;
import org.lede.entity.EntityLinker;
import org.lede.library.Library;
import org.lede.quote.Quote;
import org.lede.store.StoredArticle;

/**
 * The people, organizations and places of a whole store: each article's entities linked into one entity per
 * real-world referent, with the articles that mention it. Built on demand from the stored annotations.
 */
final class CorpusEntities {
  /**
   * One linked entity and where it appears.
   *
   * @param entity   the linked entity
   * @param articles the articles mentioning it, newest first
   * @param mentions how many times it is mentioned in all
   */
  record Found(CorpusEntity entity, List<StoredArticle> articles, int mentions) {}

  private final List<Found> all;

  private CorpusEntities(List<Found> all) {
    this.all = all;
  }

  static CorpusEntities of(Library library) {
    List<List<Entity>> perArticle = new ArrayList<>();
    // Entity ids are unique only within an article, so each entity is tied to its article by identity.
    Map<Entity, StoredArticle> articleOf = new IdentityHashMap<>();
    try (Stream<StoredArticle> latest = library.latest()) {
      latest.forEach(a -> {
        perArticle.add(a.annotations().entities());
        for (Entity e : a.annotations().entities()) articleOf.put(e, a);
      });
    }
    List<Found> found = new ArrayList<>();
    for (CorpusEntity ce : EntityLinker.standard().link(perArticle)) {
      Map<String, StoredArticle> articles = new LinkedHashMap<>();
      int mentions = 0;
      for (Entity member : ce.members()) {
        StoredArticle a = articleOf.get(member);
        if (a != null) articles.putIfAbsent(a.id(), a);
        mentions += member.mentions().size();
      }
      List<StoredArticle> sorted = new ArrayList<>(articles.values());
      sorted.sort(Comparator.comparing((StoredArticle a) -> a.article().published() == null ? java.time.Instant.EPOCH
          : a.article().published().instant()).reversed());
      found.add(new Found(ce, sorted, mentions));
    }
    found.sort(Comparator.comparingInt(Found::mentions).reversed().thenComparing(f -> f.entity().name()));
    return new CorpusEntities(found);
  }

  List<Found> all() {
    return all;
  }

  /** Finds the entity called {@code name}: an exact name or alias first, then one containing it; most mentioned wins. */
  Optional<Found> named(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    Optional<Found> exact = all.stream().filter(f -> names(f).stream().anyMatch(n -> n.equals(key))).findFirst();
    return exact.isPresent() ? exact : all.stream().filter(f -> names(f).stream().anyMatch(n -> n.contains(key))).findFirst();
  }

  /** The quotes spoken by {@code f}'s entity in the articles that mention it, with their article. */
  List<Map.Entry<StoredArticle, Quote>> quotesBy(Found f) {
    List<String> names = names(f);
    List<Map.Entry<StoredArticle, Quote>> out = new ArrayList<>();
    for (StoredArticle a : f.articles()) {
      for (Quote q : a.annotations().quotes()) {
        if (q.speaker() != null && q.speaker().name() != null
            && names.contains(q.speaker().name().toLowerCase(Locale.ROOT))) {
          out.add(Map.entry(a, q));
        }
      }
    }
    return out;
  }

  /** Entities appearing in the same articles as {@code f}'s, most shared articles first. */
  List<Map.Entry<Found, Integer>> coMentioned(Found f, int limit) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    f.articles().forEach(a -> ids.add(a.id()));
    List<Map.Entry<Found, Integer>> out = new ArrayList<>();
    for (Found other : all) {
      if (other == f) continue;
      int shared = (int) other.articles().stream().filter(a -> ids.contains(a.id())).count();
      if (shared > 0) out.add(Map.entry(other, shared));
    }
    out.sort(Map.Entry.<Found, Integer>comparingByValue().reversed()
        .thenComparing(e -> -e.getKey().mentions()));
    return out.subList(0, Math.min(limit, out.size()));
  }

  private static List<String> names(Found f) {
    List<String> names = new ArrayList<>();
    names.add(f.entity().name().toLowerCase(Locale.ROOT));
    f.entity().aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
    return names;
  }
}
