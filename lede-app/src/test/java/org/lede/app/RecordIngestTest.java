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

  private static List<String> sorted(String lines) {
    return Arrays.stream(lines.split("\n")).filter(l -> !l.isBlank()).sorted().toList();
  }
}
