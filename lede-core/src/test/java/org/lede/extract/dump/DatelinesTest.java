package org.lede.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lede.article.Dateline;

class DatelinesTest {
  @Test
  void a_capitalised_place_with_a_colon_is_a_dateline() {
    Datelines.Found found = Datelines.find("TOKYO: The prime minister called an election.");

    assertThat(found.dateline()).isEqualTo(new Dateline("TOKYO", null, "TOKYO:"));
    assertThat(found.rest()).isEqualTo("The prime minister called an election.");
  }

  @Test
  void a_place_of_several_words_with_a_dash_is_a_dateline() {
    Datelines.Found found = Datelines.find("NEW YORK — Stocks rose on Friday.");

    assertThat(found.dateline()).isEqualTo(new Dateline("NEW YORK", null, "NEW YORK —"));
  }

  @Test
  void an_agency_dateline_keeps_the_region_and_agency() {
    Datelines.Found found = Datelines.find("KYIV, Ukraine (AP) — Power returned overnight.");

    assertThat(found.dateline()).isEqualTo(new Dateline("KYIV, Ukraine", "AP", "KYIV, Ukraine (AP) —"));
    assertThat(found.rest()).isEqualTo("Power returned overnight.");
  }

  @Test
  void a_date_in_a_wire_dateline_is_not_part_of_the_place() {
    Datelines.Found found = Datelines.find("WASHINGTON, March 10 (Reuters) - Lawmakers agreed a budget.");

    assertThat(found.dateline().place()).isEqualTo("WASHINGTON");
    assertThat(found.dateline().agency()).isEqualTo("Reuters");
  }

  @Test
  void an_agency_alone_is_a_dateline_without_a_place() {
    Datelines.Found found = Datelines.find("(Reuters) - Oil prices fell on Monday.");

    assertThat(found.dateline()).isEqualTo(new Dateline("", "Reuters", "(Reuters) -"));
    assertThat(found.rest()).isEqualTo("Oil prices fell on Monday.");
  }

  @Test
  void a_mixed_case_place_needs_an_agency() {
    assertThat(Datelines.find("Kyiv, Ukraine (AP) — Power returned.").dateline().place()).isEqualTo("Kyiv, Ukraine");
    assertThat(Datelines.find("Kyiv: Power returned.")).isNull();
  }

  @Test
  void an_opening_sentence_that_starts_with_an_acronym_is_not_a_dateline() {
    assertThat(Datelines.find("US President Donald Trump said on Thursday he would visit.")).isNull();
    assertThat(Datelines.find("NATO allies met in Brussels on Monday.")).isNull();
    assertThat(Datelines.find("The report (AP) said so.")).isNull();
  }
}
