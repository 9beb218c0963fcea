package org.lede.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.json.ArticleJson;
import org.lede.library.Library;
import org.lede.quote.Quote;
import org.lede.quote.QuoteKind;

/**
 * Searching corpus quotes by their words, page after page, gives the newest matches first whichever way the store
 * finds them: by reading quotes newest first (common words, and here a rare one: a quote in forty), or by listing
 * every match when the first quotes read hold none (two common words that never meet). The expected pages
 * come from sorting every matching quote here.
 */
class QuoteWordsSearchTest {
  private static final int QUOTES = 3_000;
  private static final int PAGE = 7;

  @TempDir Path dir;
  private Connection c;
  private SqliteCorpus corpus;
  private final List<Row> rows = new ArrayList<>();

  private record Row(long id, Long published, Set<String> words) {}

  @BeforeEach
  void fill() throws Exception {
    Library.open(dir).close();
    c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("lede.db"));
    c.setAutoCommit(false);
    Random random = new Random(11);
    try (PreparedStatement quote = c.prepareStatement("INSERT INTO corpus_quote(id, speaker_id, speaker_name, kind, "
        + "text, words, first_article, first_ordinal, first_published, carriers, outlets) "
        + "VALUES (?, NULL, 'A Speaker', 'DIRECT', ?, '[]', ?, 0, ?, 1, 1)");
         PreparedStatement text = c.prepareStatement("INSERT INTO corpus_quote_text(rowid, text) VALUES (?, ?)");
         // the article quote a corpus quote is shown from
         PreparedStatement carried = c.prepareStatement("INSERT INTO quote(article_id, ordinal, kind, anonymous, json) "
             + "VALUES (?, 0, 'DIRECT', 0, ?)")) {
      for (long id = 1; id <= QUOTES; id++) {
        List<String> words = new ArrayList<>(List.of("the", "harbour", "will", "reopen"));
        if (random.nextInt(3) > 0) words.add("council"); // in two quotes of three: common
        if (random.nextInt(40) == 0) words.add("ferries"); // rare
        if (random.nextInt(2) == 0) words.add(random.nextBoolean() ? "storm" : "repairs"); // each common, never both
        // arrival order is not time order; some quotes share a minute, some are undated
        Long published = random.nextInt(25) == 0 ? null : 1_700_000_000_000L + random.nextInt(300) * 60_000L;
        quote.setLong(1, id);
        quote.setString(2, String.join(" ", words));
        quote.setString(3, "article-" + id);
        if (published == null) quote.setNull(4, java.sql.Types.INTEGER); else quote.setLong(4, published);
        quote.executeUpdate();
        text.setLong(1, id);
        text.setString(2, String.join(" ", words));
        text.executeUpdate();
        carried.setString(1, "article-" + id);
        carried.setString(2, ArticleJson.mapper().writeValueAsString(new Quote(String.join(" ", words),
            QuoteKind.DIRECT, 0, 10, null, null, null, null)));
        carried.executeUpdate();
        rows.add(new Row(id, published, Set.copyOf(words)));
      }
    }
    corpus = new SqliteCorpus(OneConnection.reads(c));
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  /** Every quote holding all of {@code words}, newest first, undated last, then by id downwards. */
  private List<Long> expected(String... words) {
    return rows.stream().filter(r -> r.words().containsAll(List.of(words)))
        .sorted(Comparator.comparing((Row r) -> r.published() == null)
            .thenComparing(r -> r.published() == null ? 0 : -r.published())
            .thenComparing(r -> -r.id()))
        .map(Row::id).toList();
  }

  /** Every page of the search for {@code text}, each after the last quote of the one before, joined. */
  private List<Long> paged(String text) {
    List<Long> all = new ArrayList<>();
    Corpus.After after = null;
    for (int page = 0; page < QUOTES; page++) {
      List<CorpusQuote> found = corpus.quotes(text, null, after, PAGE);
      found.forEach(q -> all.add(q.id()));
      if (found.size() < PAGE) return all;
      CorpusQuote last = found.getLast();
      after = new Corpus.After(last.firstPublished(), Long.toString(last.id()));
    }
    throw new AssertionError("more pages than quotes");
  }

  @Test
  void a_common_word_gives_the_newest_matches_page_after_page() {
    assertThat(expected("council")).hasSizeGreaterThan(1_500);
    assertThat(paged("council")).containsExactlyElementsOf(expected("council"));
  }

  @Test
  void a_rare_word_gives_the_same_order() {
    assertThat(expected("ferries")).hasSizeBetween(20, 140);
    assertThat(paged("Ferries")).containsExactlyElementsOf(expected("ferries"));
  }

  @Test
  void two_common_words_that_never_meet_find_nothing_and_a_word_in_every_quote_finds_all() {
    assertThat(paged("storm repairs")).isEmpty();
    assertThat(paged("harbour")).containsExactlyElementsOf(expected("harbour")).hasSize(QUOTES);
    assertThat(paged("council, storm")).containsExactlyElementsOf(expected("council", "storm"));
  }

  @Test
  void words_are_matched_as_the_full_text_index_folds_them() {
    assertThat(NewestMatches.holds("“Storm Ciarán hit the harbour,” she said.", Set.of("ciaran", "harbour"))).isTrue();
    assertThat(NewestMatches.holds("The harbourmaster said", Set.of("harbour"))).isFalse();
    assertThat(NewestMatches.folded("Ciarán")).isEqualTo("ciaran");
  }

  @Test
  void the_first_page_of_a_common_word_is_its_newest_matches() {
    List<CorpusQuote> first = corpus.quotes("reopen council", null, null, PAGE);
    assertThat(first).extracting(CorpusQuote::id).containsExactlyElementsOf(expected("reopen", "council").subList(0, PAGE));
    assertThat(first.getFirst().firstPublished()).isNotNull().isBefore(Instant.parse("2030-01-01T00:00:00Z"));
  }
}
