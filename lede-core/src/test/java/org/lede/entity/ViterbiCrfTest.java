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
import org.junit.jupiter.api.io.TempDir;
import org.lede.eval.SharedData;

/**
 * Lede's decoder must give CoreNLP's labels: the same model, the same features, only a shorter way to the best path;
 * and the same again when the model is read from Lede's own file of it instead of CoreNLP's.
 */
class ViterbiCrfTest {
  private static CRFClassifier<CoreLabel> coreNlp;
  /** The model read from CoreNLP's file (which writes Lede's file), then from Lede's file. */
  private static List<ViterbiCrf> ledes;

  @TempDir
  static Path cache;

  @BeforeAll
  static void loadCoreNlpsOwnDecoder() throws Exception {
    coreNlp = CRFClassifier.getClassifier(CrfRecognizer.MODEL);
    Path file = cache.resolve("model.crf");
    ViterbiCrf fromCoreNlpsFile = CrfRecognizer.load(CrfRecognizer.MODEL, file);
    assertThat(CrfModelFile.read(file)).as("Lede's file of the model, written on first use").isPresent();
    ledes = List.of(fromCoreNlpsFile, CrfRecognizer.load(CrfRecognizer.MODEL, file));
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
      for (ViterbiCrf lede : ledes) assertThat(labels(lede, words)).as(s).isEqualTo(labels(coreNlp, words));
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
  void the_shipped_model_needs_none_of_corenlps_feature_templates_but_its_occurrence_patterns() {
    // so the testa comparison below checks Lede's own shape templates, not CoreNLP's featuresC again
    assertThat(ShapeTemplates.coverAll(ledes.get(0).flags)).isTrue();
    assertThat(PairTemplates.coverAll(ledes.get(0).flags)).isTrue();
  }

  @Test
  void computes_the_features_corenlp_computes_on_conll_testa() throws Exception {
    int tokens = 0;
    for (List<String> s : testa()) {
      int[][][] theirs = coreNlp.documentToDataAndLabels(prepared(coreNlp, s)).first();
      for (ViterbiCrf lede : ledes) {
        int[][][] ours = lede.features(prepared(lede, s));
        assertThat(ours.length).isEqualTo(theirs.length);
        for (int i = 0; i < ours.length; i++) {
          for (int clique = 0; clique < 2; clique++) {
            assertThat(sorted(ours[i][clique])).as("%s, token %d, clique %d", String.join(" ", s), i, clique)
                .containsExactly(sorted(theirs[i][clique]));
          }
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
      List<String> expected = labels(coreNlp, s);
      for (ViterbiCrf lede : ledes) assertThat(labels(lede, s)).as(String.join(" ", s)).isEqualTo(expected);
      tokens += s.size();
    }
    assertThat(tokens).isGreaterThan(50_000);
  }

  @Test
  void a_damaged_model_file_is_read_from_corenlps_again_and_written_whole() throws Exception {
    Path file = cache.resolve("damaged.crf");
    byte[] whole = Files.readAllBytes(cache.resolve("model.crf"));
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThat(CrfModelFile.read(file)).isEmpty();

    ViterbiCrf crf = CrfRecognizer.load(CrfRecognizer.MODEL, file);

    List<String> words = List.of("Christine", "Lagarde", "spoke", "in", "Frankfurt", ".");
    assertThat(labels(crf, words)).isEqualTo(labels(coreNlp, words));
    assertThat(CrfModelFile.read(file)).as("the file written again").isPresent();
  }
}
