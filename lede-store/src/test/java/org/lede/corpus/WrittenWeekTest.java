package org.lede.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.corpus.WrittenNews.article;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.library.Library;
import org.lede.library.ReindexProgress;

/**
 * A week of regional news the team wrote (no text from any real page): 38 articles from seven outlets over six days.
 * Six stories: a dam breach told by an agency story three outlets run and by two outlets in their own words, with an
 * inquiry two days later; a tram plan announced the same day by the council leader who also speaks about the dam; a
 * ferry strike with its own agency copies and its end two days later; a mayoral election; a wildfire and its
 * aftermath two days on; a cup final between clubs named after the towns of the other stories. Ten single items of
 * other news. It checks what the UCI labels cannot: stories that span days, copies beside own reports, and two
 * stories that share a person or a place staying apart.
 */
class WrittenWeekTest {
  @TempDir static Path dir;
  static Library library;
  /** Each story's articles, by the name the assertions use for the story. */
  static final Map<String, List<String>> STORIES = new LinkedHashMap<>();
  static final List<String> SINGLES = new ArrayList<>();

  private static final List<String> DAM_WIRE = List.of(
      "Emergency crews evacuated more than 2,000 residents from the Velden valley on Tuesday after a section of the "
          + "Orsa reservoir dam gave way following three days of heavy rain, regional authorities said.",
      "Water poured through a breach about 40 metres wide in the earth embankment shortly before dawn, flooding "
          + "farmland and cutting the main road between Velden and the market town of Brask.",
      "Dam engineer Erik Dahl said the embankment had been due for repairs since last spring.");

  private static final List<String> STRIKE_WIRE = List.of(
      "Ferry crews in Saltmere walked out on Wednesday in a dispute over pay and rest hours, leaving hundreds of "
          + "island commuters stranded on the quay as Northgate Ferries cancelled every crossing of the day.",
      "Union leader Ingrid Vale said the crews had not had a pay rise in three years and would stay out until the "
          + "company made an offer they could put to a vote.",
      "Northgate Ferries said it regretted the disruption and remained open to talks at any time.");

  private static final List<String> ELECTION_WIRE = List.of(
      "Tomas Reyes was elected mayor of Brask on Thursday with 54 percent of the vote, ending twelve years of rule "
          + "by the Civic Alliance in the market town.",
      "His rival, the outgoing deputy mayor Mara Olsen, conceded shortly before midnight and congratulated him on a "
          + "clean campaign.",
      "Turnout was 61 percent, the highest in a Brask local election for two decades, the town clerk said.");

  private static void tell(String name, Article... articles) {
    List<String> ids = new ArrayList<>();
    for (Article a : articles) ids.add(a.id());
    STORIES.put(name, ids);
    WEEK.addAll(List.of(articles));
  }

  private static final List<Article> WEEK = new ArrayList<>();

  @BeforeAll
  static void ingest() {
    for (Article a : WrittenNews.otherNews(i -> "2026-03-1" + (i % 6) + "T07:30:00Z")) {
      SINGLES.add(a.id());
      WEEK.add(a);
    }
    tell("dam",
        article("dam-courier", "Evening Courier", "Thousands flee as Orsa dam breaks", "2026-03-10T09:00:00Z", DAM_WIRE),
        article("dam-harbour", "Harbour Times", "Velden valley evacuated", "2026-03-10T10:00:00Z",
            List.of(DAM_WIRE.get(0), DAM_WIRE.get(1), DAM_WIRE.get(2), "Advertisement")),
        article("dam-north", "Northern Post", "Orsa reservoir breach: 2,000 evacuated", "2026-03-10T12:00:00Z",
            List.of("VELDEN (Wire) -", DAM_WIRE.get(0), DAM_WIRE.get(1), DAM_WIRE.get(2))),
        article("dam-radio", "Valley Radio", "Orsa dam collapse forces Velden valley evacuation", "2026-03-10T11:00:00Z",
            List.of("A dam on the Orsa reservoir has partly collapsed, forcing the evacuation of thousands of people "
                + "in the Velden valley after days of rain.",
                "Council leader Hana Morvik told Valley Radio the delayed repairs to the dam would be investigated.")),
        article("dam-ledger", "Daily Ledger", "Farms under water after Orsa embankment fails", "2026-03-10T14:00:00Z",
            List.of("Farmers in the Velden valley watched their fields disappear under water on Tuesday after the "
                + "embankment of the Orsa reservoir dam failed.",
                "Most of the 2,000 people evacuated spent the night in a sports hall in Brask, where the council "
                + "leader, Hana Morvik, visited them.")),
        article("dam-inquiry", "Evening Courier", "Inquiry opens into Orsa dam breach", "2026-03-12T09:00:00Z",
            List.of("An independent inquiry opened on Thursday into why repairs to the Orsa reservoir dam were delayed, "
                + "two days after its embankment gave way and flooded the Velden valley.",
                "Hana Morvik, the council leader, promised residents of the valley that they would see every "
                + "document about the dam.")));
    tell("trams",
        article("trams-courier", "Evening Courier", "Morvik unveils tram plan for the harbour district",
            "2026-03-10T15:00:00Z",
            List.of("Council leader Hana Morvik unveiled a plan on Tuesday for a tram line to the harbour district, "
                + "to be paid for by a parking levy.",
                "The first trams could run in 2029, she said.")),
        article("trams-ledger", "Daily Ledger", "Parking levy to pay for harbour tram line", "2026-03-10T16:30:00Z",
            List.of("Drivers parking in the city centre would pay a levy of two euros a day to fund a new tram line "
                + "to the harbour district under plans set out by Hana Morvik.",
                "Business owners in the harbour district welcomed the tram but warned the parking levy could keep "
                + "shoppers away.")));
    tell("strike",
        article("strike-harbour", "Harbour Times", "Ferry crews strike in Saltmere", "2026-03-11T08:00:00Z",
            STRIKE_WIRE),
        article("strike-coastal", "Coastal Mail", "Saltmere ferries halted by walkout", "2026-03-11T09:30:00Z",
            List.of(STRIKE_WIRE.get(0), STRIKE_WIRE.get(1), STRIKE_WIRE.get(2), "Read more")),
        article("strike-radio", "Valley Radio", "Island commuters stranded as ferry crews walk out",
            "2026-03-11T10:00:00Z",
            List.of("Commuters from the islands were left waiting on the Saltmere quay on Wednesday morning after ferry "
                + "crews went on strike over pay.",
                "Ingrid Vale of the crews' union told Valley Radio that Northgate Ferries had ignored three letters.")),
        article("strike-ledger", "Daily Ledger", "Northgate Ferries cancels all crossings", "2026-03-11T12:00:00Z",
            List.of("Northgate Ferries cancelled all its crossings from Saltmere on Wednesday as its crews struck for "
                + "better pay and longer rest between shifts.",
                "The company said talks with the union led by Ingrid Vale could resume as soon as Thursday.")),
        article("strike-courier", "Evening Courier", "Saltmere ferry strike enters second day", "2026-03-12T08:00:00Z",
            List.of("The ferry strike in Saltmere entered its second day on Thursday with no crossings to the islands "
                + "and no talks between Northgate Ferries and the crews' union.",
                "Island shops ran short of fresh bread and milk, traders said.")),
        article("strike-ends", "Harbour Times", "Saltmere ferry strike ends with pay deal", "2026-03-13T18:00:00Z",
            List.of("Ferry crews in Saltmere voted on Friday to accept a pay offer from Northgate Ferries, ending a "
                + "strike that had halted crossings to the islands for three days.",
                "Ingrid Vale, the union leader, said the deal gave crews a rise of six percent and a longer rest "
                + "between shifts.")));
    tell("election",
        article("vote-courier", "Evening Courier", "Reyes wins Brask mayoral race", "2026-03-12T22:30:00Z",
            ELECTION_WIRE),
        article("vote-north", "Northern Post", "Brask elects Tomas Reyes as mayor", "2026-03-12T23:10:00Z",
            List.of("BRASK (Wire) -", ELECTION_WIRE.get(0), ELECTION_WIRE.get(1), ELECTION_WIRE.get(2))),
        article("vote-radio", "Valley Radio", "Civic Alliance loses Brask after twelve years", "2026-03-12T23:45:00Z",
            List.of("The Civic Alliance lost control of Brask town hall on Thursday night for the first time in twelve "
                + "years as Tomas Reyes took the mayoralty.",
                "Mara Olsen, the alliance's candidate, said her party would listen to the voters of Brask.")),
        article("vote-ledger", "Daily Ledger", "What the new mayor of Brask has promised", "2026-03-13T07:00:00Z",
            List.of("Tomas Reyes, elected mayor of Brask on Thursday, has promised free buses for pensioners and a new "
                + "market hall in the town square.",
                "Reyes beat the deputy mayor Mara Olsen by eight points after a campaign about the cost of living.")),
        article("vote-turnout", "Coastal Mail", "Record turnout in Brask mayoral vote", "2026-03-13T09:00:00Z",
            List.of("Turnout in the Brask mayoral election reached 61 percent, the highest for twenty years, as Tomas "
                + "Reyes defeated Mara Olsen.",
                "Young voters queued outside polling stations in the town until they closed.")),
        article("vote-olsen", "Harbour Times", "Olsen concedes Brask race to Reyes", "2026-03-13T10:00:00Z",
            List.of("Mara Olsen conceded the Brask mayoral election to Tomas Reyes, saying the town had voted for "
                + "change after twelve years of the Civic Alliance.",
                "Olsen will stay on the council as leader of the opposition.")));
    tell("fire",
        article("fire-radio", "Valley Radio", "Wildfire spreads in the Orsa hills", "2026-03-13T14:00:00Z",
            List.of("A wildfire spread across the dry slopes of the Orsa hills on Friday afternoon, and fire crews from "
                + "three towns were sent to stop it reaching the villages below.",
                "Fire chief Lucas Fenwick said strong winds were driving the flames east.")),
        article("fire-courier", "Evening Courier", "Villages on alert as Orsa hills burn", "2026-03-13T17:00:00Z",
            List.of("Residents of two villages under the Orsa hills were told to be ready to leave as a wildfire burned "
                + "through pine forest on Friday.",
                "Lucas Fenwick, the fire chief, said helicopters would drop water on the fire at first light.")),
        article("fire-ledger", "Daily Ledger", "Helicopters fight Orsa hills wildfire", "2026-03-14T08:00:00Z",
            List.of("Helicopters dropped water on the Orsa hills wildfire on Saturday morning as fire crews worked "
                + "through the night to hold the flames back from the villages.",
                "About 300 hectares of pine forest have burned, fire chief Lucas Fenwick said.")),
        article("fire-coastal", "Coastal Mail", "Orsa hills fire under control", "2026-03-14T16:00:00Z",
            List.of("The wildfire in the Orsa hills was brought under control on Saturday afternoon after burning "
                + "about 350 hectares of pine forest, the fire service said.",
                "Lucas Fenwick thanked the crews and said no homes had been lost.")),
        article("fire-after", "Valley Radio", "Orsa hills wildfire was started by a campfire, fire service says",
            "2026-03-15T16:00:00Z",
            List.of("The wildfire that burned 350 hectares of pine forest in the Orsa hills was started by a campfire "
                + "left burning by hikers, the fire service said on Sunday, two days after it broke out.",
                "Fire chief Lucas Fenwick urged walkers to respect the ban on fires in the hills.")));
    tell("final",
        article("final-ledger", "Daily Ledger", "Velden United win the cup against Brask City", "2026-03-14T19:00:00Z",
            List.of("Velden United won the regional cup on Saturday, beating Brask City 2-1 in the final with a goal "
                + "in the last minute of extra time.",
                "Captain Jonas Brekke lifted the trophy in front of 9,000 fans.")),
        article("final-courier", "Evening Courier", "Late winner gives Velden United the cup", "2026-03-14T19:30:00Z",
            List.of("A header in the last minute of extra time gave Velden United a 2-1 win over Brask City in the "
                + "regional cup final on Saturday.",
                "Brask City's coach said his players had given everything in the final.")),
        article("final-radio", "Valley Radio", "Cup final: Velden United 2 Brask City 1", "2026-03-14T20:00:00Z",
            List.of("Velden United are the regional cup winners after beating Brask City 2-1 in a tense final that "
                + "went to extra time.",
                "Jonas Brekke, the Velden captain, dedicated the win to the families of the valley flooded this "
                + "week.")));
    library = Library.open(dir, Clock.fixed(Instant.parse("2026-03-16T00:00:00Z"), ZoneOffset.UTC),
        ReindexProgress.NONE);
    WrittenNews.ingest(library, Annotator.standard(), WEEK);
  }

  @AfterAll
  static void close() {
    library.close();
  }

  private static long story(String articleId) {
    return library.stories().storyOf(articleId).orElseThrow().id();
  }

  @Test
  void the_week_is_thirty_eight_articles_in_six_stories_over_six_days() {
    assertThat(WEEK).hasSize(38);
    assertThat(STORIES).hasSize(6);
    Set<String> days = WEEK.stream().map(a -> a.published().instant().toString().substring(0, 10))
        .collect(Collectors.toSet());
    assertThat(days).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void each_story_is_one_story_and_no_two_stories_share_one() {
    Map<String, Long> ids = new LinkedHashMap<>();
    STORIES.forEach((name, articles) -> {
      long first = story(articles.getFirst());
      for (String a : articles) assertThat(story(a)).as(name + ": " + a).isEqualTo(first);
      ids.put(name, first);
    });
    assertThat(Set.copyOf(ids.values())).as("one story each: " + ids).hasSize(STORIES.size());
  }

  @Test
  void the_follow_ups_two_days_later_join_their_stories() {
    assertThat(story("dam-inquiry")).isEqualTo(story("dam-courier"));
    assertThat(story("strike-ends")).isEqualTo(story("strike-harbour"));
    assertThat(story("fire-after")).isEqualTo(story("fire-radio"));
  }

  @Test
  void stories_that_share_a_person_or_a_place_stay_apart() {
    assertThat(story("trams-courier")).as("Hana Morvik speaks in both").isNotEqualTo(story("dam-courier"));
    assertThat(story("final-ledger")).as("Velden and Brask are in both").isNotEqualTo(story("vote-courier"));
    assertThat(story("final-ledger")).isNotEqualTo(story("dam-courier"));
  }

  @Test
  void every_wire_copy_points_at_the_earliest_and_no_own_report_is_a_copy() {
    Copies copies = library.copies();
    Map<String, String> wire = Map.of("dam-harbour", "dam-courier", "dam-north", "dam-courier",
        "strike-coastal", "strike-harbour", "vote-north", "vote-courier");
    wire.forEach((copy, original) ->
        assertThat(copies.copyOf(copy)).as(copy).hasValueSatisfying(c -> assertThat(c.originalId()).isEqualTo(original)));
    for (Article a : WEEK) {
      if (wire.containsKey(a.id())) continue;
      assertThat(copies.copyOf(a.id())).as(a.id() + " is its outlet's own").isEmpty();
    }
  }

  @Test
  void the_other_news_of_the_week_joins_none_of_the_stories() {
    Set<Long> stories = STORIES.values().stream().map(l -> story(l.getFirst())).collect(Collectors.toSet());
    for (String single : SINGLES) assertThat(stories).as(single).doesNotContain(story(single));
  }
}
