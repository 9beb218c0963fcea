package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.export.ArticleExport;
import org.lede.json.ArticleJson;

/** {@code lede export} over the bundled sample dumps, ingested (and annotated) by {@code lede ingest}. */
class ExportCommandTest {
  @TempDir static Path tmp;
  static String data;

  @BeforeAll
  static void ingest() throws java.io.IOException {
    Path corpus = Samples.copyTo(tmp.resolve("samples"));
    data = tmp.resolve("data").toString();
    assertThat(Cli.run("ingest", "-q", "--data", data, corpus.resolve("dumps").toString()).exit()).isZero();
  }

  @Test
  void jsonl_export_is_one_contract_line_per_stored_article_with_annotations() throws Exception {
    Cli.Run run = Cli.run("export", "--data", data, "--format", "jsonl");
    assertThat(run.exit()).isZero();
    String[] lines = run.out().split("\n");
    assertThat(lines.length).isGreaterThan(3);
    assertThat(run.err()).contains("lede export: " + lines.length + " articles");
    for (String line : lines) {
      JsonNode a = ArticleJson.mapper().readTree(line);
      assertThat(a.path("id").asText()).hasSize(16);
      assertThat(a.has("paragraphs") && a.has("quotes") && a.has("entities")).isTrue();
    }
  }

  @Test
  void csv_export_of_a_query_has_a_header_and_one_quoted_row_per_match() throws Exception {
    Path file = tmp.resolve("solar.csv");
    Cli.Run run = Cli.run("export", "--data", data, "--format", "csv", "--output", file.toString(), "solar", "park");
    assertThat(run.exit()).isZero();
    String csv = Files.readString(file);
    List<List<String>> rows = org.lede.export.CsvReader.parse(csv);
    assertThat(rows.getFirst()).isEqualTo(ArticleExport.CSV_COLUMNS);
    assertThat(rows).hasSize(2);
    List<String> row = rows.get(1);
    assertThat(row.get(ArticleExport.CSV_COLUMNS.indexOf("headline"))).isEqualTo("Desert solar park to power 400,000 homes gets green light");
    assertThat(row.get(ArticleExport.CSV_COLUMNS.indexOf("text"))).contains("\n\n").contains("“This is the largest single step");
    assertThat(Integer.parseInt(row.get(ArticleExport.CSV_COLUMNS.indexOf("quotes")))).isPositive();
  }

  @Test
  void an_unknown_format_is_a_usage_error() {
    Cli.Run run = Cli.run("export", "--data", data, "--format", "xml");
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("format must be jsonl or csv");
  }
}
