package org.lede.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContractLineTest {
  @Test
  void a_line_gives_the_columns_people_filter_on() throws Exception {
    ContractLine a = ContractLine.read("""
        {"id":"a1","url":"https://gazette.example/1","site":"Gazette","language":"en","headline":"Bridge to reopen",\
        "byline":["Marta Okafor","Owen Hartley"],"published":{"instant":"2026-04-02T08:30:00Z","precision":"minute"},\
        "updated":null,"story":{"id":12,"size":3},"duplicateOf":"a0"}""");
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.byline()).containsExactly("Marta Okafor", "Owen Hartley");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-04-02T08:30:00Z"));
    assertThat(a.updated()).isNull();
    assertThat(a.storyId()).isEqualTo("12");
    assertThat(a.duplicateOf()).isEqualTo("a0");
  }

  @Test
  void a_date_outside_what_postgres_holds_leaves_the_column_empty_and_the_line_loaded() throws Exception {
    assertThat(ContractLine.read("{\"id\":\"a\",\"published\":{\"instant\":\"+300000-01-01T00:00:00Z\"}}").published()).isNull();
  }

  @Test
  void a_line_is_refused_saying_why() {
    assertThatThrownBy(() -> ContractLine.read("{\"id\":\"a\"")).hasMessageStartingWith("not JSON");
    assertThatThrownBy(() -> ContractLine.read("{\"id\":\"a\"} {}")).hasMessageStartingWith("not JSON");
    assertThatThrownBy(() -> ContractLine.read("[1]")).hasMessage("not a JSON object");
    assertThatThrownBy(() -> ContractLine.read("{\"id\":7}")).hasMessage("no \"id\"");
    assertThatThrownBy(() -> ContractLine.read("{\"id\":\"a\",\"headline\":[]}")).hasMessage("\"headline\" is not a string");
    assertThatThrownBy(() -> ContractLine.read("{\"id\":\"a\",\"published\":{\"instant\":\"yesterday\"}}"))
        .hasMessageContaining("not an ISO-8601 instant");
    assertThatThrownBy(() -> ContractLine.read("{\"id\":\"a\",\"quotes\":[{\"text\":\"x\",\"start\":\"1\",\"end\":2}]}"))
        .hasMessage("a quote has no \"start\" offset");
    assertThatThrownBy(() -> ContractLine.read("{\"id\":\"a\",\"entities\":[{\"name\":\"X\",\"type\":\"person\","
        + "\"mentions\":[{\"text\":\"X\",\"start\":1,\"end\":3000000000}]}]}")).hasMessage("a mention has no \"end\" offset");
    assertThatThrownBy(() -> ContractLine.read("{\"id\":\"a\",\"text\":\"a\\u0000b\"}")).hasMessageContaining("U+0000 at /text");
    assertThatThrownBy(() -> ContractLine.read("{\"id\":\"a\",\"text\":\"\\ud83d alone\"}")).hasMessageContaining("surrogate");
  }

  @Test
  void a_whole_surrogate_pair_is_kept() throws Exception {
    assertThat(ContractLine.read("{\"id\":\"a\",\"headline\":\"\\ud83d\\ude00\"}").headline()).isEqualTo("\uD83D\uDE00");
  }
}
