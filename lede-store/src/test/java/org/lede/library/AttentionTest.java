package org.lede.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.index.AttentionCounts;
import org.lede.index.AttentionQuery;
import org.lede.index.Interval;
import org.lede.index.Period;
import org.lede.index.SearchRequest;
import org.lede.index.UnknownCollectionException;
import org.lede.store.SiteCollection;

class AttentionTest {
  @TempDir Path dir;

  private static final LocalDate SINCE = LocalDate.parse("2024-02-27");
  private static final LocalDate UNTIL = LocalDate.parse("2024-04-16");

  @Test
  void every_period_count_equals_the_search_total_for_that_period_by_day_week_and_month() {
    try (Library lib = Library.open(dir)) {
      RiverNews.ingest(lib);
      List<AttentionQuery> queries = List.of(AttentionQuery.of("flood"), AttentionQuery.of("drought OR ferries"),
          AttentionQuery.of("site:\"Hill Gazette\""), AttentionQuery.of(""));
      for (Interval interval : Interval.values()) {
        AttentionCounts counts = lib.attention(queries, SINCE, UNTIL, interval);
        for (AttentionCounts.Series s : counts.series()) {
          for (int i = 0; i < counts.periods().size(); i++) {
            Period p = counts.periods().get(i);
            long total = lib.search(SearchRequest.of(s.query().query()).withSince(p.from()).withUntil(p.until())).totalHits();
            assertThat(s.counts()[i]).as("%s %s %s", interval, s.query().query(), p.label()).isEqualTo(total);
            long all = lib.search(SearchRequest.of("").withSince(p.from()).withUntil(p.until())).totalHits();
            assertThat(s.totals()[i]).isEqualTo(all);
          }
        }
      }
    }
  }

  @Test
  void weeks_start_on_monday_and_the_first_and_last_are_cut_to_the_span() {
    try (Library lib = Library.open(dir)) {
      RiverNews.ingest(lib);
      AttentionCounts counts = lib.attention(List.of(AttentionQuery.of("flood")), SINCE, UNTIL, Interval.WEEK);
      Period first = counts.periods().getFirst();
      assertThat(first.label()).isEqualTo("2024-02-26");
      assertThat(first.from()).isEqualTo(SINCE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
      // the weir story (Monday 26 Feb) is before the span; the leap day warning (Thursday 29th, 23:59) and the
      // defences story (Friday 1 March, midnight) are in it
      assertThat(counts.series().getFirst().counts()[0]).isEqualTo(2);
      assertThat(counts.periods().getLast().until()).isEqualTo(UNTIL.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
      // Mon 4 Mar: insurance claims (flood); Mon 11 Mar: council flood budget
      assertThat(counts.periods().get(1).label()).isEqualTo("2024-03-04");
    }
  }

  @Test
  void months_count_the_last_minute_of_a_month_in_that_month_and_undated_articles_nowhere() {
    try (Library lib = Library.open(dir)) {
      RiverNews.ingest(lib);
      AttentionCounts counts = lib.attention(List.of(AttentionQuery.of("flood")), LocalDate.parse("2024-02-01"),
          LocalDate.parse("2024-05-01"), Interval.MONTH);
      assertThat(counts.periods()).extracting(Period::label).containsExactly("2024-02", "2024-03", "2024-04");
      AttentionCounts.Series flood = counts.series().getFirst();
      assertThat(flood.counts()).containsExactly(2, 4, 0);
      assertThat(flood.totals()).containsExactly(2, 7, 2);
      assertThat(flood.share(1)).isEqualTo(4.0 / 7);
      // the undated flood note is found by search but belongs to no period
      assertThat(lib.search(SearchRequest.of("flood")).totalHits()).isEqualTo(7);
      assertThat(flood.total()).isEqualTo(6);
    }
  }

  @Test
  void a_collection_narrows_a_query_to_its_sites_and_its_line_is_a_share_of_the_collection() {
    try (Library lib = Library.open(dir)) {
      RiverNews.ingest(lib);
      assertThat(lib.saveCollection(SiteCollection.of("Lowlands", List.of("Valley Courier", "coastal ledger")), false)).isTrue();
      assertThat(lib.saveCollection(SiteCollection.of("lowlands", List.of("Hill Gazette")), false)).isFalse();
      assertThat(lib.search(SearchRequest.of("flood collection:lowlands")).totalHits()).isEqualTo(5);
      assertThat(lib.search(SearchRequest.of("collection:\"LOWLANDS\"")).totalHits()).isEqualTo(9);
      AttentionCounts counts = lib.attention(List.of(new AttentionQuery("flood · Lowlands", "flood", "collection:Lowlands")),
          LocalDate.parse("2024-03-01"), LocalDate.parse("2024-04-01"), Interval.MONTH);
      AttentionCounts.Series s = counts.series().getFirst();
      assertThat(s.counts()).containsExactly(2);
      assertThat(s.totals()).containsExactly(4);
      assertThat(lib.deleteCollection("LOWLANDS")).isTrue();
      assertThatThrownBy(() -> lib.search(SearchRequest.of("flood collection:lowlands")))
          .isInstanceOf(UnknownCollectionException.class).hasMessageContaining("lowlands");
    }
    try (Library lib = Library.open(dir)) {
      assertThat(lib.collections()).isEmpty();
    }
  }

  @Test
  void collections_outlive_the_process_and_a_reopened_library_knows_them() {
    try (Library lib = Library.open(dir)) {
      RiverNews.ingest(lib);
      lib.saveCollection(SiteCollection.of("Hills", List.of("Hill Gazette", " Hill Gazette ")), false);
    }
    try (Library lib = Library.open(dir)) {
      assertThat(lib.collections()).containsExactly(new SiteCollection("Hills", List.of("Hill Gazette")));
      assertThat(lib.search(SearchRequest.of("collection:hills")).totalHits()).isEqualTo(3);
    }
  }

  @Test
  void a_bad_span_or_interval_is_refused_with_what_was_wrong() {
    try (Library lib = Library.open(dir)) {
      List<AttentionQuery> q = List.of(AttentionQuery.of("flood"));
      assertThatThrownBy(() -> lib.attention(q, UNTIL, SINCE, Interval.DAY)).hasMessageContaining("must be before");
      assertThatThrownBy(() -> lib.attention(q, LocalDate.parse("1990-01-01"), UNTIL, Interval.DAY))
          .hasMessageContaining("too many days");
      assertThatThrownBy(() -> Interval.parse("fortnight")).hasMessageContaining("fortnight");
      assertThatThrownBy(() -> SiteCollection.of("Say \"hi\"", List.of("A"))).hasMessageContaining("double quote");
      assertThatThrownBy(() -> SiteCollection.of("Empty", List.of())).hasMessageContaining("at least one site");
    }
  }
}
