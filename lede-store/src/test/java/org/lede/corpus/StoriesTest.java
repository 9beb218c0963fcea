package org.lede.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.corpus.WrittenNews.article;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.library.Library;
import org.lede.library.ReindexProgress;

/**
 * Stories at ingest over a few days written for this test: a dam breach reported by a wire story (run by two more
 * outlets with their own headlines) and by a broadcaster in its own words; an inquiry into it two days later; and,
 * the same day as the breach, a tram plan announced by the council leader who also speaks about the dam.
 */
class StoriesTest {
  @TempDir static Path dir;
  static Library library;

  private static final List<String> WIRE = List.of(
      "Emergency crews evacuated more than 2,000 residents from the Velden valley on Tuesday after a section of the "
          + "Orsa reservoir dam gave way following three days of heavy rain, regional authorities said.",
      "Water poured through a breach about 40 metres wide in the earth embankment shortly before dawn, flooding "
          + "farmland and cutting the main road between Velden and the market town of Brask.",
      "Council leader Hana Morvik said an independent inquiry would examine why repairs to the dam had been delayed.");

  @BeforeAll
  static void ingest() {
    library = Library.open(dir, Clock.fixed(Instant.parse("2026-03-15T00:00:00Z"), ZoneOffset.UTC), ReindexProgress.NONE);
    Annotator annotator = Annotator.standard();
    WrittenNews.ingest(library, annotator, WrittenNews.otherNews(i -> "2026-03-0" + (i % 9 + 1) + "T08:00:00Z"));
    List<Article> days = List.of(
        article("courier", "Evening Courier", "Thousands flee as Orsa dam breaks", "2026-03-10T09:00:00Z", WIRE),
        article("harbour", "Harbour Times", "Velden valley evacuated", "2026-03-10T10:00:00Z",
            List.of(WIRE.get(0), WIRE.get(1), WIRE.get(2), "Advertisement")),
        article("radio", "Valley Radio", "Orsa dam collapse forces Velden valley evacuation", "2026-03-10T11:00:00Z",
            List.of("A dam on the Orsa reservoir has partly collapsed, forcing the evacuation of thousands of people "
                + "in the Velden valley after days of rain.",
                "Council leader Hana Morvik told Valley Radio the delayed repairs would be investigated.")),
        article("trams", "Evening Courier", "Morvik unveils tram plan for the harbour district", "2026-03-10T15:00:00Z",
            List.of("Council leader Hana Morvik unveiled a plan on Tuesday for a tram line to the harbour district, "
                + "to be paid for by a parking levy.",
                "The first trams could run in 2029, she said.")),
        article("north", "Northern Post", "Orsa reservoir breach: 2,000 evacuated", "2026-03-10T12:00:00Z",
            List.of("VELDEN (Wire) -", WIRE.get(0), WIRE.get(1), WIRE.get(2))),
        article("inquiry", "Evening Courier", "Inquiry opens into Orsa dam breach", "2026-03-12T09:00:00Z",
            List.of("An independent inquiry opened on Thursday into why repairs to the Orsa reservoir dam were delayed, "
                + "two days after its embankment gave way and flooded the Velden valley.",
                "Hana Morvik, the council leader, promised that residents would see every document.")));
    // a lone page that claims a date months ahead, as mis-dated pages do
    days = new java.util.ArrayList<>(days);
    days.add(article("misdated", "Daily Ledger", "Council website moves to a new address", "2026-09-01T08:00:00Z",
        List.of("The council's website has moved to a new address; old links will forward for a year.")));
    WrittenNews.ingest(library, annotator, days);
  }

  @AfterAll
  static void close() {
    library.close();
  }

  private static long story(String articleId) {
    return library.stories().storyOf(articleId).orElseThrow().id();
  }

  @Test
  void wire_copies_and_an_own_report_of_the_breach_are_one_story_with_its_outlets() {
    long breach = story("courier");
    assertThat(story("harbour")).isEqualTo(breach);
    assertThat(story("north")).isEqualTo(breach);
    assertThat(story("radio")).isEqualTo(breach);
    Stories.Story s = library.stories().story(breach).orElseThrow();
    assertThat(s.outlets()).isGreaterThanOrEqualTo(4);
    assertThat(library.stories().articles(breach, 10)).extracting(Stories.Member::articleId)
        .startsWith("courier", "harbour", "radio");
  }

  @Test
  void the_inquiry_two_days_later_joins_the_breach_but_the_tram_plan_stays_apart() {
    assertThat(story("inquiry")).isEqualTo(story("courier"));
    assertThat(story("trams")).isNotEqualTo(story("courier"));
  }

  @Test
  void the_latest_story_of_several_articles_is_found_past_a_lone_misdated_page() {
    assertThat(library.stories().latest(1)).contains(Instant.parse("2026-09-01T08:00:00Z"));
    assertThat(library.stories().latest(2)).contains(Instant.parse("2026-03-12T09:00:00Z"));
  }

  @Test
  void the_biggest_story_leads_and_a_relink_finds_the_same_stories() {
    assertThat(library.stories().top(null, null, 5).getFirst().id()).isEqualTo(story("courier"));
    long trams = story("trams");
    long breach = story("courier");
    library.relink(org.lede.store.ArticleStore.RelinkProgress.NONE);
    assertThat(story("trams")).isEqualTo(trams);
    assertThat(story("inquiry")).isEqualTo(breach);
  }
}
