package org.lede.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
  @Test
  void perfect_clustering_scores_one_and_all_singletons_have_full_precision() {
    List<String> gold = List.of("x", "x", "y", "y", "y");
    ClusterScores same = ClusterScores.of(List.of("1", "1", "2", "2", "2"), gold);
    assertThat(same.bcubedF1()).isEqualTo(1.0);
    assertThat(same.pairF1()).isEqualTo(1.0);
    assertThat(same.ari()).isCloseTo(1.0, within(1e-12));
    ClusterScores singletons = ClusterScores.of(List.of("1", "2", "3", "4", "5"), gold);
    assertThat(singletons.bcubedP()).isEqualTo(1.0);
    assertThat(singletons.bcubedR()).isCloseTo((0.5 + 0.5 + 1 / 3.0 * 3) / 5, within(1e-12));
    assertThat(singletons.pairF1()).isZero();
  }

  @Test
  void bcubed_counts_each_item_by_its_own_cluster() {
    // gold {a,b,c} {d}; predicted {a,b} {c,d}
    ClusterScores s = ClusterScores.of(List.of("1", "1", "2", "2"), List.of("x", "x", "x", "y"));
    assertThat(s.bcubedP()).isCloseTo((1 + 1 + 0.5 + 0.5) / 4, within(1e-12));
    assertThat(s.bcubedR()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-12));
    assertThat(s.pairP()).isCloseTo(0.5, within(1e-12)); // pairs predicted: ab, cd; right: ab
    assertThat(s.pairR()).isCloseTo(1 / 3.0, within(1e-12)); // gold pairs ab, ac, bc
  }
}
