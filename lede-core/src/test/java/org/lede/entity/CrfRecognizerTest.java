package org.lede.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrfRecognizerTest {

  @Test
  void model_labels_a_person_and_a_place() {
    List<Token> s = Tokenizer.sentences("Maria Lopez flew to Paris on Monday.").get(0);
    EntityType[] labels = CrfRecognizer.INSTANCE.label(s);
    assertThat(labels[0]).isEqualTo(EntityType.PERSON);
    assertThat(labels[1]).isEqualTo(EntityType.PERSON);
    assertThat(labels[4]).isEqualTo(EntityType.LOCATION);
    assertThat(labels[2]).isNull();
  }
}
