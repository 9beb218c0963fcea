package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.json.ArticleJson;
import org.lede.library.Library;
import org.lede.web.WireWeek;

/** {@code lede quotes --text}, {@code lede entities} and {@code lede entity} as they read the corpus tables. */
class CorpusCommandsTest {
  @TempDir static Path tmp;
  static String data;

  @BeforeAll
  static void store() {
    try (Library library = WireWeek.library(tmp.resolve("data"))) {
      data = library.dataDir().toString();
    }
  }

  @Test
  void quotes_by_their_words_list_each_saying_once_with_its_outlets_and_carriers() {
    Cli.Run r = Cli.run("quotes", "--data", data, "--text", "SINGLE ship");
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    assertThat(r.out().split(WireWeek.SHUT.substring(0, 30), -1)).as("the saying is printed once").hasSize(2);
    assertThat(r.out()).contains("carried by 3 outlets, first on 11 May 2026 in Coastal Wire Daily")
        .contains("Coastal Wire Daily: Saltmere dockers walk out over pay")
        .contains("The Estuary Post: Saltmere strike enters third day");
    assertThat(Cli.run("quotes", "--data", data, "--text", "single ship", "--speaker", "okonkwo").out())
        .contains("no quotes with the words");
  }

  @Test
  void quotes_by_their_words_as_json_carry_every_carrier() throws Exception {
    Cli.Run r = Cli.run("quotes", "--data", data, "--text", "single ship", "--json");
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode q = ArticleJson.mapper().readTree(lines[0]);
    assertThat(q.path("carrierCount").asInt()).isEqualTo(5);
    assertThat(q.path("carriers")).hasSize(5);
    assertThat(q.path("speaker").path("id").asText()).isEqualTo("P:tomasz-ferrante");
  }

  @Test
  void quotes_by_speaker_keep_their_article_by_article_listing_and_an_empty_ask_is_a_usage_error() {
    Cli.Run r = Cli.run("quotes", "--data", data, "--speaker", "Ferrante");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("Saltmere strike enters third day").contains("We are ready to sit down tomorrow");
    Cli.Run none = Cli.run("quotes", "--data", data);
    assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("--speaker").contains("--text");
  }

  @Test
  void entities_lists_the_most_mentioned_and_by_the_start_of_a_name() {
    Cli.Run top = Cli.run("entities", "--data", data, "--type", "person", "--top", "5");
    assertThat(top.exit()).isEqualTo(0);
    assertThat(top.out()).contains("Tomasz Ferrante").contains("[P:tomasz-ferrante]").doesNotContain(" location ");
    Cli.Run named = Cli.run("entities", "--data", data, "--name", "tom");
    assertThat(named.out().strip().split("\n")).allSatisfy(line -> assertThat(line).contains("Tom"));
    assertThat(Cli.run("entities", "--data", data, "--name", "zzz").out()).contains("no entity's name starts with \"zzz\"");
    assertThat(Cli.run("entities", "--data", data, "--name", "ferr").out()).as("a person by the start of the surname")
        .contains("Tomasz Ferrante");
  }

  @Test
  void entity_shows_one_by_name_surname_or_id_with_each_quote_once() {
    for (String ask : new String[] {"Tomasz Ferrante", "ferrante", "P:tomasz-ferrante", "Tomas"}) {
      Cli.Run r = Cli.run("entity", "--data", data, ask);
      assertThat(r.exit()).as(ask + ": " + r.err()).isEqualTo(0);
      assertThat(r.out()).as(ask).startsWith("Tomasz Ferrante (person)  [P:tomasz-ferrante]")
          .contains("5 articles").contains("carried by 3 outlets, first on 11 May 2026 in Coastal Wire Daily");
    }
    Cli.Run missing = Cli.run("entity", "--data", data, "Nobody Atall");
    assertThat(missing.exit()).isEqualTo(ExitCodes.SOME_FAILED);
  }
}
