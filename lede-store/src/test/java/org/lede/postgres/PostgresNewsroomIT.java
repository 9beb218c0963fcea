package org.lede.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
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
import org.lede.corpus.Corpus;
import org.lede.corpus.CorpusQuote;
import org.lede.corpus.KnownEntity;
import org.lede.library.NotServedHere;
import org.lede.quote.QuoteKind;
import org.lede.store.StoredArticle;

/**
 * The web app's reads over a loaded PostgreSQL store: articles back from their contract lines, one version each, and
 * the corpus readers in PostgreSQL's dialect answering as on SQLite (undated quotes last, names any case).
 */
class PostgresNewsroomIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HARTLEY = "P:owen-hartley";
  private static PostgresServer pg;
  private static PostgresNewsroom newsroom;
  private static final List<String> ids = new ArrayList<>();
  private static final List<String> lines = new ArrayList<>();
  @TempDir static Path tmp;

  @BeforeAll
  static void load() throws Exception {
    pg = PostgresServer.start();
    lines.addAll(SparkOutput.articleLines(3));
    for (String line : lines) ids.add(JSON.readTree(line).path("id").asText());
    Path out = tmp.resolve("out");
    SparkOutput.write(out, lines, 1);
    part(out, "entity", "{\"id\":\"" + HARTLEY + "\",\"type\":\"PERSON\",\"name\":\"Owen Hartley\",\"mentions\":4,"
        + "\"articles\":3,\"quotes\":3,\"first_seen\":1000,\"last_seen\":2000,\"profile\":{\"names\":{\"Owen Hartley\":3,"
        + "\"Hartley\":1},\"titles\":[\"council leader\"],\"roles\":[]}}");
    List<String> quotes = new ArrayList<>();
    List<String> carriers = new ArrayList<>();
    // the second article's quote is undated: SQLite lists it after every dated one, newest first
    String[] published = {"1000", "null", "2000"};
    for (int n = 0; n < 3; n++) {
      quotes.add("{\"id\":" + (n + 1) + ",\"speaker_id\":\"" + HARTLEY + "\",\"speaker_name\":\"Owen Hartley\","
          + "\"kind\":\"DIRECT\",\"text\":\"We cannot leave the east bank cut off for another winter\",\"words\":\"x\","
          + "\"first_article\":\"" + ids.get(n) + "\",\"first_ordinal\":0,\"first_published\":" + published[n]
          + ",\"carriers\":1,\"outlets\":1}");
      carriers.add("{\"article_id\":\"" + ids.get(n) + "\",\"ordinal\":0,\"quote_id\":" + (n + 1)
          + ",\"speaker_local\":\"e1\",\"site\":\"Gazette\",\"published_at\":" + published[n] + "}");
    }
    part(out, "corpus_quote", quotes.toArray(String[]::new));
    part(out, "quote_carrier", carriers.toArray(String[]::new));
    PostgresAddress address = PostgresAddress.parse(pg.createDatabase("served"));
    try (PostgresStore store = PostgresStore.open(address)) {
      store.load(out, new LoadListener() {});
    }
    // nothing asks the index here: opening only checks its address
    newsroom = PostgresNewsroom.open(address, URI.create("opensearch://127.0.0.1:9/unused"), tmp.resolve("web"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (newsroom != null) newsroom.close();
    if (pg != null) pg.close();
  }

  private static void part(Path out, String table, String... rows) throws IOException {
    Path dir = Files.createDirectories(out.resolve("corpus").resolve(table));
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("part-00000-a.jsonl.gz")))) {
      for (String row : rows) gz.write((row + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void an_article_is_read_back_from_its_contract_line_with_what_was_found_in_it_as_one_version() throws Exception {
    JsonNode line = JSON.readTree(lines.getFirst());
    StoredArticle a = newsroom.article(ids.getFirst()).orElseThrow();
    assertThat(a.article().headline()).isEqualTo(line.path("headline").asText());
    assertThat(a.article().text()).isEqualTo(line.path("text").asText());
    assertThat(a.annotations().quotes()).hasSize(line.path("quotes").size()).isNotEmpty();
    assertThat(a.version()).isEqualTo(1);
    assertThat(newsroom.versions(ids.getFirst())).singleElement()
        .satisfies(v -> assertThat(v.headline()).isEqualTo(line.path("headline").asText()))
        .satisfies(v -> assertThat(v.contentHash()).hasSize(64));
    assertThat(newsroom.version(ids.getFirst(), 2)).isEmpty();
    assertThat(newsroom.article("no-such-article")).isEmpty();
    assertThat(newsroom.versions("no-such-article")).isEmpty();
  }

  @Test
  void the_corpus_readers_answer_in_postgres_as_on_sqlite() {
    Corpus corpus = newsroom.corpus();
    KnownEntity hartley = corpus.entity(HARTLEY).orElseThrow();
    assertThat(hartley.aliases()).containsExactly("Hartley");
    assertThat(hartley.titles()).containsExactly("council leader");
    assertThat(corpus.named("owen HARTLEY")).map(KnownEntity::id).contains(HARTLEY);
    assertThat(corpus.quotesBy(HARTLEY, null, 10)).extracting(CorpusQuote::id).containsExactly(3L, 1L, 2L);
    assertThat(corpus.quotesBy(HARTLEY, null, new Corpus.After(java.time.Instant.ofEpochMilli(2000), "3"), 10))
        .extracting(CorpusQuote::id).containsExactly(1L, 2L);
    assertThat(corpus.quoteKinds(HARTLEY)).containsEntry(QuoteKind.DIRECT, 3);
    assertThat(corpus.quotes("", "hartley", 10)).extracting(CorpusQuote::id).containsExactly(3L, 1L, 2L);
    assertThat(corpus.quotes("WINTER bank", "", 10)).extracting(CorpusQuote::id).containsExactly(3L, 1L, 2L);
    assertThat(corpus.quotes("summer", "", 10)).isEmpty();
    // words and a speaker: through the full-text index on the quotes' words, not by reading newest first
    assertThat(corpus.quotes("winter", "HARTLEY", 10)).extracting(CorpusQuote::id).containsExactly(3L, 1L, 2L);
    assertThat(corpus.quotes("summer", "hartley", 10)).isEmpty();
    assertThat(corpus.carriers(1L, 5)).singleElement().satisfies(c -> assertThat(c.articleId()).isEqualTo(ids.getFirst()));
    assertThat(corpus.byName(null, "owen", null, 10)).extracting(KnownEntity::id).containsExactly(HARTLEY);
  }

  @Test
  void what_the_load_does_not_hold_is_refused_naming_the_store() {
    assertThatThrownBy(() -> newsroom.latest()).isInstanceOf(NotServedHere.class)
        .hasMessageContaining("every article at once").hasMessageContaining("postgres://");
    assertThat(newsroom.document("00")).isEmpty();
    assertThat(newsroom.collections()).isEmpty();
  }

  @Test
  void copies_and_stories_an_output_without_them_holds_are_none() {
    // the output written here has no copy or story tables: the tables (migrations 5 and 6) are read, and empty
    assertThat(newsroom.copies().copyOf(ids.getFirst())).isEmpty();
    assertThat(newsroom.copies().count(ids.getFirst())).isZero();
    assertThat(newsroom.stories().top(null, null, 10)).isEmpty();
    assertThat(newsroom.stories().storyOf(ids.getFirst())).isEmpty();
    assertThat(newsroom.storyContents().newest(1, 10)).isEmpty();
    assertThat(newsroom.storyContents().numbers(1, 10)).isEmpty();
  }
}
