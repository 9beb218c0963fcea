package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.Lede;
import org.lede.annotate.Annotations;
import org.lede.annotate.Annotator;
import org.lede.library.Library;
import org.lede.library.ReindexProgress;
import org.lede.store.StoredArticle;

/**
 * Parallel ingest stores exactly what a sequential one does — every row of every table, corpus ids included — and
 * an input that fails on a worker is reported alone while the rest are stored.
 */
class ParallelIngestTest {
  private static final Path REAL_PAGES = Path.of("/work/shared/data/extraction-dev/dates/pages");
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);

  private static final String VM_LIMIT = "Requested array size exceeds VM limit";

  @TempDir Path tmp;

  @Test
  void one_and_four_threads_store_the_same_rows_in_every_table() throws Exception {
    Path warc = tmp.resolve("CC-NEWS-week.warc.gz");
    NewsWarc.write(warc, 12);
    List<Path> inputs = List.of(NewsWeek.write(Files.createDirectories(tmp.resolve("week"))), warc);

    IngestRun.Summary one = ingest(inputs, 1, tmp.resolve("one"));
    IngestRun.Summary four = ingest(inputs, 4, tmp.resolve("four"));

    // the week has a wire story in three outlets, an exact copy, a correction and two bad files; then a WARC
    assertThat(one.inputs()).isEqualTo(10 + 12);
    assertThat(one.failed()).isEqualTo(2);
    assertThat(one.unchangedInputs()).isEqualTo(1);
    assertThat(one.updated()).isEqualTo(1);
    assertThat(four).usingRecursiveComparison().ignoringFields("seconds").isEqualTo(one);
    Map<String, List<String>> rows = rows(tmp.resolve("one"));
    assertThat(rows.get("corpus_quote")).isNotEmpty();
    assertThat(rows.get("quote_carrier").size()).isGreaterThan(rows.get("corpus_quote").size());
    assertSameRows(rows, rows(tmp.resolve("four")));
  }

  @Test
  void one_and_four_threads_store_the_same_rows_for_real_pages() throws Exception {
    assumeTrue(Files.isDirectory(REAL_PAGES), "real dev pages not present at " + REAL_PAGES + "; skipped");
    List<Path> pages;
    try (Stream<Path> files = Files.list(REAL_PAGES)) {
      pages = files.sorted().limit(40).toList();
    }

    IngestRun.Summary one = ingest(pages, 1, tmp.resolve("one"));
    IngestRun.Summary four = ingest(pages, 4, tmp.resolve("four"));

    assertThat(one.newArticles()).isGreaterThan(30);
    assertThat(four).usingRecursiveComparison().ignoringFields("seconds").isEqualTo(one);
    Map<String, List<String>> rows = rows(tmp.resolve("one"));
    assertThat(rows.get("entity")).isNotEmpty();
    assertSameRows(rows, rows(tmp.resolve("four")));
  }

  @Test
  void inputs_failing_on_workers_are_named_once_each_and_the_others_are_stored() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    List<String> good = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Path f = in.resolve(String.format("%02d-story.html", i * 2));
      Files.writeString(f, NewsWeek.page("Harbour Times", "https://harbour.example/board/" + i,
          "2026-03-0" + (i % 9 + 1) + "T08:00:00Z", "Harbour board session " + i,
          "The harbour board met for session " + i + " on Tuesday to decide how to repair the pier.",
          "“We will not let the ferry stop again,” said board chair Tomas Reyes."));
      good.add(f.toString());
    }
    Files.write(in.resolve("05-empty.html"), new byte[0]);
    Files.write(in.resolve("07-photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    Files.writeString(in.resolve("09-deep.html"), NewsWeek.page("Harbour Times", "https://harbour.example/deep",
        "2026-03-05T08:00:00Z", "Deep", "A text this annotator recurses into without end."));
    Files.writeString(in.resolve("11-huge.html"), NewsWeek.page("Harbour Times", "https://harbour.example/huge",
        "2026-03-05T08:00:00Z", "Huge", "A text this annotator asks more memory for than any heap has."));
    Files.writeString(in.resolve("13-buggy.html"), NewsWeek.page("Harbour Times", "https://harbour.example/buggy",
        "2026-03-05T08:00:00Z", "Buggy", "A text this annotator has a bug on."));
    Annotator real = Annotator.standard();
    IngestRun.ArticleAnnotator troubled = article -> {
      String text = article.text();
      if (text.contains("recurses")) return recurse(article.text().length());
      if (text.contains("more memory")) {
        long[] heap = new long[Integer.MAX_VALUE];
        return heap.length > 0 ? Annotations.NONE : null;
      }
      if (text.contains("has a bug")) throw new IllegalStateException("a bug on this article");
      return real.annotate(article);
    };

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    IngestRun.Summary s;
    try (Library library = Library.open(tmp.resolve("data"), FIXED, ReindexProgress.NONE)) {
      s = new IngestRun(Lede.files(), Lede.extraction().withClock(FIXED), null, library,
          new PrintStream(err, true, StandardCharsets.UTF_8), true)
          .withAnnotator(troubled).withThreads(4).run(List.of(in));

      assertThat(library.stats().articles()).isEqualTo(10);
      try (Stream<StoredArticle> stored = library.latest()) {
        assertThat(stored.map(a -> a.article().input()).toList()).as("stored in input order").isEqualTo(good);
      }
    }
    assertThat(s.failed()).isEqualTo(5);
    assertThat(s.newArticles()).isEqualTo(10);
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).containsExactly(
        "lede: " + in.resolve("05-empty.html") + ": empty file",
        "lede: " + in.resolve("07-photo.html") + ": binary content (PNG image), not a news page",
        "lede: " + in.resolve("09-deep.html") + ": too deeply nested to analyse (stack overflow); skipped",
        "lede: " + in.resolve("11-huge.html") + ": too large to analyse in memory (" + VM_LIMIT + "); skipped",
        "lede: " + in.resolve("13-buggy.html") + ": annotation failed: java.lang.IllegalStateException: a bug on this article");
    // nothing of a failed input is in the store: not its raw bytes either, so a later run tries it again
    Map<String, List<String>> rows = rows(tmp.resolve("data"));
    assertThat(rows.get("document")).hasSize(10);
  }

  @Test
  void threads_is_an_option_of_ingest_and_must_be_at_least_one() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    NewsWeek.write(in);
    Cli.Run run = Cli.run("ingest", "-q", "--threads", "3", "--data", tmp.resolve("data").toString(), in.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.out()).contains("1 updated").contains("2 failed").contains("1 inputs already stored");

    Cli.Run zero = Cli.run("ingest", "--threads", "0", "--data", tmp.resolve("data").toString(), in.toString());
    assertThat(zero.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(zero.err()).contains("--threads must be at least 1, not 0");
  }

  @Test
  void reprocess_on_one_and_three_threads_leaves_the_same_rows() throws Exception {
    Path week = NewsWeek.write(Files.createDirectories(tmp.resolve("week")));
    Map<String, Map<String, List<String>>> after = new LinkedHashMap<>();
    for (int threads : new int[] {1, 3}) {
      Path data = tmp.resolve("data-" + threads);
      ingest(List.of(week), 1, data);
      try (Library library = Library.open(data, FIXED, ReindexProgress.NONE)) {
        IngestRun.Summary s = new IngestRun(Lede.files(), Lede.extraction().withClock(FIXED), Annotator.standard(),
            library, System.err, true).withThreads(threads).reprocess();
        assertThat(s.inputs()).isEqualTo(7);
        assertThat(s.failed()).isZero();
        RelinkCommand.relink(library, true);
      }
      after.put("threads " + threads, rows(data));
    }
    assertSameRows(after.get("threads 1"), after.get("threads 3"));

    Cli.Run run = Cli.run("reprocess", "-q", "--threads", "3", "--data", tmp.resolve("data-3").toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("reprocessed 7 inputs").contains("0 inputs failed");
  }

  private static Annotations recurse(int depth) {
    return recurse(depth + 1);
  }

  private IngestRun.Summary ingest(List<Path> inputs, int threads, Path dataDir) {
    try (Library library = Library.open(dataDir, FIXED, ReindexProgress.NONE)) {
      return new IngestRun(Lede.files(), Lede.extraction().withClock(FIXED), Annotator.standard(), library,
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true)
          .withThreads(threads).run(inputs);
    }
  }

  private static void assertSameRows(Map<String, List<String>> expected, Map<String, List<String>> actual) {
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    for (String table : expected.keySet()) {
      assertThat(actual.get(table)).as("rows of table %s", table).containsExactlyElementsOf(expected.get(table));
    }
  }

  /**
   * Every row of every table in the store, each table's rows in the order of all its columns. The two rows that
   * describe the file rather than its content — its random store id and when each migration ran — are left out.
   */
  private static Map<String, List<String>> rows(Path dataDir) throws SQLException {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("lede.db"));
         Statement st = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
        while (rs.next()) tables.add(rs.getString(1));
      }
      for (String table : tables) {
        String sql = switch (table) {
          case "schema_version" -> "SELECT version FROM schema_version";
          case "store_meta" -> "SELECT * FROM store_meta WHERE key <> 'store_id'";
          default -> "SELECT * FROM \"" + table + "\"";
        };
        List<String> list = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              Object v = rs.getObject(i);
              row.append(meta.getColumnName(i)).append('=')
                  .append(v instanceof byte[] b ? Base64.getEncoder().encodeToString(b) : String.valueOf(v)).append(' ');
            }
            list.add(row.toString());
          }
        }
        list.sort(null);
        rows.put(table, list);
      }
    }
    return rows;
  }

  /** A news week written for this test, as HTML files named in the order they are ingested. */
  static final class NewsWeek {
    private static final String STRIKE = "We have waited four years for a contract and we will not wait a fifth";

    static Path write(Path dir) throws IOException {
      file(dir, "01-courier-strike.html", page("Evening Courier", "https://courier.example/port-strike",
          "2026-03-09T15:40:00Z", "Dockworkers walk out at Port Alder",
          "PORT ALDER — Dockworkers at Port Alder walked off the job on Monday, leaving 14 container ships at anchor.",
          "“" + STRIKE + ",” union leader Dana Okafor told reporters at the gate.",
          "Port authority chief Henrik Lund said the strike would cost the region about 3 million dollars a day.",
          "“Every day the cranes stand still, farmers lose their markets,” Lund said."));
      file(dir, "02-harbour-strike.html", page("Harbour Times", "https://harbour.example/world/alder-strike",
          "2026-03-09T12:05:00Z", "Port Alder strike strands 14 ships",
          "Dockworkers at Port Alder walked off the job on Monday, leaving 14 container ships at anchor.",
          "“" + STRIKE + ",” union leader Dana Okafor told reporters.",
          "Port authority chief Henrik Lund said the strike would cost about 3 million dollars a day."));
      file(dir, "03-north-strike.html", page("Northern Post", "https://north.example/a/7731",
          "2026-03-09T13:30:00Z", "Strike at Port Alder: 'we will not wait a fifth'",
          "Follow us for the latest news",
          "Dockworkers at Port Alder walked off the job on Monday.",
          "“" + STRIKE + ",” said Okafor, who leads the dockworkers' union."));
      // the same bytes as the first file: stored once, whatever thread sees it first
      Files.copy(dir.resolve("01-courier-strike.html"), dir.resolve("04-courier-strike-copy.html"));
      file(dir, "05-council-budget.html", page("Evening Courier", "https://courier.example/alder-budget",
          "2026-03-10T09:00:00Z", "Council cuts harbour budget",
          "Mayor Ruth Adeyemi said on Tuesday the council would cut the harbour budget by 12 percent next year.",
          "“We cannot pay for a port that does not work,” Adeyemi said.",
          "Councillor Paul Brandt called the cut “a punishment for the workers, not the managers.”"));
      Files.write(dir.resolve("06-empty.html"), new byte[0]);
      file(dir, "07-strike-talks.html", page("Daily Meridian", "https://daily.example/alder-talks",
          "2026-03-11T09:00:00Z", "Talks begin as Port Alder strike enters third day",
          "Negotiators met on Wednesday in a hotel outside Port Alder, two days after dockworkers walked out.",
          "On Monday Dana Okafor had said: “We have waited four years for a contract.”",
          "“Nobody at this table wants another week like this one,” Okafor said on Wednesday.",
          "Henrik Lund, the port authority chief, said he was hopeful."));
      file(dir, "08-okafor-coach.html", page("Sport Ledger", "https://sport.example/okafor-cup",
          "2026-03-12T18:00:00Z", "Coach Samuel Okafor names squad for the cup final",
          "Coach Samuel Okafor named an unchanged squad for Saturday's cup final against Riverside Athletic.",
          "“The players have earned the right to finish what they started,” Okafor said."));
      Files.write(dir.resolve("09-photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
      // a correction to the budget story, later in the run: a second version, which must follow the first
      file(dir, "10-council-budget-corrected.html", page("Evening Courier", "https://courier.example/alder-budget",
          "2026-03-10T09:00:00Z", "Council cuts harbour budget",
          "Mayor Ruth Adeyemi said on Tuesday the council would cut the harbour budget by 15 percent next year.",
          "“We cannot pay for a port that does not work,” Adeyemi said.",
          "Councillor Paul Brandt called the cut “a punishment for the workers, not the managers.”"));
      return dir;
    }

    static String page(String site, String url, String published, String headline, String... paragraphs) {
      StringBuilder body = new StringBuilder();
      for (String p : paragraphs) body.append("<p>").append(p).append("</p>\n");
      return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline + "</title>"
          + "<link rel=\"canonical\" href=\"" + url + "\">"
          + "<meta property=\"og:site_name\" content=\"" + site + "\">"
          + "<meta property=\"article:published_time\" content=\"" + published + "\">"
          + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + headline + "</h1>\n" + body
          + "</article></body></html>";
    }

    private static void file(Path dir, String name, String html) throws IOException {
      Files.writeString(dir.resolve(name), html);
    }
  }
}
