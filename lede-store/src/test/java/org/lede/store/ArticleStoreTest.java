package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.article.Article;
import org.lede.source.Document;
import org.lede.source.MediaType;

class ArticleStoreTest {
  @TempDir Path dir;

  private static Document raw(String input, String text) {
    return new Document(input, text.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_DUMP, null, null, null);
  }

  @Test
  void an_input_that_fails_midway_leaves_nothing_behind() throws Exception {
    Path db = dir.resolve("lede.db");
    Article good = Article.builder().headline("Tide tables printed again").addParagraph("The tide tables return.").build();
    try (ArticleStore store = ArticleStore.open(db, Clock.systemUTC())) {
      List<Article> withBroken = new java.util.ArrayList<>(List.of(good));
      withBroken.add(null);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.ingest(raw("dump.txt", "raw dump"), withBroken))
          .isInstanceOf(RuntimeException.class);
      assertThat(store.stats()).isEqualTo(new StoreStats(0, 0, 0, 0));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void articles_without_an_id_get_one_from_their_input_and_position() {
    Clock clock = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
    try (ArticleStore store = ArticleStore.open(dir.resolve("lede.db"), clock)) {
      Article a = Article.builder().headline("First item").addParagraph("One.").build();
      Article b = Article.builder().headline("Second item").addParagraph("Two.").build();
      StoreWrite w = store.ingest(raw("dump.txt", "two pages"), List.of(a, b));

      assertThat(w.outcome().articles()).extracting(ArticleOutcome::id).doesNotHaveDuplicates().allMatch(id -> id.length() == 16);
      assertThat(w.written()).extracting(StoredArticle::seq).containsExactly(1L, 2L);
      StoredArticle first = store.article(w.outcome().articles().getFirst().id()).orElseThrow();
      assertThat(first.article().input()).isEqualTo("dump.txt");
      assertThat(first.ingestedAt()).isEqualTo(clock.instant());
      assertThat(store.versions(first.id())).singleElement().satisfies(v -> {
        assertThat(v.headline()).isEqualTo("First item");
        assertThat(v.documentSha256()).isEqualTo(w.outcome().documentSha256());
      });
    }
  }
}
