package org.lede.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lede.article.Article;
import org.lede.corpus.Corpus;
import org.lede.article.StatedTime;
import org.lede.article.Subhead;
import org.lede.index.FacetCount;
import org.lede.index.SearchHit;
import org.lede.index.SearchRequest;
import org.lede.index.SearchResults;
import org.lede.index.Snippet;
import org.lede.store.StoredArticle;

/** Turns stored articles and search results into what the templates show. Thread-safe (stateless but for the clock). */
final class Views {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private final Clock clock;

  Views(Clock clock) {
    this.clock = clock;
  }

  Clock clock() {
    return clock;
  }

  ArticleView article(StoredArticle stored, int versions, Follows follows, String shortUrl, ArticleLinks links) {
    Article a = stored.article();
    List<List<Marked>> marked = ArticleMarkup.paragraphs(a, stored.annotations(), links);
    String dateline = a.dateline() == null ? null : a.dateline().raw() != null ? a.dateline().raw() : a.dateline().place();
    List<ArticleView.Block> body = new ArrayList<>();
    for (int i = 0; i < a.paragraphs().size(); i++) {
      for (Subhead s : a.subheads()) {
        if (s.paragraph() == i) body.add(new ArticleView.Block(true, false, s.text(), List.of()));
      }
      // Plain-text articles keep the dateline at the head of the first paragraph: it is not printed twice.
      boolean datelineApart = i == 0 && (dateline == null || !a.paragraphs().get(0).startsWith(dateline));
      body.add(new ArticleView.Block(false, datelineApart, a.paragraphs().get(i), marked.get(i)));
    }
    List<Follow> followed = follows.list();
    List<ArticleView.Picture> images = a.images().stream()
        .map(im -> new ArticleView.Picture(pictureUrl(im.url()), im.caption(), im.credit()))
        .filter(p -> p.url() != null || p.caption() != null || p.credit() != null)
        .toList();
    StatedTime changed = a.updated() != null ? a.updated() : a.published();
    return new ArticleView(a.id(), headline(a.headline()), blankToNull(a.dek()), blankToNull(a.site()),
        a.site() != null && followed(followed, Follow.Kind.SITE, a.site()),
        a.byline().stream().map(n -> new ArticleView.Person(n, followed(followed, Follow.Kind.BYLINE, n))).toList(),
        a.keyPoints(), dateline,
        a.published() == null ? null : display(a.published()),
        a.published() == null ? null : a.published().instant().toString(),
        changed == null ? null : changed.instant().toString(),
        changed == null ? null : (a.updated() != null ? "Updated " : "Published ") + Ago.describe(changed.instant(), clock.instant()),
        images, body, ArticleFacts.quotes(stored, links), ArticleFacts.named(stored, links, followed), webUrl(a.canonicalUrl() != null ? a.canonicalUrl() : a.url()), a.input(), shortUrl,
        stored.version(), versions);
  }

  static boolean followed(List<Follow> follows, Follow.Kind kind, String value) {
    String v = value.strip();
    return follows.stream().anyMatch(f -> f.kind() == kind && f.value().equals(v));
  }

  HitView hit(SearchHit h) {
    return new HitView(h.id(), headline(h.headline()), h.site(), h.published() == null ? null : DAY.format(h.published().atZone(ZoneOffset.UTC)),
        String.join(", ", h.byline()), runs(h.snippet()));
  }

  /**
   * The search page; {@code sample} is the ids of the best matching articles (the first {@link EntityFacets#SAMPLE}),
   * which the speaker and entity facets are counted over.
   */
  SearchView search(SearchForm form, SearchResults r, String path, List<String> sample, Corpus corpus,
      List<org.lede.library.FoldedHit> rows, List<org.lede.library.StoryGroup> groups) {
    List<SearchView.Facet> sites = r.sites().stream()
        .map(f -> facet(f.value(), f.count(), f.value().equalsIgnoreCase(form.site() == null ? "" : form.site()),
            form, form.withSite(f.value()), form.withSite(null), path, 0))
        .toList();
    long busiest = r.months().stream().mapToLong(FacetCount::count).max().orElse(1);
    List<SearchView.Facet> months = r.months().stream()
        .map(f -> {
          YearMonth m = YearMonth.parse(f.value());
          int percent = (int) Math.max(4, Math.round(100.0 * f.count() / busiest));
          return facet(MONTH.format(m), f.count(), m.equals(form.month()), form, form.withMonth(m), form.withMonth(null), path, percent);
        })
        .toList();
    List<SearchView.Facet> sorts = List.of(
        new SearchView.Facet("Relevance", 0, form.withSort(SearchRequest.Sort.RELEVANCE).link(path), form.sort() == SearchRequest.Sort.RELEVANCE, 0),
        new SearchView.Facet("Newest", 0, form.withSort(SearchRequest.Sort.DATE).link(path), form.sort() == SearchRequest.Sort.DATE, 0));
    String previous = form.page() > 1 ? form.withPage(form.page() - 1).link(path) : null;
    long read = (long) (form.page() - 1) * r.request().limit() + r.hits().size();
    String next = read < r.totalHits() && form.page() < SearchForm.MAX_PAGE ? form.withPage(form.page() + 1).link(path) : null;
    SearchForm feedForm = form.withPage(1);
    List<SearchView.Facet> feeds = List.of(
        new SearchView.Facet("Atom", 0, feedForm.link("/feeds/search.atom"), false, 0),
        new SearchView.Facet("RSS", 0, feedForm.link("/feeds/search.rss"), false, 0),
        new SearchView.Facet("JSON Feed", 0, feedForm.link("/feeds/search.json"), false, 0));
    List<List<SearchView.Facet>> named = EntityFacets.of(form, sample, corpus, path);
    List<SearchView.StoryView> stories = groups == null ? null : groups.stream().map(this::story).toList();
    return new SearchView(form, r.totalHits(), rows.stream().map(this::row).toList(), sites, months, sorts,
        previous, next, r.syntaxError(), feeds, named.get(0), named.get(1), sample.size(), stories,
        form.withByStory(!form.byStory()).link(path), r.hits().size());
  }

  /** A row of folded hits: the hit, the page's copies of it under it, and how many copies there are in all. */
  HitView row(org.lede.library.FoldedHit f) {
    HitView h = hit(f.hit());
    return new HitView(h.id(), h.headline(), h.site(), h.published(), h.byline(), h.snippet(),
        f.copiesHere().stream().map(this::hit).toList(), f.copies(), f.isCopy() ? f.original() : null);
  }

  private SearchView.StoryView story(org.lede.library.StoryGroup g) {
    List<HitView> rows = g.hits().stream().map(this::row).toList();
    if (g.story() == null) return new SearchView.StoryView(rows.getFirst().headline(), null, 1, 1, rows);
    return new SearchView.StoryView(headline(g.story().title()), "/story/" + g.story().id(), g.story().size(),
        g.story().outlets(), rows);
  }

  private static SearchView.Facet facet(String label, long count, boolean active, SearchForm form, SearchForm on,
      SearchForm off, String path, int percent) {
    return new SearchView.Facet(label, count, (active ? off : on).link(path), active, percent);
  }

  static List<HitView.Run> runs(Snippet s) {
    List<HitView.Run> out = new ArrayList<>();
    int at = 0;
    for (Snippet.Span span : s.highlights()) {
      if (span.start() > at) out.add(new HitView.Run(s.text().substring(at, span.start()), false));
      out.add(new HitView.Run(s.text().substring(span.start(), span.end()), true));
      at = span.end();
    }
    if (at < s.text().length()) out.add(new HitView.Run(s.text().substring(at), false));
    return out;
  }

  static String display(StatedTime t) {
    return switch (t.precision()) {
      case YEAR, MONTH, DAY -> DAY.format(t.instant().atZone(ZoneOffset.UTC));
      default -> MINUTE.format(t.instant().atZone(ZoneOffset.UTC));
    };
  }

  static String display(Instant t) {
    return MINUTE.format(t.atZone(ZoneOffset.UTC));
  }

  static String headline(String h) {
    return h == null || h.isBlank() ? "Untitled article" : h;
  }

  /** Keeps only http(s) URLs: a {@code javascript:} or {@code data:} URL from a page must never become a link. */
  static String webUrl(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      URI u = URI.create(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Keeps a picture's URL only when the reader's browser may fetch it: http(s) on a host that may be public. A page
   * saying its picture is at {@code http://192.168.1.1/reboot} or {@code http://localhost:8080/admin} must not make
   * every reader's browser send that request.
   */
  static String pictureUrl(String url) {
    String web = webUrl(url);
    return web != null && org.lede.fetch.AddressGuard.mayBePublic(URI.create(web).getHost()) ? web : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
