package org.lede.store.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.library.Library;

class CorpusGrowthTest {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @TempDir Path dir;

  @Test
  @org.junit.jupiter.api.Timeout(120) // it used to draw 50,000 distinct surnames from 20,000 words, for ever
  void a_stream_of_a_million_articles_can_be_made_up() {
    CorpusGrowth million = new CorpusGrowth(42, 1_000_000);
    assertThat(million.size()).isZero();
  }

  @Test
  void a_store_grown_in_two_runs_holds_what_one_run_grows() throws Exception {
    Path once = dir.resolve("once");
    CorpusGrowth straight = new CorpusGrowth(42, 300);
    try (Library library = Library.open(once)) {
      straight.growTo(library, 300, QUIET);
    }

    Path twice = dir.resolve("twice");
    CorpusGrowth first = new CorpusGrowth(42, 300);
    try (Library library = Library.open(twice)) {
      first.growTo(library, 170, QUIET);
    }
    CorpusGrowth second = new CorpusGrowth(42, 300);
    List<CorpusGrowth.Block> timed = new ArrayList<>();
    try (Library library = Library.open(twice)) {
      second.resume(Math.toIntExact(library.stats().articles()), first.blocks());
      second.growTo(library, 300, QUIET, timed::add);
    }

    assertThat(second.size()).isEqualTo(300);
    assertThat(timed).singleElement().satisfies(b -> assertThat(b.upTo()).isEqualTo(300));
    assertThat(second.blocks()).hasSize(2).first().isEqualTo(first.blocks().getFirst());
    for (String sql : List.of("SELECT id, headline FROM article ORDER BY id",
        "SELECT id, mentions, articles, quotes FROM entity ORDER BY id",
        "SELECT text, speaker_id, carriers, first_article FROM corpus_quote ORDER BY id")) {
      List<String> a = rows(once, sql);
      assertThat(a).as(sql).isNotEmpty().isEqualTo(rows(twice, sql));
    }
  }

  private static List<String> rows(Path store, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("lede.db"));
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) row.append(rs.getString(i)).append('\t');
        out.add(row.toString());
      }
    }
    return out;
  }
}
