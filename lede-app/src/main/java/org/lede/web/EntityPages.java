package org.lede.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lede.corpus.Appearance;
import org.lede.corpus.Carrier;
import org.lede.corpus.Corpus;
import org.lede.corpus.CorpusQuote;
import org.lede.corpus.KnownEntity;
import org.lede.entity.EntityType;
import org.lede.quote.QuoteKind;

/**
 * Builds the entity pages and the home page's most-quoted people from the store's corpus tables: each page is a few
 * indexed reads bounded by what it shows, whatever the size of the store. Thread-safe.
 */
final class EntityPages {
  // A page's cost follows its rows (each quote parsed, each article and carrier joined, each drawn): the first page
  // is kept short so that the page of someone named in thousands of articles costs about what a newcomer's does;
  // the rest are a click away, page by page (the entity API's quotes and mentions, the search).
  /** The most articles an entity page lists. */
  static final int ARTICLES = 20;
  /** The most quotes an entity page lists. */
  static final int QUOTES = 20;
  /** The most carriers listed under one quote. */
  static final int CARRIERS = 10;
  private static final int CO_MENTIONED = 15;
  private static final Duration WEEK = Duration.ofDays(7);
  private static final Duration MOST_QUOTED_FOR = Duration.ofMinutes(1);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Corpus corpus;
  private final Clock clock;
  private volatile MostQuoted mostQuoted;

  EntityPages(Corpus corpus, Clock clock) {
    this.corpus = corpus;
    this.clock = clock;
  }

  /**
   * Returns entity {@code id}, or the one it was merged into (whose id then differs: the caller redirects).
   *
   * @throws Problem 404 when no entity has that id
   */
  KnownEntity entity(String id) {
    return corpus.entity(id).orElseThrow(() -> Problem.notFound("There is no person, organization or place "
        + id + " in the stored articles."));
  }

  /**
   * Returns the page of entity {@code k} (as {@link #entity} read it), its quotes narrowed to {@code kind} ("direct",
   * "partial", "indirect", or null for all).
   *
   * @throws Problem 400 for an unknown kind
   */
  EntityView page(KnownEntity k, String kind, Follows follows) {
    QuoteKind only = kind(kind);
    List<CorpusQuote> said = corpus.quotesBy(k.id(), only, QUOTES);
    // the carriers of every quote carried more than once, in one read
    Map<Long, List<Carrier>> carriers = corpus.carriers(said.stream().filter(q -> q.carriers() > 1)
        .map(CorpusQuote::id).toList(), CARRIERS);
    List<EntityView.QuoteItem> quotes = new ArrayList<>();
    for (CorpusQuote q : said) quotes.add(quoteItem(q, carriers.getOrDefault(q.id(), List.of())));
    Map<QuoteKind, Integer> byKind = corpus.quoteKinds(k.id());
    List<EntityView.ArticleItem> articles = new ArrayList<>();
    for (Appearance ap : corpus.appearances(k.id(), ARTICLES)) {
      articles.add(new EntityView.ArticleItem("/a/" + ap.articleId(), Views.headline(ap.headline()), ap.site(),
          day(ap.published()), iso(ap.published()), ap.mentions()));
    }
    String self = href(k.id());
    int all = byKind.values().stream().mapToInt(Integer::intValue).sum();
    List<SearchView.Facet> kinds = new ArrayList<>();
    kinds.add(new SearchView.Facet("All", all, self + "#quotes", only == null, 0));
    for (QuoteKind qk : QuoteKind.values()) {
      int n = byKind.getOrDefault(qk, 0);
      if (n > 0) kinds.add(new SearchView.Facet(kindLabel(qk), n, self + "?kind=" + qk.name().toLowerCase(Locale.ROOT) + "#quotes", qk == only, 0));
    }
    List<EntityView.Related> related = corpus.coMentioned(k.id(), CO_MENTIONED).stream()
        .map(e -> new EntityView.Related(e.name(), typeLabel(e.type()), href(e.id()), e.shared()))
        .toList();
    String search = "/search?q=" + URLEncoder.encode("entity:\"" + k.name().replace("\"", "") + "\"", StandardCharsets.UTF_8);
    return new EntityView(k.id(), k.name(), typeLabel(k.type()), k.titles(), k.roles(), k.aliases(),
        follows.isFollowed(Follow.Kind.ENTITY, k.name()), k.mentions(), articles, k.articles(), quotes, all,
        kinds, related, chart(k), search, self);
  }

  /** One corpus quote as the page lists it: once, however many articles carried it, with where it ran first. */
  private EntityView.QuoteItem quoteItem(CorpusQuote q, List<Carrier> carriedBy) {
    List<EntityView.CarrierItem> carriers = List.of();
    if (q.carriers() > 1) {
      carriers = carriedBy.stream()
          .map(c -> new EntityView.CarrierItem(quoteHref(c.articleId(), c.start()), Views.headline(c.headline()),
              c.site(), day(c.published()), iso(c.published())))
          .toList();
    }
    var quote = q.quote();
    return new EntityView.QuoteItem(quote.text(), quote.kind().name().toLowerCase(Locale.ROOT), kindLabel(quote.kind()),
        quoteHref(q.firstArticleId(), quote.start()), Views.headline(q.firstHeadline()), q.firstSite(),
        day(q.firstPublished()), iso(q.firstPublished()), quote.speaker() == null ? null : quote.speaker().mention(),
        q.carriers(), q.outlets(), carriers);
  }

  /** Mentions a day from the corpus tables; what the entity's total holds beyond them is undated (not drawn). */
  private MentionChart chart(KnownEntity k) {
    List<MentionChart.Point> points = new ArrayList<>();
    int dated = 0;
    for (Map.Entry<LocalDate, Integer> e : corpus.mentionsByDay(k.id()).entrySet()) {
      points.add(new MentionChart.Point(e.getKey().atStartOfDay(ZoneOffset.UTC).toInstant(), e.getValue()));
      dated += e.getValue();
    }
    if (k.mentions() > dated) points.add(new MentionChart.Point(null, k.mentions() - dated));
    return MentionChart.of(points);
  }

  /**
   * The people quoted most in the week up to now, or, when nothing stored is that recent, in the week up to the
   * newest quoted article, so an archive still shows who its news quoted. Kept a minute.
   */
  MostQuoted mostQuoted(int limit) {
    MostQuoted m = mostQuoted;
    Instant now = clock.instant();
    if (m != null && m.asked() == limit && !now.isBefore(m.computedAt())
        && now.isBefore(m.computedAt().plus(MOST_QUOTED_FOR))) return m;
    Instant newest = corpus.newestQuoted(now);
    boolean thisWeek = newest != null && newest.isAfter(now.minus(WEEK));
    Instant end = thisWeek ? now : newest;
    List<MostQuoted.Person> people = List.of();
    if (end != null) {
      people = corpus.mostQuoted(end.minus(WEEK), end.plusMillis(1), limit).stream()
          .map(e -> new MostQuoted.Person(e.getKey().name(), href(e.getKey().id()), e.getValue()))
          .toList();
    }
    String heading = thisWeek ? "Most quoted this week"
        : end == null ? "Most quoted" : "Most quoted in the week to " + DAY.format(end.atZone(ZoneOffset.UTC));
    m = new MostQuoted(heading, people, limit, now);
    mostQuoted = m;
    return m;
  }

  /**
   * The home page's most-quoted list.
   *
   * @param heading    which week it covers
   * @param people     the people, most quotes first
   * @param asked      how many were asked for
   * @param computedAt when it was read
   */
  record MostQuoted(String heading, List<Person> people, int asked, Instant computedAt) {
    /** A quoted person, their page and how many quotes. */
    record Person(String name, String href, int quotes) {}
  }

  /** The path of an entity's page; the id is percent-encoded but for its type's colon. */
  static String href(String id) {
    return "/e/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("%3A", ":").replace("+", "%20");
  }

  /** The place of a quote in its article's page, or the article itself when the quote's place is not known. */
  static String quoteHref(String articleId, int start) {
    return "/a/" + articleId + (start < 0 ? "" : "#q-" + start);
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

  static String day(Instant t) {
    return t == null ? null : DAY.format(t.atZone(ZoneOffset.UTC));
  }

  static String iso(Instant t) {
    return t == null ? null : t.toString();
  }
}
