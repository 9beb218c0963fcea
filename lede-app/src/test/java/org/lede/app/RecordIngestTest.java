package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede ingest} of JSON Lines and CSV files: exports read back, bad lines reported, headlines searchable. */
class RecordIngestTest {
  @TempDir Path tmp;

  @Test
  void an_export_ingested_into_a_new_store_exports_the_same_articles() throws Exception {
    Path corpus = Samples.copyTo(tmp.resolve("samples"));
    String first = tmp.resolve("first").toString();
    assertThat(Cli.run("ingest", "-q", "--data", first, corpus.resolve("dumps").toString()).exit()).isZero();
    Path exported = tmp.resolve("export.jsonl");
    assertThat(Cli.run("export", "--data", first, "--format", "jsonl", "-o", exported.toString()).exit()).isZero();

    String second = tmp.resolve("second").toString();
    Cli.Run in = Cli.run("ingest", "-q", "--data", second, exported.toString());
    assertThat(in.exit()).as(in.err()).isZero();
    Cli.Run again = Cli.run("export", "--data", second, "--format", "jsonl");
    List<String> before = sorted(Files.readString(exported));
    List<String> after = sorted(again.out());
    assertThat(after).hasSize(before.size()).isEqualTo(before);

    Cli.Run repeat = Cli.run("ingest", "-q", "--data", second, exported.toString());
    assertThat(repeat.out()).contains("0 new articles, 0 updated");
  }

  @Test
  void a_csv_with_a_bad_row_stores_the_rest_and_names_the_line() throws Exception {
    Path csv = tmp.resolve("wire.csv");
    Files.writeString(csv, """
        title,source,date,body
        Lighthouse keeper retires after 40 years,Coast Gazette,2026-03-01,"Mara Lind climbed the tower for the last time on Sunday.

        She plans to write a book."
        Tide tables revised,Coast Gazette,2026-03-02
        Quay lights dimmed for turtle season,Coast Gazette,2026-03-03,
        """);
    String data = tmp.resolve("data").toString();
    Cli.Run run = Cli.run("ingest", "-q", "--data", data, csv.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.err()).contains("lede: " + csv + ":5: has 3 fields; the header has 4");
    assertThat(run.out()).contains("2 new articles");
    Cli.Run search = Cli.run("search", "--data", data, "turtle");
    assertThat(search.out()).contains("Quay lights dimmed for turtle season");
    assertThat(Cli.run("search", "--data", data, "book").out()).contains("Lighthouse keeper retires");
  }

  @Test
  void an_export_marks_each_copy_with_the_id_of_the_earliest() throws Exception {
    String body = "Rail workers on the Lowland line will strike for 48 hours from Monday after talks over night-shift pay "
        + "broke down on Thursday evening, the drivers' union said in a statement on its website. The operator said it "
        + "would run a reduced timetable on the main routes and advised passengers to travel only if necessary.";
    Path jsonl = tmp.resolve("wire.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\":\"late\",\"site\":\"B\",\"headline\":\"Strike on Monday\",\"published\":\"2026-05-02T12:00:00Z\",\"text\":\"" + body + " Read more\"}",
        "{\"id\":\"early\",\"site\":\"A\",\"headline\":\"Rail strike called\",\"published\":\"2026-05-02T08:00:00Z\",\"text\":\"" + body + "\"}",
        "{\"id\":\"own\",\"site\":\"C\",\"headline\":\"Commuters brace\",\"published\":\"2026-05-02T09:00:00Z\",\"text\":\"Commuters at Lowland Central shrugged at news of the walkout. Many said they would work from home, while taxi firms expected a busy week and the council opened extra parking at the edge of town for anyone who needed to drive in.\"}"));
    String data = tmp.resolve("copies").toString();
    assertThat(Cli.run("ingest", "-q", "--no-annotations", "--data", data, jsonl.toString()).exit()).isZero();
    var byId = new java.util.HashMap<String, com.fasterxml.jackson.databind.JsonNode>();
    for (String line : sorted(Cli.run("export", "--data", data, "--format", "jsonl").out())) {
      var node = org.lede.json.ArticleJson.mapper().readTree(line);
      byId.put(node.path("id").asText(), node);
    }
    assertThat(byId.get("late").path("duplicateOf").asText()).isEqualTo("early");
    assertThat(byId.get("early").path("duplicateOf").isNull()).isTrue();
    assertThat(byId.get("own").path("duplicateOf").isNull()).isTrue();
  }

  private static List<String> sorted(String lines) {
    return Arrays.stream(lines.split("\n")).filter(l -> !l.isBlank()).sorted().toList();
  }
}
