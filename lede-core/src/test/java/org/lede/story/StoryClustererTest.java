package org.lede.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A few days of news written for this test, clustered in the order it arrives. */
class StoryClustererTest {
  private static StoryClusterer.Item item(String id, String headline, String lead, String time, String copyOf,
      String... entities) {
    return new StoryClusterer.Item(id, null, headline, lead, Instant.parse(time), copyOf, Set.of(entities));
  }

  private static final String DAM_LEAD = "Emergency crews evacuated more than 2,000 residents from the Velden valley "
      + "after a section of the Orsa reservoir dam gave way following heavy rain.";

  @Test
  void reports_of_one_event_join_and_another_event_starts_its_own_story() {
    MemoryStoryState state = new MemoryStoryState();
    StoryClusterer c = new StoryClusterer(StoryClusterer.Rules.standard(), state);
    long dam = c.add(item("a", "Thousands flee as Orsa dam breaks", DAM_LEAD, "2026-03-10T09:00:00Z", null, "L:orsa"));
    long radio = c.add(item("b", "Orsa dam collapse: Velden valley evacuated",
        "A dam on the Orsa reservoir has partly collapsed, forcing the evacuation of thousands in the Velden valley.",
        "2026-03-10T10:00:00Z", null, "L:orsa"));
    long budget = c.add(item("c", "Council approves budget for new tram line",
        "The city council approved a budget for the tram line to the harbour district on Tuesday.",
        "2026-03-10T11:00:00Z", null, "O:city-council"));
    assertThat(radio).isEqualTo(dam);
    assertThat(budget).isNotEqualTo(dam);
    assertThat(state.size()).isEqualTo(2);
    assertThat(state.story(dam).size()).isEqualTo(2);
    assertThat(state.story(dam).title()).isIn("Thousands flee as Orsa dam breaks", "Orsa dam collapse: Velden valley evacuated");
  }

  @Test
  void a_copy_joins_the_story_of_what_it_copies_whatever_its_headline() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Rules.standard());
    long dam = c.add(item("a", "Thousands flee as Orsa dam breaks", DAM_LEAD, "2026-03-10T09:00:00Z", null));
    long copy = c.add(item("b", "Weather latest", "Listen to this article. " + DAM_LEAD, "2026-03-10T12:00:00Z", "a"));
    assertThat(copy).isEqualTo(dam);
  }

  @Test
  void a_follow_up_two_days_later_naming_the_same_places_joins_but_the_same_kind_of_news_does_not() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Rules.standard());
    long dam = c.add(item("a", "Thousands flee as Orsa dam breaks", DAM_LEAD, "2026-03-10T09:00:00Z", null,
        "L:orsa", "L:velden", "P:hana-morvik"));
    c.add(item("x", "Council approves budget for new tram line",
        "The city council approved a budget for the tram line to the harbour district.", "2026-03-10T11:00:00Z", null));
    long followUp = c.add(item("b", "Inquiry opens into Orsa dam breach",
        "Two days after the Orsa reservoir dam gave way, an independent inquiry opened into why repairs to the "
            + "embankment in the Velden valley were delayed.", "2026-03-12T09:00:00Z", null, "L:orsa", "P:hana-morvik"));
    long otherDam = c.add(item("c", "Dam breaks in the north after heavy rain",
        "A dam gave way after heavy rain in the north, and crews evacuated residents from the valley below.",
        "2026-03-12T10:00:00Z", null, "L:karst"));
    assertThat(followUp).isEqualTo(dam);
    assertThat(otherDam).isNotEqualTo(dam);
  }

  @Test
  void two_stories_that_share_a_person_stay_apart() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Rules.standard());
    long flood = c.add(item("a", "Morvik orders inquiry into Orsa dam breach", DAM_LEAD, "2026-03-10T09:00:00Z", null,
        "P:hana-morvik", "L:orsa"));
    long trams = c.add(item("b", "Morvik unveils tram plan for harbour district",
        "Council leader Hana Morvik unveiled a plan for a tram line to the harbour district, paid for by a parking levy.",
        "2026-03-10T15:00:00Z", null, "P:hana-morvik"));
    assertThat(trams).isNotEqualTo(flood);
  }

  @Test
  void a_story_closes_after_its_window() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Rules.standard());
    long dam = c.add(item("a", "Thousands flee as Orsa dam breaks", DAM_LEAD, "2026-03-10T09:00:00Z", null, "L:orsa"));
    long later = c.add(item("b", "Thousands flee as Orsa dam breaks", DAM_LEAD, "2026-03-20T09:00:00Z", null, "L:orsa"));
    assertThat(later).isNotEqualTo(dam);
  }

  @Test
  void an_article_that_ties_two_stories_of_one_event_merges_them_into_the_older() {
    MemoryStoryState state = new MemoryStoryState();
    StoryClusterer c = new StoryClusterer(StoryClusterer.Rules.standard(), state);
    String[][] other = {
        {"Ferry fares rise by five percent", "The island ferry company raised its fares for the summer season."},
        {"Library reopens after renovation", "The town library reopened with a new reading room and longer hours."},
        {"Striker signs three-year contract", "The club's top scorer signed a new contract on Monday."},
        {"Bakery wins national bread prize", "A family bakery in the old town won the national prize for rye bread."},
        {"Hospital opens new cancer wing", "The regional hospital opened a cancer treatment wing with forty beds."},
        {"Airport passenger numbers climb", "Passenger numbers at the airport rose for the third month running."}};
    for (int i = 0; i < other.length; i++) c.add(item("o" + i, other[i][0], other[i][1], "2026-03-09T08:00:00Z", null));
    long dam = c.add(item("a", "Orsa dam breaks after three days of rain",
        "A section of the Orsa reservoir dam gave way before dawn, flooding farmland.", "2026-03-10T06:00:00Z", null));
    long valley = c.add(item("b", "Velden valley residents evacuated",
        "Emergency crews evacuated residents from the Velden valley as floodwater from the reservoir spread over "
            + "farmland.", "2026-03-10T07:00:00Z", null));
    long valleyAgain = c.add(item("b2", "Velden valley evacuation after Orsa dam floodwater",
        "Residents of the Velden valley were evacuated by emergency crews as floodwater from the Orsa dam reached homes.",
        "2026-03-10T07:30:00Z", null));
    assertThat(valley).as("told in other words, the evacuation starts a story of its own").isNotEqualTo(dam);
    assertThat(valleyAgain).isEqualTo(valley);

    long both = c.add(item("x", "Orsa dam breach floods Velden valley",
        "Emergency crews evacuated residents from the Velden valley after a section of the Orsa reservoir dam gave way, "
            + "flooding farmland.", "2026-03-10T08:00:00Z", null));
    assertThat(both).isEqualTo(dam);
    assertThat(state.resolve(valley)).isEqualTo(dam);
    assertThat(state.storyOf("b")).isEqualTo(dam);
    assertThat(state.story(valley)).isNull();
    assertThat(state.storyOf("b2")).isEqualTo(dam);
    assertThat(state.story(dam).size()).isEqualTo(4);
    assertThat(state.story(dam).members()).hasSize(4);
  }

  @Test
  void terms_fold_plurals_and_possessives_and_drop_function_words() {
    assertThat(StoryTerms.of("Apple's strikes and the companies", null)).extracting(StoryTerms.Term::text)
        .containsExactly("apple", "strike", "company");
  }
}
