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

  @Test
  void threads_labelling_at_once_get_the_labels_one_thread_gets() throws Exception {
    List<List<Token>> sentences = Tokenizer.sentences("Maria Lopez flew to Paris on Monday. The European Central Bank "
        + "left rates unchanged, said Christine Lagarde in Frankfurt. Shares of Acme Corp. rose 4% on the New York "
        + "Stock Exchange after the U.S. Senate vote. Prime Minister Keir Starmer told the BBC he would not resign.");
    List<List<EntityType>> alone = new java.util.ArrayList<>();
    for (List<Token> s : sentences) alone.add(java.util.Arrays.asList(CrfRecognizer.INSTANCE.label(s)));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<List<EntityType>>>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          List<List<EntityType>> out = new java.util.ArrayList<>();
          for (int round = 0; round < 25; round++) {
            out.clear();
            for (List<Token> s : sentences) out.add(java.util.Arrays.asList(CrfRecognizer.INSTANCE.label(s)));
          }
          return out;
        }));
      }
      for (var run : runs) assertThat(run.get()).isEqualTo(alone);
    } finally {
      pool.shutdownNow();
    }
  }
}
