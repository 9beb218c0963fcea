package org.lede.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.lede.entity.CorpusEntity;
import org.lede.entity.Entity;
import org.lede.entity.EntityLinker;
import org.lede.entity.Mention;
import org.lede.library.Library;
import org.lede.quote.Quote;
import org.lede.store.StoredArticle;

/**
 * The people, organizations and places of the whole store, linked across articles ({@link EntityLinker}), for the
 * entity API and feeds. Linking reads every article's annotations, so the result is kept; when the store has changed
 * (checked at most every ten seconds) it is built again in the background while readers keep the last one, so
 * entities lag new articles by one rebuild.
 *
 * <p>Thread-safe: a build replaces the whole directory at once; readers see the old one or the new one.
 */
final class EntityDirectory {
  private static final long CHECK_EVERY_NANOS = 10_000_000_000L;

  /** An article as the directory lists it. */
  record ArticleRef(String id, String headline, Instant published) {}

  /** Where one entity is mentioned in one article. */
  record Appearance(ArticleRef article, List<Mention> mentions) {}

  /** A quote of one entity, with its article. */
  record Said(ArticleRef article, Quote quote) {}

  /**
   * One linked entity.
   *
   * @param entity      the linked entity
   * @param appearances the articles that mention it, newest first (undated last, then by id)
   * @param quotes      what it said in them, newest article first
   * @param mentions    how many times it is mentioned in all
   */
  record Linked(CorpusEntity entity, List<Appearance> appearances, List<Said> quotes, int mentions) {}

  private record Built(long stamp, List<Linked> byName, Map<String, Linked> byId) {}

  /** Newest first, undated last, ties by id: the order lists page in. */
  static final Comparator<ArticleRef> NEWEST_FIRST = Comparator
      .comparing((ArticleRef a) -> a.published() == null ? Instant.MIN : a.published(), Comparator.reverseOrder())
      .thenComparing(ArticleRef::id);

  private final Library library;
  private volatile Built built = new Built(-1, List.of(), Map.of());
  private volatile long checkedAt = System.nanoTime() - CHECK_EVERY_NANOS;
  private final AtomicBoolean building = new AtomicBoolean();

  EntityDirectory(Library library) {
    this.library = library;
  }

  /** Returns every entity ordered by name (case-insensitive), then id. */
  List<Linked> all() {
    return current().byName();
  }

  Optional<Linked> byId(String id) {
    return Optional.ofNullable(current().byId().get(id));
  }

  /** The key entities are listed by: their name in lower case, then their id. */
  static String sortKey(Linked l) {
    return l.entity().name().toLowerCase(Locale.ROOT) + "\u0000" + l.entity().id();
  }

  private Built current() {
    Built b = built;
    long now = System.nanoTime();
    if (b.stamp() >= 0 && now - checkedAt < CHECK_EVERY_NANOS) return b;
    if (b.stamp() < 0) {
      synchronized (this) {
        if (built.stamp() < 0) {
          built = build(library.stats().versions());
          checkedAt = System.nanoTime();
        }
        return built;
      }
    }
    checkedAt = now;
    // versions only grow (every change adds one), so their count tells whether anything changed
    long stamp = library.stats().versions();
    if (stamp != b.stamp() && building.compareAndSet(false, true)) {
      // a rebuild reads the whole store: readers keep the last directory meanwhile rather than wait for it
      Thread.ofVirtual().name("lede-entity-directory").start(() -> {
        try {
          built = build(stamp);
        } catch (RuntimeException e) {
          // the library closed under the rebuild, or a read failed: the next check tries again
        } finally {
          building.set(false);
        }
      });
    }
    return b;
  }

  private Built build(long stamp) {
    List<List<Entity>> perArticle = new ArrayList<>();
    // entity ids are unique only within an article, so each entity is tied to its article by identity
    Map<Entity, ArticleRef> articleOf = new IdentityHashMap<>();
    Map<String, List<Quote>> quotesOf = new HashMap<>();
    try (Stream<StoredArticle> latest = library.latest()) {
      latest.forEach(a -> {
        List<Entity> entities = a.annotations().entities();
        if (entities.isEmpty()) return;
        ArticleRef ref = new ArticleRef(a.id(), a.article().headline(),
            a.article().published() == null ? null : a.article().published().instant());
        perArticle.add(entities);
        for (Entity e : entities) articleOf.put(e, ref);
        if (!a.annotations().quotes().isEmpty()) quotesOf.put(a.id(), a.annotations().quotes());
      });
    }
    List<Linked> all = new ArrayList<>();
    for (CorpusEntity ce : EntityLinker.standard().link(perArticle)) all.add(linked(ce, articleOf, quotesOf));
    all.sort(Comparator.comparing(EntityDirectory::sortKey));
    Map<String, Linked> byId = all.stream().collect(Collectors.toMap(l -> l.entity().id(), l -> l, (a, b) -> a, LinkedHashMap::new));
    return new Built(stamp, List.copyOf(all), byId);
  }

  private static Linked linked(CorpusEntity ce, Map<Entity, ArticleRef> articleOf, Map<String, List<Quote>> quotesOf) {
    Map<String, ArticleRef> refs = new LinkedHashMap<>();
    Map<String, List<Mention>> mentions = new HashMap<>();
    int count = 0;
    for (Entity member : ce.members()) {
      ArticleRef a = articleOf.get(member);
      if (a == null) continue;
      refs.putIfAbsent(a.id(), a);
      mentions.computeIfAbsent(a.id(), k -> new ArrayList<>()).addAll(member.mentions());
      count += member.mentions().size();
    }
    List<ArticleRef> articles = new ArrayList<>(refs.values());
    articles.sort(NEWEST_FIRST);
    Set<String> names = Stream.concat(Stream.of(ce.name()), ce.aliases().stream())
        .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    List<Appearance> appearances = new ArrayList<>();
    List<Said> said = new ArrayList<>();
    for (ArticleRef a : articles) {
      appearances.add(new Appearance(a, List.copyOf(mentions.get(a.id()))));
      for (Quote q : quotesOf.getOrDefault(a.id(), List.of())) {
        if (spokenBy(q, names, mentions.get(a.id()))) said.add(new Said(a, q));
      }
    }
    return new Linked(ce, List.copyOf(appearances), List.copyOf(said), count);
  }

  /**
   * A quote is the entity's when the speaker as written begins or ends with a mention of it ("Energy Minister Faisal
   * Al-Harthi", "Layla Haddad-Nouri, chief executive of Noor Sahel" is hers, not Noor Sahel's), or resolves to one of
   * its names, with or without a title before it.
   */
  private static boolean spokenBy(Quote q, Set<String> names, List<Mention> mentions) {
    if (q.speaker() == null) return false;
    for (Mention m : mentions) {
      boolean inside = m.start() >= q.speaker().start() && m.end() <= q.speaker().end();
      if (inside && (m.start() == q.speaker().start() || m.end() == q.speaker().end())) return true;
    }
    if (q.speaker().name() == null) return false;
    String name = q.speaker().name().toLowerCase(Locale.ROOT);
    return names.contains(name) || names.stream().anyMatch(n -> n.contains(" ") && name.endsWith(" " + n));
  }
}
