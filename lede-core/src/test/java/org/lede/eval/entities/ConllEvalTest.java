package org.lede.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.entity.EntityType;
import org.lede.entity.Mention;

class ConllEvalTest {
  private static final String SNIPPET = String.join("\n",
      "-DOCSTART- -X- O O", "",
      "Anna NNP I-NP I-PER", "Berg NNP I-NP I-PER", "visited VBD I-VP O", "Oslo NNP I-NP I-LOC", ". . O O", "",
      "Acme NNP I-NP I-ORG", "Oslo NNP I-NP B-ORG", "grew VBD I-VP O", ". . O O", "");

  @Test
  void iob1_tags_become_spans_with_b_splitting_touching_names(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("mini"), SNIPPET);
    ConllDocument d = ConllDocument.read(f).getFirst();
    assertThat(d.text()).isEqualTo("Anna Berg visited Oslo .\nAcme Oslo grew .\n");
    assertThat(d.gold()).containsExactly(new ConllDocument.Span(0, 1, "PER"), new ConllDocument.Span(3, 3, "LOC"),
        new ConllDocument.Span(5, 5, "ORG"), new ConllDocument.Span(6, 6, "ORG"));
  }

  @Test
  void only_exact_span_and_type_count_as_right(@TempDir Path dir) throws Exception {
    ConllDocument d = ConllDocument.read(Files.writeString(dir.resolve("mini"), SNIPPET)).getFirst();
    List<Mention> predicted = List.of(
        new Mention("Anna Berg", 0, 9, EntityType.PERSON, Mention.Source.RECOGNIZER),
        new Mention("Oslo", 18, 22, EntityType.ORGANIZATION, Mention.Source.RECOGNIZER),
        new Mention("Acme Oslo", 25, 34, EntityType.ORGANIZATION, Mention.Source.RECOGNIZER));
    List<TypeScore> s = ConllEval.score(List.of(d), List.of(predicted));
    TypeScore all = s.getLast();
    assertThat(all.truePos()).isEqualTo(1);
    assertThat(all.predicted()).isEqualTo(3);
    assertThat(all.gold()).isEqualTo(4);
    assertThat(all.f1()).isEqualTo(2 * (1 / 3.0) * 0.25 / (1 / 3.0 + 0.25));
  }
}
