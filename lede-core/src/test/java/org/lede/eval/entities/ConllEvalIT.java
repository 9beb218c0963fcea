package org.lede.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lede.eval.SharedData;

/**
 * The full CoNLL-2003 eng.testa evaluation (about a minute): the news layer must add at least one point of F1 to
 * the CRF alone. Run with {@code ./mvnw -o -q -B -pl lede-core test -Dtest=ConllEvalIT -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ConllEvalIT {

  @Test
  void the_news_layer_adds_at_least_one_point_of_f1_to_the_crf() {
    Optional<Path> dir = SharedData.locate("ner-dev");
    assumeTrue(dir.isPresent(), "shared/data/ner-dev not found: CoNLL evaluation skipped");
    ConllResult r = ConllEval.run(dir.get());
    System.out.print(r.table());
    assertThat(r.gainF1Points()).isGreaterThanOrEqualTo(1.0);
  }
}
