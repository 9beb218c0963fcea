package org.lede.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.extract.Extraction;
import org.lede.extract.records.RecordFiles;
import org.lede.extract.records.RecordVisitor;
import org.lede.json.ArticleJson;
import org.lede.source.Document;
import org.lede.source.FileInputs;
import org.lede.source.InputException;
import org.lede.warc.WarcInputs;
import org.lede.warc.WarcVisitor;

/** The job in local[2] on a folder of invented news: what it writes against what Lede's stages make in process. */
class LedeJobTest {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().appName("lede-test").master("local[2]").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void everyArticleComesOutAsLedeExtractWritesItAndEveryBadRecordIsARejectNamingIt(@TempDir Path tmp)
      throws IOException {
    Path news = NewsFiles.write(tmp.resolve("news"));
    Path out = tmp.resolve("out");

    LedeJob.Summary summary = LedeJob.run(spark, options(news, out, true));

    Map<String, String> expected = inProcess(news, true);
    Map<String, String> written = byId(lines(out.resolve("articles")));
    assertThat(written).isEqualTo(expected);
    assertThat(written).hasSize(8); // 3 pages, a dump, 2 WARC pages, 2 good JSON lines
    assertThat(summary.articles()).isEqualTo(8);

    List<JsonNode> rejects = lines(out.resolve("rejects"));
    assertThat(rejects).extracting(r -> r.get("input").asText()).containsExactlyInAnyOrder(
        news.resolve("e.jsonl") + ":2", news.resolve("empty.html").toString(), news.resolve("picture.html").toString());
    assertThat(rejects).allSatisfy(r -> assertThat(r.get("reason").asText()).isNotBlank());
    assertThat(summary.rejects()).isEqualTo(3);
    assertThat(out.resolve("_SUCCESS")).exists();
    assertThat(out.resolve("_staged")).doesNotExist();
  }

  @Test
  void theParquetFilesHoldTheSameArticlesTypedAsTheSchemaSays(@TempDir Path tmp) throws IOException {
    Path news = NewsFiles.write(tmp.resolve("news"));
    Path out = tmp.resolve("out");
    LedeJob.run(spark, options(news, out, true));

    List<Row> rows = spark.read().parquet(out.resolve("parquet").toString())
        .selectExpr("id", "headline", "published.instant", "size(quotes)", "size(entities)").collectAsList();
    Map<String, JsonNode> json = new TreeMap<>();
    for (JsonNode n : lines(out.resolve("articles"))) json.put(n.get("id").asText(), n);
    assertThat(rows).hasSize(json.size());
    for (Row row : rows) {
      JsonNode article = json.get(row.getString(0));
      assertThat(row.getString(1)).isEqualTo(article.get("headline").asText());
      assertThat(row.getInt(3)).isEqualTo(article.get("quotes").size());
      assertThat(row.getInt(4)).isEqualTo(article.get("entities").size());
      if (article.get("published").isNull()) {
        assertThat(row.isNullAt(2)).isTrue();
      } else {
        assertThat(row.getTimestamp(2).toInstant().toString())
            .isEqualTo(article.get("published").get("instant").asText());
      }
    }
    assertThat(spark.read().parquet(out.resolve("parquet").toString()).schema())
        .isEqualTo(ArticleSchema.struct().asNullable());
  }

  @Test
  void aFolderThatHoldsAnythingIsRefusedBeforeAnythingIsRead(@TempDir Path tmp) throws IOException {
    Path news = NewsFiles.write(tmp.resolve("news"));
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("earlier.txt"), "an earlier run's file");

    assertThatThrownBy(() -> LedeJob.run(spark, options(news, out, false)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(out.toString());
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve("earlier.txt"));
    }
  }

  @Test
  void anInputThatMatchesNothingIsARejectAndTheOthersAreRead(@TempDir Path tmp) throws IOException {
    Path news = NewsFiles.write(tmp.resolve("news"));
    Path out = tmp.resolve("out");
    String missing = tmp.resolve("nowhere/*.warc.gz").toString();
    JobOptions options = new JobOptions(List.of(news.resolve("a.html").toString(), missing), out.toString(), false,
        null, FileInputs.DEFAULT_MAX_BYTES);

    LedeJob.Summary summary = LedeJob.run(spark, options);

    assertThat(summary.articles()).isEqualTo(1);
    assertThat(lines(out.resolve("rejects"))).singleElement()
        .satisfies(r -> assertThat(r.get("input").asText()).isEqualTo(missing));
  }

  @Test
  void aWarcReadAsManySplitsGivesEachPageOnce(@TempDir Path tmp) throws IOException {
    Path crawl = Files.createDirectories(tmp.resolve("crawl"));
    NewsFiles.warc(crawl.resolve("crawl.warc.gz"));
    Path out = tmp.resolve("out");
    long size = Files.size(crawl.resolve("crawl.warc.gz"));

    LedeJob.Summary summary = LedeJob.run(spark, new JobOptions(List.of(crawl.toString()), out.toString(), false,
        null, FileInputs.DEFAULT_MAX_BYTES, size / 5));

    assertThat(InputListing.splits(new InputFile("file:" + crawl.resolve("crawl.warc.gz"),
        crawl.resolve("crawl.warc.gz").toString(), size, 0), size / 5)).hasSizeGreaterThanOrEqualTo(5);
    assertThat(byId(lines(out.resolve("articles")))).isEqualTo(inProcess(crawl, false)).hasSize(2);
    assertThat(summary.files()).isEqualTo(1);
    assertThat(summary.rejects()).isZero();
  }

  private static JobOptions options(Path news, Path out, boolean annotations) {
    return new JobOptions(List.of(news.toString()), out.toString(), annotations, null, FileInputs.DEFAULT_MAX_BYTES);
  }

  /** What {@code lede extract --format jsonl} prints for the folder: Lede's stages run here, in order. */
  static Map<String, String> inProcess(Path folder, boolean annotate) throws IOException {
    FileInputs inputs = FileInputs.standard();
    Extraction extraction = Extraction.standard();
    Annotator annotator = annotate ? Annotator.standard() : null;
    List<Document> documents = new ArrayList<>();
    for (Path file : inputs.expand(List.of(folder)).toList()) {
      try {
        if (WarcInputs.isWarc(file)) {
          WarcInputs.standard().read(file, new WarcVisitor() {
            @Override
            public void document(Document d) {
              documents.add(d);
            }
          });
        } else if (RecordFiles.isRecords(file)) {
          RecordFiles.read(file, inputs.maxBytes(), new RecordVisitor() {
            @Override
            public void record(Document d) {
              documents.add(d);
            }

            @Override
            public void problem(InputException problem) {}
          });
        } else {
          documents.add(inputs.read(file));
        }
      } catch (InputException e) {
        // a reject on the job's side
      }
    }
    Map<String, String> lines = new TreeMap<>();
    for (Document d : documents) {
      try {
        for (Article a : extraction.extract(d)) {
          lines.put(a.id(), annotator == null ? ArticleJson.toLine(a) : ArticleJson.toLine(a, annotator.annotate(a)));
        }
      } catch (InputException e) {
        // a reject on the job's side
      }
    }
    return lines;
  }

  static Map<String, String> byId(List<JsonNode> lines) {
    Map<String, String> byId = new TreeMap<>();
    for (JsonNode n : lines) byId.put(n.get("id").asText(), n.toString());
    return byId;
  }

  /** Every line of the {@code part-*.jsonl.gz} files in {@code folder}. */
  static List<JsonNode> lines(Path folder) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().matches("part-.*\\.jsonl\\.gz")).sorted().toList()) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(part)), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            lines.add(ArticleJson.mapper().readTree(line));
          }
        }
      }
    }
    return lines;
  }
}
