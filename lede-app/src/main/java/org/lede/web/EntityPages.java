package org.lede.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lede.entity.EntityType;
import org.lede.library.Library;
import org.lede.quote.Quote;
import org.lede.quote.QuoteKind;
import org.lede.store.StoredArticle;

/**
 * Builds the entity pages and the home page's most-quoted people from the {@link EntityLinksCache}, reading quotes from
 * the store only for the articles a page shows. Thread-safe.
 */
final class EntityPages {
  /** The most articles an entity page lists, and reads quotes from. */
  static final int ARTICLES = 100;
  private static final int CO_MENTIONED = 15;
  private static final Duration WEEK = Duration.ofDays(7);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Library library;
  private final EntityLinksCache index;
  private final Clock clock;
  private volatile MostQuoted mostQuoted;

  EntityPages(Library library, EntityLinksCache index, Clock clock) {
    this.library = library;
    this.index = index;
    this.clock = clock;
  }

  EntityLinks directory() {
    return index.directory();
  }

  /**
   * Returns the page of entity {@code id}, its quotes narrowed to {@code kind} ("direct", "partial", "indirect", or
   * null for all).
   *
   * @throws Problem 404 when no entity has that id, 400 for an unknown kind
   */
  EntityView page(String id, String kind, Follows follows) {
    EntityLinks directory = index.directory();
    EntityLinks.Known k = directory.get(id).orElseThrow(() -> Problem.notFound("There is no person, organization or place "
        + id + " in the stored articles."));
    QuoteKind only = kind(kind);
    List<EntityView.QuoteItem> quotes = new ArrayList<>();
    Map<QuoteKind, Integer> byKind = new HashMap<>();
    List<EntityView.ArticleItem> articles = new ArrayList<>();
    List<MentionChart.Point> points = new ArrayList<>();
    for (EntityLinks.Appearance ap : k.appearances()) {
      points.add(new MentionChart.Point(ap.published(), ap.mentions()));
      if (articles.size() >= ARTICLES) continue;
      articles.add(new EntityView.ArticleItem("/a/" + ap.articleId(), Views.headline(ap.headline()), day(ap.published()),
          iso(ap.published()), ap.mentions()));
      if (ap.quotes() == 0) continue;
      StoredArticle a = library.article(ap.articleId()).orElse(null);
      if (a == null) continue;
      for (Quote q : a.annotations().quotes()) {
        if (!k.id().equals(directory.speakerId(a.id(), q, a.annotations().entities()))) continue;
        byKind.merge(q.kind(), 1, Integer::sum);
        if (only != null && q.kind() != only) continue;
        quotes.add(new EntityView.QuoteItem(q.text(), q.kind().name().toLowerCase(Locale.ROOT), kindLabel(q.kind()),
            "/a/" + a.id() + "#" + ArticleMarkup.anchor(q), Views.headline(a.article().headline()), day(ap.published()),
            iso(ap.published()), q.speaker() == null ? null : q.speaker().mention()));
      }
    }
    String self = href(k.id());
    int all = byKind.values().stream().mapToInt(Integer::intValue).sum();
    List<SearchView.Facet> kinds = new ArrayList<>();
    kinds.add(new SearchView.Facet("All", all, self + "#quotes", only == null, 0));
    for (QuoteKind qk : QuoteKind.values()) {
      int n = byKind.getOrDefault(qk, 0);
      if (n > 0) kinds.add(new SearchView.Facet(kindLabel(qk), n, self + "?kind=" + qk.name().toLowerCase(Locale.ROOT) + "#quotes", qk == only, 0));
    }
    List<EntityView.Related> related = directory.coMentioned(k, CO_MENTIONED).stream()
        .map(e -> new EntityView.Related(e.getKey().name(), typeLabel(e.getKey().type()), href(e.getKey().id()), e.getValue()))
        .toList();
    String search = "/search?q=" + URLEncoder.encode("entity:\"" + k.name().replace("\"", "") + "\"", StandardCharsets.UTF_8);
    return new EntityView(k.id(), k.name(), typeLabel(k.type()), k.titles(), k.roles(), k.aliases(),
        follows.isFollowed(Follow.Kind.ENTITY, k.name()), k.mentions(), articles, k.appearances().size(), quotes, all,
        kinds, related, MentionChart.of(points), search, self);
  }

  /**
   * The people quoted most in the week up to now, or, when nothing stored is that recent, in the week up to the
   * newest quoted article, so an archive still shows who its news quoted.
   */
  MostQuoted mostQuoted(int limit) {
    EntityLinks directory = index.directory();
    MostQuoted m = mostQuoted;
    Instant now = clock.instant();
    if (m != null && m.directory() == directory && now.isBefore(m.computedAt().plus(Duration.ofMinutes(10)))) return m;
    Instant newest = null;
    for (EntityLinks.Known k : directory.all()) {
      for (EntityLinks.Appearance ap : k.appearances()) {
        if (ap.quotes() > 0 && ap.published() != null && !ap.published().isAfter(now)
            && (newest == null || ap.published().isAfter(newest))) newest = ap.published();
      }
    }
    List<MostQuoted.Person> people = new ArrayList<>();
    boolean thisWeek = newest != null && newest.isAfter(now.minus(WEEK));
    Instant end = thisWeek ? now : newest;
    if (end != null) {
      Instant start = end.minus(WEEK);
      for (EntityLinks.Known k : directory.all()) {
        if (k.type() != EntityType.PERSON || k.quotes() == 0) continue;
        int quotes = 0;
        for (EntityLinks.Appearance ap : k.appearances()) {
          if (ap.published() != null && ap.published().isAfter(start) && !ap.published().isAfter(end)) quotes += ap.quotes();
        }
        if (quotes > 0) people.add(new MostQuoted.Person(k.name(), href(k.id()), quotes));
      }
      people.sort(java.util.Comparator.comparingInt(MostQuoted.Person::quotes).reversed().thenComparing(MostQuoted.Person::name));
    }
    String heading = thisWeek ? "Most quoted this week"
        : end == null ? "Most quoted" : "Most quoted in the week to " + DAY.format(end.atZone(ZoneOffset.UTC));
    m = new MostQuoted(heading, List.copyOf(people.subList(0, Math.min(limit, people.size()))), directory, now);
    mostQuoted = m;
    return m;
  }

  /**
   * The home page's most-quoted list.
   *
   * @param heading which week it covers
   * @param people  the people, most quotes first
   */
  record MostQuoted(String heading, List<Person> people, EntityLinks directory, Instant computedAt) {
    /** A quoted person, their page and how many quotes. */
    record Person(String name, String href, int quotes) {}
  }

  /** The path of an entity's page; the id is percent-encoded but for its type's colon. */
  static String href(String id) {
    return "/e/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("%3A", ":").replace("+", "%20");
  }

  static String typeLabel(EntityType t) {
    return switch (t) {
      case PERSON -> "Person";
      case ORGANIZATION -> "Organization";
      case LOCATION -> "Place";
      case MISC -> "Other";
    };
  }

  static String kindLabel(QuoteKind k) {
    return switch (k) {
      case DIRECT -> "Direct";
      case PARTIAL -> "Partial";
      case INDIRECT -> "Reported";
    };
  }

  private static QuoteKind kind(String kind) {
    if (kind == null || kind.isBlank()) return null;
    for (QuoteKind k : QuoteKind.values()) if (k.name().equalsIgnoreCase(kind.strip())) return k;
    throw Problem.badRequest("kind must be direct, partial or indirect");
  }

  private static String day(Instant t) {
    return t == null ? null : DAY.format(t.atZone(ZoneOffset.UTC));
  }

  private static String iso(Instant t) {
    return t == null ? null : t.toString();
  }
}
