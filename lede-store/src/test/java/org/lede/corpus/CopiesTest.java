package org.lede.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.library.Library;
import org.lede.library.ReindexProgress;
import org.lede.source.Document;
import org.lede.source.MediaType;
import org.lede.store.ArticleOutcome;

/**
 * Near-duplicates over a small news day written for this test: a wire story about a dam breach run by three outlets,
 * each with its own headline and page furniture (one trims the last paragraph), stored out of order; a local paper's
 * own report of the same breach and a broadcaster's own report, in their own words; the local report republished a
 * day later under a new headline at a new address; and a brief too short to judge.
 */
class CopiesTest {
  @TempDir Path dir;

  private static final List<String> WIRE = List.of(
      "Emergency crews evacuated more than 2,000 residents from the lower Velden valley on Tuesday after a section of "
          + "the Orsa reservoir dam gave way following three days of heavy rain, regional authorities said.",
      "Water poured through a breach about 40 metres wide in the earth embankment shortly before dawn, flooding farmland "
          + "and cutting the main road between Velden and the market town of Brask.",
      "No deaths were reported, but two people were taken to hospital with hypothermia after being pulled from a "
          + "stranded car, a spokeswoman for the regional fire service said.",
      "Engineers had warned in a report last year that the embankment needed urgent repairs, and the regional council "
          + "had set aside money for the work in its budget for next spring.",
      "The council's leader, Hana Morvik, said an independent inquiry would examine why the repairs had been delayed "
          + "and whether residents should have been warned sooner.");

  private static final List<String> LOCAL = List.of(
      "Sirens woke Brask before six. By the time the light came up, the fields east of the bypass were a brown lake and "
          + "the Velden road had vanished under it.",
      "Farmer Piet Holm watched from his barn roof as the water crept towards his milking shed. \"I have lived here "
          + "fifty years and never seen the river come this way,\" he said.",
      "Volunteers from the rowing club ferried elderly neighbours to the sports hall, where the Red Cross handed out "
          + "blankets and soup through the morning.",
      "Questions are already being asked in town about the old embankment, which locals say has leaked for years "
          + "while the council argued over who should pay to fix it.");

  private static final List<String> BROADCAST = List.of(
      "A dam on the Orsa reservoir has partly collapsed, forcing the evacuation of thousands of people in the Velden "
          + "valley, in what officials describe as the worst flooding in the region for decades.",
      "Aerial footage showed brown water spreading across farmland and surrounding houses near Brask, with rescue "
          + "boats moving between rooftops.",
      "The regional council leader, Hana Morvik, told our correspondent the breach would be investigated and that "
          + "families would be compensated, but she declined to say who was responsible for the delayed repairs.",
      "Forecasters expect more rain in the valley on Wednesday, raising fears that the damaged embankment could give "
          + "way further.");

  private static StatedTime at(String instant) {
    return new StatedTime(Instant.parse(instant), StatedTime.Precision.MINUTE, instant);
  }

  private static Article article(String url, String site, String headline, String published, List<String> paragraphs) {
    return Article.builder().canonicalUrl(url).site(site).headline(headline).published(at(published))
        .paragraphs(paragraphs).build();
  }

  private static List<String> with(List<String> body, String before, String after, int keep) {
    List<String> p = new ArrayList<>();
    if (before != null) p.add(before);
    p.addAll(body.subList(0, keep));
    if (after != null) p.add(after);
    return p;
  }

  private static final Article COURIER = article("https://courier.example/dam", "Evening Courier",
      "Thousands flee as Orsa dam breaks", "2026-03-10T09:00:00Z",
      with(WIRE, "Listen to this article. 4 min", "Sign up for the Courier morning briefing, free in your inbox.", 5));
  private static final Article HARBOUR = article("https://harbour.example/world/orsa", "Harbour Times",
      "Dam gives way in Velden valley after days of rain", "2026-03-10T10:30:00Z",
      with(WIRE, null, "Advertisement", 4));
  private static final Article NORTH = article("https://north.example/a/9912", "Northern Post",
      "Orsa reservoir breach: 2,000 evacuated", "2026-03-10T11:45:00Z",
      with(WIRE, "VELDEN (Wire) -", "Related: Floods across the north this winter", 5));
  private static final Article GAZETTE = article("https://brask-gazette.example/news/flood", "Brask Gazette",
      "A brown lake where the fields were", "2026-03-10T12:00:00Z", LOCAL);
  private static final Article RADIO = article("https://radio.example/news/orsa-dam", "Valley Radio",
      "Orsa dam collapse: thousands evacuated", "2026-03-10T08:00:00Z", BROADCAST);
  private static final Article GAZETTE_AGAIN = article("https://brask-gazette.example/weekend/the-morning-the-water-came",
      "Brask Gazette", "The morning the water came", "2026-03-11T07:00:00Z", LOCAL);
  private static final Article BRIEF = article("https://radio.example/news/brief", "Valley Radio",
      "Road closed", "2026-03-10T08:30:00Z", List.of("The Velden road is closed at Brask after the Orsa dam breach."));

  private Library open() {
    return Library.open(dir, Clock.fixed(Instant.parse("2026-03-12T00:00:00Z"), ZoneOffset.UTC), ReindexProgress.NONE);
  }

  private static ArticleOutcome put(Library lib, Article a) {
    Document doc = new Document(a.canonicalUrl(), (a.canonicalUrl() + a.text()).getBytes(StandardCharsets.UTF_8),
        MediaType.HTML, null, null, null);
    return lib.ingest(doc, List.of(a)).articles().getFirst();
  }

  private static String id(Library lib, Article a) {
    return org.lede.extract.ArticleIds.of(a.canonicalUrl(), a.canonicalUrl(), 0);
  }

  @Test
  void wire_copies_point_at_the_earliest_and_own_reports_of_the_same_event_stay_apart() {
    try (Library lib = open()) {
      // stored out of order: the latest copy first, the earliest last
      for (Article a : List.of(NORTH, GAZETTE, HARBOUR, RADIO, GAZETTE_AGAIN, COURIER, BRIEF)) put(lib, a);
      Copies copies = lib.copies();
      String courier = id(lib, COURIER);
      assertThat(copies.copyOf(courier)).isEmpty();
      Copies.Copy harbour = copies.copyOf(id(lib, HARBOUR)).orElseThrow();
      assertThat(harbour.originalId()).isEqualTo(courier);
      assertThat(harbour.similarity()).isBetween(0.5, 0.95); // trimmed and without the courier's furniture
      Copies.Copy north = copies.copyOf(id(lib, NORTH)).orElseThrow();
      assertThat(north.originalId()).isEqualTo(courier);
      assertThat(north.similarity()).isGreaterThan(0.8);
      assertThat(copies.copies(courier, 10)).extracting(Copies.Listed::site)
          .containsExactly("Harbour Times", "Northern Post");
      assertThat(copies.count(courier)).isEqualTo(2);

      Copies.Copy again = copies.copyOf(id(lib, GAZETTE_AGAIN)).orElseThrow();
      assertThat(again.originalId()).isEqualTo(id(lib, GAZETTE));
      assertThat(again.similarity()).isEqualTo(1.0);

      // the same event in other words: no copies
      assertThat(copies.copyOf(id(lib, GAZETTE))).isEmpty();
      assertThat(copies.copyOf(id(lib, RADIO))).isEmpty();
      assertThat(copies.copies(id(lib, RADIO), 10)).isEmpty();
      assertThat(copies.copyOf(id(lib, BRIEF))).isEmpty();
    }
  }

  @Test
  void a_changed_article_at_the_same_url_is_a_new_version_and_keeps_its_copies() {
    try (Library lib = open()) {
      for (Article a : List.of(COURIER, HARBOUR, NORTH)) put(lib, a);
      List<String> edited = new ArrayList<>(COURIER.paragraphs());
      edited.set(3, "Correction: two people, not three, were treated for hypothermia, the fire service said later.");
      Article changed = COURIER.toBuilder().paragraphs(edited).build();
      ArticleOutcome outcome = put(lib, changed);
      assertThat(outcome.change()).isEqualTo(ArticleOutcome.Change.UPDATED);
      String courier = id(lib, COURIER);
      assertThat(lib.copies().copyOf(courier)).isEmpty();
      assertThat(lib.copies().copyOf(id(lib, HARBOUR)).orElseThrow().originalId()).isEqualTo(courier);
      assertThat(lib.copies().copyOf(id(lib, NORTH)).orElseThrow().originalId()).isEqualTo(courier);
    }
  }

  @Test
  void when_the_original_is_rewritten_its_copies_regroup_under_the_earliest_of_them() {
    try (Library lib = open()) {
      for (Article a : List.of(COURIER, HARBOUR, NORTH)) put(lib, a);
      put(lib, COURIER.toBuilder().paragraphs(BROADCAST).build()); // the page now carries another text
      String harbour = id(lib, HARBOUR);
      assertThat(lib.copies().copyOf(id(lib, COURIER))).isEmpty();
      assertThat(lib.copies().copyOf(harbour)).isEmpty();
      assertThat(lib.copies().copyOf(id(lib, NORTH)).orElseThrow().originalId()).isEqualTo(harbour);
      // and the rewritten page copies the broadcaster's report once that arrives earlier
      put(lib, RADIO);
      assertThat(lib.copies().copyOf(id(lib, COURIER)).orElseThrow().originalId()).isEqualTo(id(lib, RADIO));
    }
  }

  @Test
  void a_relink_rebuilds_the_same_copies() {
    try (Library lib = open()) {
      for (Article a : List.of(NORTH, GAZETTE, HARBOUR, GAZETTE_AGAIN, COURIER)) put(lib, a);
      Copies.Copy before = lib.copies().copyOf(id(lib, NORTH)).orElseThrow();
      lib.relink(org.lede.store.ArticleStore.RelinkProgress.NONE);
      assertThat(lib.copies().copyOf(id(lib, NORTH))).contains(before);
      assertThat(lib.copies().copyOf(id(lib, GAZETTE_AGAIN)).orElseThrow().originalId()).isEqualTo(id(lib, GAZETTE));
    }
  }
}
