package org.lede.spark.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.duplicate.TextSignature;
import scala.Tuple2;

class BandCandidatesTest {
  private static Tuple2<Ordered, Long> entry(String band, long ordinal) {
    return new Tuple2<>(new Ordered(band, ordinal, 0, 0), ordinal);
  }

  private static List<Tuple2<Long, Long>> pairs(List<Tuple2<Ordered, Long>> sorted) {
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    new BandCandidates(sorted.iterator()).forEachRemaining(out::add);
    return out;
  }

  @Test
  void each_article_is_a_candidate_of_every_earlier_article_of_its_band() {
    assertThat(pairs(List.of(entry("7", 1), entry("7", 4), entry("7", 9), entry("8", 2))))
        .containsExactly(new Tuple2<>(4L, 1L), new Tuple2<>(9L, 1L), new Tuple2<>(9L, 4L));
  }

  @Test
  void a_crowded_band_offers_only_its_first_articles_as_the_stores_lookup_does() {
    List<Tuple2<Ordered, Long>> band = new ArrayList<>();
    for (long n = 1; n <= 100; n++) band.add(entry("boilerplate", n));
    List<Tuple2<Long, Long>> found = pairs(band);
    int cap = TextSignature.CANDIDATES_PER_BAND;
    assertThat(found).filteredOn(p -> p._1() == 100L).hasSize(cap)
        .allSatisfy(p -> assertThat(p._2()).isLessThanOrEqualTo(cap));
    // the first 24 each meet those before them, every later one meets the 24
    assertThat(found).hasSize(cap * (cap - 1) / 2 + (100 - cap) * cap);
  }

  @Test
  void a_band_starts_afresh_and_an_article_met_twice_under_one_band_counts_once() {
    assertThat(pairs(List.of(entry("1", 5), entry("1", 5), entry("1", 6), entry("2", 6), entry("2", 7))))
        .containsExactly(new Tuple2<>(6L, 5L), new Tuple2<>(7L, 6L));
  }
}
