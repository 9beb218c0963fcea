package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.corpus.KnownEntity;
import org.lede.entity.Entity;
import org.lede.entity.EntityType;
import org.lede.entity.Mention;
import org.lede.library.IngestGroup;
import org.lede.library.Library;
import org.lede.library.ReindexProgress;
import org.lede.quote.Cue;
import org.lede.quote.Quote;
import org.lede.quote.QuoteKind;
import org.lede.quote.Resolution;
import org.lede.quote.Speaker;
import org.lede.quote.SpeakerKind;
import org.lede.source.Document;
import org.lede.source.MediaType;

/**
 * The page of someone named thousands of times: a city's mayor in a year of daily news the team made up, each report
 * naming her three times and quoting her once (every fifth report reported speech), a few sayings carried by several
 * outlets. The page lists only its newest quotes and articles, and its counts come from the corpus tables' tallies,
 * not from counting her rows.
 */
class HeavyEntityPageTest {
  private static final int REPORTS = 1200;
  private static final String MAYOR = "Ilse Varkonyi";
  private static final Instant FIRST = Instant.parse("2025-01-01T08:00:00Z");
  private static final List<String> OUTLETS = List.of("Harbour Courier", "Valley Ledger", "North Shore Times");

  @TempDir static Path tmp;
  static Library library;
  static WebServer server;
  static Http http;
  static String id;

  @BeforeAll
  static void start() {
    library = Library.open(tmp, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), ReindexProgress.NONE);
    try (IngestGroup group = library.group()) {
      for (int n = 0; n < REPORTS; n++) {
        Report r = report(n);
        group.ingest(new Document(r.article().canonicalUrl(), r.article().text().getBytes(StandardCharsets.UTF_8),
            MediaType.TEXT_DUMP, null, null, null), List.of(r.article()), List.of(r.found()));
      }
    }
    library.commit();
    id = library.corpus().named(MAYOR).orElseThrow().id();
    server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    library.close();
  }

  @Test
  void the_page_of_someone_named_thousands_of_times_counts_all_of_it_and_lists_the_newest_first_page() {
    HttpResponse<String> r = http.get(EntityPages.href(id));
    assertThat(r.statusCode()).isEqualTo(200);
    String body = r.body();
    KnownEntity mayor = library.corpus().entity(id).orElseThrow();
    assertThat(mayor.mentions()).isEqualTo(3 * REPORTS);
    assertThat(body).contains("<h1>" + MAYOR + "</h1>")
        .contains(3 * REPORTS + " mentions in " + REPORTS + " articles")
        // every tenth report repeats the saying of the one before it: one corpus quote for the two
        .contains(" · " + sayings() + " quotes");

    List<String> quotes = matches(body, "<blockquote>(?:<q>)?([^<]+)(?:</q>)?</blockquote>");
    List<String> newest = new ArrayList<>();
    for (int n = REPORTS - 1; newest.size() < EntityPages.QUOTES; n--) {
      if (!repeatsTheOneBefore(n)) newest.add(saying(n));
    }
    assertThat(quotes).as("the newest sayings, newest first, each once").containsExactlyElementsOf(newest);
    assertThat(body).contains("The newest " + EntityPages.QUOTES + ": every quote, page by page, at <a href=\"/api/v1/entities/"
        + id + "/quotes\">");

    String articleList = body.substring(body.indexOf("<section class=\"entity-articles\""));
    List<String> articles = matches(articleList.substring(0, articleList.indexOf("</section>")),
        "<li><a href=\"/a/[^\"]+\">(Report [0-9]+)</a>");
    List<String> latest = new ArrayList<>();
    for (int n = REPORTS - 1; latest.size() < EntityPages.ARTICLES; n--) latest.add(headline(n));
    assertThat(articles).as("the newest reports, newest first").containsExactlyElementsOf(latest);
    assertThat(body).contains("The newest " + EntityPages.ARTICLES + " of " + REPORTS + ":");
  }

  @Test
  void quote_kinds_are_counted_from_the_tally_kept_as_quotes_are_stored() {
    String body = http.get(EntityPages.href(id)).body();
    int reported = 0;
    for (int n = 0; n < REPORTS; n++) if (!repeatsTheOneBefore(n) && kind(n) == QuoteKind.INDIRECT) reported++;
    assertThat(library.corpus().quoteKinds(id))
        .isEqualTo(Map.of(QuoteKind.DIRECT, sayings() - reported, QuoteKind.INDIRECT, reported));
    assertThat(body).contains("All <span class=\"count\">" + sayings() + "</span>")
        .contains("Direct <span class=\"count\">" + (sayings() - reported) + "</span>")
        .contains("Reported <span class=\"count\">" + reported + "</span>");

    String onlyReported = http.get(EntityPages.href(id) + "?kind=indirect").body();
    List<String> quotes = matches(onlyReported, "<blockquote>([^<]+)</blockquote>");
    assertThat(quotes).hasSize(EntityPages.QUOTES);
    int newestReported = REPORTS - 1;
    while (kind(newestReported) != QuoteKind.INDIRECT || repeatsTheOneBefore(newestReported)) newestReported--;
    assertThat(quotes.getFirst()).isEqualTo(saying(newestReported));
  }

  @Test
  void a_saying_two_outlets_carried_lists_both_under_it() {
    String body = http.get(EntityPages.href(id)).body();
    int repeated = REPORTS - 1;
    while (!repeatsTheOneBefore(repeated)) repeated--;
    Matcher item = Pattern.compile("(?s)<li class=\"said said-[a-z]+\">\\s*<blockquote>(?:<q>)?"
        + Pattern.quote(saying(repeated)) + "(?:</q>)?</blockquote>(.*?)</li>\\s*(?:<li class=\"said|</ol>)").matcher(body);
    assertThat(item.find()).as("the repeated saying is on the first page").isTrue();
    assertThat(item.group(1)).contains("carried by 2 outlets").contains("<summary>Every article that carried it (2)</summary>")
        .contains(">" + headline(repeated - 1) + "</a>").contains(">" + headline(repeated) + "</a>");
  }

  /** Distinct sayings: each report has one, but every tenth repeats the one before. */
  private static int sayings() {
    int n = 0;
    for (int i = 0; i < REPORTS; i++) if (!repeatsTheOneBefore(i)) n++;
    return n;
  }

  private static boolean repeatsTheOneBefore(int n) {
    return n % 10 == 9;
  }

  private static QuoteKind kind(int n) {
    return n % 5 == 2 ? QuoteKind.INDIRECT : QuoteKind.DIRECT;
  }

  /** Her words in report {@code n}: twelve made-up words no other report's saying uses. */
  private static String saying(int n) {
    int said = repeatsTheOneBefore(n) ? n - 1 : n;
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < 12; k++) {
      if (k > 0) s.append(' ');
      for (int w = said * 12 + k, digit = 0; digit < 5; digit++, w /= 10) s.append(SYLLABLES[w % 10]);
    }
    return s.toString();
  }

  private static final String[] SYLLABLES = {"ka", "lo", "mi", "nu", "pe", "ra", "so", "ti", "vu", "ze"};

  private static String headline(int n) {
    return "Report " + n;
  }

  private record Report(Article article, Annotations found) {}

  /** Report {@code n}, a day after the one before: the mayor named, quoted, and named again by surname. */
  private static Report report(int n) {
    QuoteKind kind = kind(repeatsTheOneBefore(n) ? n - 1 : n);
    String said = saying(n);
    StringBuilder text = new StringBuilder("Mayor ");
    int name = text.length();
    text.append(MAYOR).append(" met the council on day ").append(n).append(". ");
    int quoteStart;
    int speakerAt;
    int cueAt;
    if (kind == QuoteKind.DIRECT) {
      text.append('\u201c');
      quoteStart = text.length();
      text.append(said).append(",\u201d ");
      speakerAt = text.length();
      text.append(MAYOR).append(' ');
      cueAt = text.length();
      text.append("said. ");
    } else {
      speakerAt = text.length();
      text.append(MAYOR).append(' ');
      cueAt = text.length();
      text.append("said ");
      quoteStart = text.length();
      text.append(said).append(". ");
    }
    int surname = text.length();
    text.append("Varkonyi left at noon.");
    Entity mayor = new Entity("e0", MAYOR, EntityType.PERSON, List.of("Varkonyi"), List.of("Mayor"), List.of(), null, List.of(
        new Mention(MAYOR, name, name + MAYOR.length(), EntityType.PERSON, Mention.Source.RECOGNIZER),
        new Mention(MAYOR, speakerAt, speakerAt + MAYOR.length(), EntityType.PERSON, Mention.Source.RECOGNIZER),
        new Mention("Varkonyi", surname, surname + "Varkonyi".length(), EntityType.PERSON, Mention.Source.PARTIAL_NAME)));
    Quote quote = new Quote(said, kind, quoteStart, quoteStart + said.length(), new Cue("said", cueAt, cueAt + 4),
        new Speaker(MAYOR, speakerAt, speakerAt + MAYOR.length(), MAYOR, Resolution.NAMED, false,
            SpeakerKind.PERSON, null, null), null, null);
    String outlet = OUTLETS.get(n % OUTLETS.size());
    Instant published = FIRST.plus(n, ChronoUnit.DAYS);
    Article article = Article.builder()
        .canonicalUrl("https://" + outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".example/" + n)
        .site(outlet).language("en").headline(headline(n))
        .published(new StatedTime(published, StatedTime.Precision.MINUTE, null))
        .addParagraph(text.toString()).build();
    return new Report(article, new Annotations(List.of(quote), List.of(mayor), List.of(), List.of()));
  }

  private static List<String> matches(String body, String regex) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(body);
    while (m.find()) out.add(m.group(1));
    return out;
  }
}
