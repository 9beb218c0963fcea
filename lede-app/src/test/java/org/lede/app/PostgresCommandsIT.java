package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.postgres.PostgresServer;
import org.lede.postgres.SparkOutput;

/** {@code lede load} and {@code lede export --store} against a real PostgreSQL, run in this JVM as a user runs them. */
class PostgresCommandsIT {
  private static PostgresServer pg;
  @TempDir static Path tmp;

  @BeforeAll
  static void start() throws Exception {
    pg = PostgresServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (pg != null) pg.close();
  }

  @Test
  void an_export_loaded_into_postgres_and_exported_back_is_the_same_bytes() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    for (int n = 0; n < 30; n++) Files.writeString(pages.resolve("page-" + n + ".html"), SparkOutput.page(n));
    Path corpus = Samples.copyTo(tmp.resolve("samples"));
    String data = tmp.resolve("data").toString();
    assertThat(Cli.run("ingest", "-q", "--data", data, pages.toString(), corpus.resolve("dumps").toString()).exit()).isZero();
    Path exported = tmp.resolve("sqlite.jsonl");
    assertThat(Cli.run("export", "--data", data, "-o", exported.toString()).exit()).isZero();
    List<String> lines = Files.readAllLines(exported);
    assertThat(lines).hasSizeGreaterThan(30);
    assertThat(lines).as("some lines carry a story and a copy, so those fields go through the trip")
        .anyMatch(l -> l.contains("\"story\":{")).anyMatch(l -> l.contains("\"duplicateOf\":\""));

    Path out = tmp.resolve("out");
    SparkOutput.write(out, lines, 3);
    String store = pg.createDatabase("roundtrip");
    Cli.Run load = Cli.run("load", out.toString(), "--store", store);
    assertThat(load.exit()).as(load.err()).isZero();
    assertThat(load.err()).contains("3 parts loaded").contains(String.format("%,d articles", lines.size()))
        .contains("articles/s");

    Path back = tmp.resolve("postgres.jsonl");
    Cli.Run export = Cli.run("export", "--store", store, "-o", back.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.err()).contains("lede export: " + lines.size() + " articles");
    assertThat(Files.readAllLines(back)).containsExactlyElementsOf(lines);
    assertThat(Files.mismatch(back, exported)).as("byte for byte").isEqualTo(-1);
  }

  @Test
  void bad_lines_are_reported_with_part_and_line_the_rest_is_loaded_and_the_exit_code_is_one_also_on_a_rerun()
      throws Exception {
    List<String> lines = new ArrayList<>(SparkOutput.articleLines(6));
    Path out = tmp.resolve("bad-out");
    SparkOutput.write(out, lines, 2);
    Path bad = out.resolve("articles/part-00002-5f1c0e2a-c000.jsonl.gz");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(bad))) {
      gz.write((lines.get(0).replace("\"id\":", "\"ident\":") + "\n{\"id\": 12, oops\n").getBytes(StandardCharsets.UTF_8));
    }
    String store = pg.createDatabase("bad");
    Cli.Run run = Cli.run("load", out.toString(), "--store", store);
    assertThat(run.exit()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.err()).contains("lede load: " + bad + ":1: no \"id\"").contains("lede load: " + bad + ":2: not JSON")
        .contains("3 parts loaded").contains("6 articles").contains("2 lines refused").doesNotContain("\tat ");
    Cli.Run again = Cli.run("load", out.toString(), "--store", store);
    assertThat(again.exit()).as("the refusals of the run that loaded the parts still count").isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(again.err()).contains("0 parts loaded (3 loaded before, skipped").contains("2 lines refused");
  }

  @Test
  void an_unreachable_server_a_missing_database_and_a_bad_address_are_each_one_line_naming_them() throws Exception {
    Path out = tmp.resolve("small-out");
    SparkOutput.write(out, SparkOutput.articleLines(1), 1);
    int closed;
    try (var socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Cli.Run refused = Cli.run("load", out.toString(), "--store", "postgres://lede@127.0.0.1:" + closed + "/news");
    assertThat(refused.exit()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(refused.err().strip()).doesNotContain("\n")
        .startsWith("lede load: cannot connect to PostgreSQL at postgres://lede@127.0.0.1:" + closed + "/news: ");

    Cli.Run missing = Cli.run("export", "--store", pg.storeAddress("nosuchdb"));
    assertThat(missing.exit()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(missing.err().strip()).doesNotContain("\n").contains(pg.storeAddress("nosuchdb")).contains("does not exist");

    Cli.Run bad = Cli.run("load", out.toString(), "--store", "mysql://lede:secret@db/news");
    assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err().strip()).doesNotContain("\n").contains("not a PostgreSQL store address").doesNotContain("secret");

    Cli.Run none = Cli.run("load", out.toString());
    assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("--store postgres://");

    Cli.Run notOutput = Cli.run("load", tmp.resolve("pages-nowhere").toString(), "--store", pg.createDatabase("empty"));
    assertThat(notOutput.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(notOutput.err()).contains("pages-nowhere").contains("articles/");
  }
}
