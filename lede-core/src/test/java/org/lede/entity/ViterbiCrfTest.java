package org.lede.entity;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lede.eval.SharedData;

/** Lede's decoder must give CoreNLP's labels: the same model, the same features, only a shorter way to the best path. */
class ViterbiCrfTest {
  private static CRFClassifier<CoreLabel> coreNlp;

  @BeforeAll
  static void loadCoreNlpsOwnDecoder() throws Exception {
    coreNlp = CRFClassifier.getClassifier(CrfRecognizer.MODEL);
  }

  private static List<String> labels(CRFClassifier<CoreLabel> crf, List<String> words) {
    List<CoreLabel> in = new ArrayList<>();
    for (String w : words) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      l.setOriginalText(w);
      in.add(l);
    }
    List<String> out = new ArrayList<>();
    for (CoreLabel l : crf.classifySentence(in)) out.add(l.get(CoreAnnotations.AnswerAnnotation.class));
    return out;
  }

  private static CRFClassifier<CoreLabel> lede() {
    return CrfRecognizer.Holder.CLASSIFIER;
  }

  @Test
  void labels_written_sentences_as_corenlp_does() {
    List<String> sentences = List.of(
        "Maria Lopez flew to Paris on Monday .",
        "The European Central Bank left rates unchanged , said Christine Lagarde in Frankfurt .",
        "Shares of Acme Corp. rose 4 % on the New York Stock Exchange after the U.S. Senate vote .",
        "\" We will not back down , \" Prime Minister Keir Starmer told the BBC .",
        "ukraine", "Kyiv", "A", "the dog barked at the moon all night long",
        "Der Bundeskanzler sagte am Montag in Berlin , dass die Regierung handeln werde .");
    for (String s : sentences) {
      List<String> words = List.of(s.split(" "));
      assertThat(labels(lede(), words)).as(s).isEqualTo(labels(coreNlp, words));
    }
  }

  /** CoreNLP's own preparation of the tokens (word function, shapes), which it keeps private. */
  @SuppressWarnings("unchecked")
  private static List<CoreLabel> prepared(CRFClassifier<CoreLabel> crf, List<String> words) throws Exception {
    List<CoreLabel> in = new ArrayList<>();
    for (String w : words) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      l.setOriginalText(w);
      in.add(l);
    }
    Method m = AbstractSequenceClassifier.class.getDeclaredMethod("preprocessTokens", List.class);
    m.setAccessible(true);
    return (List<CoreLabel>) m.invoke(crf, in);
  }

  private static List<List<String>> testa() throws Exception {
    Path testa = SharedData.locate().map(d -> d.resolve("ner-dev/eng.testa")).orElse(null);
    Assumptions.assumeTrue(testa != null && Files.isRegularFile(testa),
        "shared/data/ner-dev/eng.testa is absent: the full comparison with CoreNLP is skipped");
    List<List<String>> sentences = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : Files.readAllLines(testa)) {
      if (line.isBlank() || line.startsWith("-DOCSTART-")) {
        if (!current.isEmpty()) sentences.add(current);
        current = new ArrayList<>();
      } else {
        current.add(line.substring(0, line.indexOf(' ')));
      }
    }
    if (!current.isEmpty()) sentences.add(current);
    return sentences;
  }

  @Test
  void computes_the_features_corenlp_computes_on_conll_testa() throws Exception {
    int tokens = 0;
    for (List<String> s : testa()) {
      int[][][] theirs = coreNlp.documentToDataAndLabels(prepared(coreNlp, s)).first();
      ViterbiCrf lede = (ViterbiCrf) lede();
      int[][][] ours = lede.features(prepared(lede, s));
      assertThat(ours.length).isEqualTo(theirs.length);
      for (int i = 0; i < ours.length; i++) {
        for (int clique = 0; clique < 2; clique++) {
          assertThat(sorted(ours[i][clique])).as("%s, token %d, clique %d", String.join(" ", s), i, clique)
              .containsExactly(sorted(theirs[i][clique]));
        }
      }
      tokens += s.size();
    }
    assertThat(tokens).isGreaterThan(50_000);
  }

  private static int[] sorted(int[] a) {
    int[] b = a.clone();
    java.util.Arrays.sort(b);
    return b;
  }

  @Test
  void labels_conll_testa_as_corenlp_does() throws Exception {
    Path testa = SharedData.locate().map(d -> d.resolve("ner-dev/eng.testa")).orElse(null);
    Assumptions.assumeTrue(testa != null && Files.isRegularFile(testa),
        "shared/data/ner-dev/eng.testa is absent: the full comparison with CoreNLP's decoder is skipped");
    List<List<String>> sentences = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : Files.readAllLines(testa)) {
      if (line.isBlank() || line.startsWith("-DOCSTART-")) {
        if (!current.isEmpty()) sentences.add(current);
        current = new ArrayList<>();
      } else {
        current.add(line.substring(0, line.indexOf(' ')));
      }
    }
    if (!current.isEmpty()) sentences.add(current);
    int tokens = 0;
    for (List<String> s : sentences) {
      assertThat(labels(lede(), s)).as(String.join(" ", s)).isEqualTo(labels(coreNlp, s));
      tokens += s.size();
    }
    assertThat(tokens).isGreaterThan(50_000);
  }
}
