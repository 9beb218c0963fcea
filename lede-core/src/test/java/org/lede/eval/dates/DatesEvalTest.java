package org.lede.eval.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lede.eval.SharedData;

class DatesEvalTest {

  @Test
  void scores_pool_hits_wrong_days_and_misses() {
    LocalDate day = LocalDate.of(2022, 3, 10);
    DatesEval.Result r = new DatesEval.Result(8, 2, 2, 10.0, List.of(
        new DatesEval.Outcome("u", "f", day, day)));
    assertThat(r.precision()).isEqualTo(0.8);
    assertThat(r.recall()).isEqualTo(0.8);
    assertThat(r.f1()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.table()).contains("precision").contains("0.800");
  }

  @Test
  void page_dates_reach_f1_of_ninety_percent_on_the_htmldate_set() {
    Optional<Path> dir = SharedData.locate("extraction-dev/dates/eval_default.json").map(p -> p.getParent().getParent());
    Assumptions.assumeTrue(dir.isPresent(), "shared/data/extraction-dev/dates is absent: skipping the date evaluation");
    DatesEval.Result r = DatesEval.run(dir.get());
    System.out.print(r.table());
    assertThat(r.f1()).isGreaterThanOrEqualTo(0.90);
  }
}
