package org.lede.corpus;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.MediaType;

/**
 * A small news week written for this test: one wire story run by three outlets with their own furniture, stored out
 * of order; a follow-up two days later repeating a quote with its end trimmed; another story in which the same
 * minister says something else; and two people who share a surname.
 */
class CorpusQuotesTest {
  private static final String HARD_FISTS = "We will meet every provocation on the river with hard fists, and we will not step back";
  private static final String DIALOGUE = "The door to talks stays open for anyone who comes to it without weapons";

  @TempDir
  static Path dir;
  private static Library library;
  private static Corpus corpus;

  private static Article wire(String site, String url, String published, String headline, String extraFirst) {
    List<String> paragraphs = new ArrayList<>();
    if (extraFirst != null) paragraphs.add(extraFirst);
    paragraphs.add("Defence Minister Ilse Varga said on Monday that the army would answer any incursion across the "
        + "Drava crossing, after a patrol boat was fired on near the border town of Keszthely Vale.");
    paragraphs.add("“" + HARD_FISTS + ",” Varga told reporters in the capital.");
    paragraphs.add("The opposition leader, Marek Tolnai, said the government was risking a war it could not afford.");
    paragraphs.add("“" + DIALOGUE + ",” Tolnai said.");
    return Article.builder().canonicalUrl(url).site(site).headline(headline).published(time(published))
        .paragraphs(paragraphs).build();
  }

  private static Article followUp() {
    return Article.builder().canonicalUrl("https://daily.example/river-border-talks").site("Daily Meridian")
        .headline("Border talks begin two days after river shooting").published(time("2026-03-11T09:00:00Z"))
        .addParagraph("Negotiators from both sides met on Wednesday in a hotel outside the capital, two days after a "
            + "patrol boat was fired on near the Drava crossing.")
        .addParagraph("On Monday Defence Minister Ilse Varga had warned: “We will meet every provocation on the river "
            + "with hard fists.”")
        .addParagraph("“Nobody at this table wants another night like Monday,” Varga said on Wednesday.")
        .build();
  }

  private static Article otherVarga() {
    return Article.builder().canonicalUrl("https://sport.example/varga-cup").site("Sport Ledger")
        .headline("Coach Anton Varga names squad for the cup final").published(time("2026-03-12T18:00:00Z"))
        .addParagraph("Coach Anton Varga named an unchanged squad for Saturday's cup final against Riverside Athletic.")
        .addParagraph("“The players have earned the right to finish what they started,” Varga said.")
        .build();
  }

  @BeforeAll
  static void ingest() {
    library = Library.open(dir, Clock.fixed(Instant.parse("2026-03-15T00:00:00Z"), ZoneOffset.UTC),
        org.lede.library.ReindexProgress.NONE);
    List<Article> week = List.of(
        wire("Evening Courier", "https://courier.example/varga-fists", "2026-03-09T15:40:00Z",
            "Varga vows 'hard fists' after river shooting", "Listen to this article"),
        wire("Harbour Times", "https://harbour.example/world/varga", "2026-03-09T12:05:00Z",
            "Minister warns of hard response on the Drava", null),
        wire("Northern Post", "https://north.example/a/8812", "2026-03-09T13:30:00Z",
            "Drava shooting: minister promises 'hard fists'", "Follow us for the latest news"),
        followUp(),
        otherVarga());
    Annotator annotator = Annotator.standard();
    for (Article a : week) {
      Document raw = new Document(a.canonicalUrl(), a.text().getBytes(StandardCharsets.UTF_8), MediaType.TEXT_DUMP,
          null, null, null);
      library.ingest(raw, List.of(a), List.of(annotator.annotate(a)));
    }
    corpus = library.corpus();
  }

  private static StatedTime time(String iso) {
    return new StatedTime(Instant.parse(iso), StatedTime.Precision.MINUTE, iso);
  }

  private static CorpusQuote only(String words) {
    List<CorpusQuote> found = corpus.quotes(words, "", 10);
    assertThat(found).as("corpus quotes matching '%s'", words).hasSize(1);
    return found.getFirst();
  }

  @Test
  void a_wire_quote_and_its_trimmed_repeat_are_one_corpus_quote_first_carried_by_the_earliest_article() {
    CorpusQuote fists = only("hard fists");
    assertThat(fists.carriers()).isEqualTo(4);
    assertThat(fists.outlets()).isEqualTo(4);
    assertThat(fists.firstPublished()).isEqualTo(Instant.parse("2026-03-09T12:05:00Z"));
    assertThat(fists.firstHeadline()).isEqualTo("Minister warns of hard response on the Drava");
    assertThat(corpus.carriers(fists.id(), 10)).extracting(Carrier::site)
        .containsExactly("Harbour Times", "Northern Post", "Evening Courier", "Daily Meridian");
  }

  @Test
  void each_saying_of_a_speaker_is_listed_once_with_its_speaker_resolved() {
    String varga = corpus.named("Ilse Varga").orElseThrow().id();
    assertThat(varga).isEqualTo("P:ilse-varga");
    List<CorpusQuote> said = corpus.quotesBy(varga, null, 20);
    assertThat(said).extracting(q -> q.quote().text()).doesNotHaveDuplicates();
    assertThat(said).anySatisfy(q -> assertThat(q.quote().text()).contains("hard fists"));
    assertThat(said).anySatisfy(q -> assertThat(q.quote().text()).contains("Nobody at this table"));
    CorpusQuote dialogue = only("talks stays open");
    assertThat(dialogue.speakerId()).isEqualTo(corpus.named("Marek Tolnai").orElseThrow().id());
    assertThat(dialogue.carriers()).isEqualTo(3);
  }

  @Test
  void two_people_who_share_a_surname_keep_their_own_quotes() {
    CorpusQuote players = only("earned the right");
    assertThat(players.speakerId()).isEqualTo("P:anton-varga");
    assertThat(corpus.quotesBy("P:ilse-varga", null, 20)).noneSatisfy(q -> assertThat(q.quote().text()).contains("earned"));
    assertThat(corpus.entity("P:ilse-varga").orElseThrow().articles()).isEqualTo(4);
  }

  @Test
  void each_entitys_days_add_up_its_dated_members_after_every_re_decision() throws Exception {
    assertThat(rows("SELECT entity_id, day, mentions, articles FROM entity_day WHERE mentions <> 0 ORDER BY 1, 2"))
        .isNotEmpty()
        .isEqualTo(rows("SELECT entity_id, published_at / 86400000, SUM(mentions), COUNT(*) FROM mention "
            + "WHERE published_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"));
    String varga = corpus.top(null, 50).stream().filter(e -> e.name().equals("Anton Varga")).findFirst().orElseThrow().id();
    assertThat(corpus.mentionsByDay(varga)).containsOnlyKeys(java.time.LocalDate.parse("2026-03-12"));
  }

  @Test
  void each_speakers_quote_tally_matches_their_corpus_quotes_after_every_re_decision() throws Exception {
    String tally = "SELECT entity_id, kind, quotes FROM entity_quote_kind WHERE quotes <> 0 ORDER BY 1, 2";
    String counted = "SELECT speaker_id, kind, COUNT(*) FROM corpus_quote WHERE speaker_id IS NOT NULL "
        + "GROUP BY 1, 2 ORDER BY 1, 2";
    assertThat(rows(tally)).isNotEmpty().isEqualTo(rows(counted));
    assertThat(corpus.quoteKinds("P:ilse-varga")).containsEntry(org.lede.quote.QuoteKind.DIRECT, 2);
    library.relink(org.lede.store.ArticleStore.RelinkProgress.NONE);
    assertThat(rows(tally)).isEqualTo(rows(counted));
  }

  @Test
  void what_was_said_about_the_shooting_counts_the_wire_quote_once_and_names_its_outlets_and_words() {
    org.lede.library.WhatWasSaid said = library.said(org.lede.index.SearchRequest.of("Drava")
        .withSince(Instant.parse("2026-03-09T00:00:00Z")).withUntil(Instant.parse("2026-03-12T00:00:00Z")));
    assertThat(said.articles()).isEqualTo(4);
    assertThat(said.sampled()).isEqualTo(4);
    // the wire's reported speech and "hard fists" (each in four articles) and "Nobody at this table" are three
    // corpus quotes of Varga's, not nine
    assertThat(said.quoted().getFirst().entity().id()).isEqualTo("P:ilse-varga");
    assertThat(said.quoted().getFirst().count()).isEqualTo(3);
    assertThat(said.quoted()).anySatisfy(r -> {
      assertThat(r.entity().name()).isEqualTo("Marek Tolnai");
      assertThat(r.count()).isEqualTo(2);
    });
    assertThat(said.quoted()).noneSatisfy(r -> assertThat(r.entity().id()).isEqualTo("P:anton-varga"));
    assertThat(said.named()).anySatisfy(r -> {
      assertThat(r.entity().id()).isEqualTo("P:ilse-varga");
      assertThat(r.count()).isEqualTo(4);
    });
    assertThat(said.outlets()).extracting(org.lede.index.FacetCount::value)
        .containsExactlyInAnyOrder("Harbour Times", "Northern Post", "Evening Courier", "Daily Meridian");
    assertThat(said.quotes().getFirst().quote().text()).contains("hard fists");
    assertThat(said.quotes().getFirst().carriers()).isEqualTo(4);
    assertThat(said.phrases()).extracting(org.lede.index.SignificantTerm::text).contains("hard fists");
    assertThat(said.words()).extracting(org.lede.index.SignificantTerm::text).contains("fists").doesNotContain("squad");
  }

  @Test
  void relinking_gives_back_the_same_tables() throws Exception {
    List<String> before = dump();
    library.relink(org.lede.store.ArticleStore.RelinkProgress.NONE);
    assertThat(dump()).isEqualTo(before);
  }

  private static List<String> dump() throws Exception {
    return rows("SELECT id, name, mentions, articles, quotes, merged_into FROM entity ORDER BY id",
        "SELECT article_id, local_id, entity_id, reason FROM mention ORDER BY article_id, local_id",
        "SELECT speaker_id, text, first_article, carriers, outlets FROM corpus_quote ORDER BY text",
        "SELECT article_id, ordinal, speaker_local FROM quote_carrier ORDER BY article_id, ordinal",
        "SELECT entity_id, day, mentions, articles FROM entity_day ORDER BY 1, 2",
        "SELECT entity_id, kind, quotes FROM entity_quote_kind WHERE quotes <> 0 ORDER BY 1, 2");
  }

  private static List<String> rows(String... queries) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("lede.db"));
         Statement st = c.createStatement()) {
      for (String sql : List.of(queries)) {
        try (ResultSet rs = st.executeQuery(sql)) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= n; i++) row.append(rs.getString(i)).append('|');
            rows.add(row.toString());
          }
        }
      }
    }
    return rows;
  }
}
