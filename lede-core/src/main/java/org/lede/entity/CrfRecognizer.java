package org.lede.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Stanford CoreNLP's CoNLL four-class CRF, called directly on Lede's tokens (not through the CoreNLP pipeline, whose
 * tagging stages would cost far more than the CRF itself).
 *
 * <p>{@link CrfFeatures} computes CoreNLP's features with less work and {@link ViterbiCrf} decodes them, faster than
 * CoreNLP's clique tree and to the same labels. The model is loaded once, on first use, by the class-holder idiom.
 * Classification shares the one model and is thread-safe: per-call state is on the stack or in a working space that
 * one call borrows at a time.
 */
final class CrfRecognizer implements Recognizer {

  /** The one model file the runnable jar must carry from the CoreNLP models jar. */
  static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  static final CrfRecognizer INSTANCE = new CrfRecognizer();

  private CrfRecognizer() {}

  static final class Holder {
    static final CRFClassifier<CoreLabel> CLASSIFIER = load();

    private static CRFClassifier<CoreLabel> load() {
      try {
        return CrfRecognizer.load(MODEL, CrfModelFile.location(MODEL).orElse(null));
      } catch (Exception e) {
        throw new IllegalStateException("cannot load the NER model " + MODEL + " from the classpath", e);
      }
    }
  }

  /**
   * The model from Lede's file of it when there is one ({@code saved}), else from CoreNLP's file on the classpath,
   * which then is saved there for the next process. A file that cannot be written costs only that saving.
   */
  static ViterbiCrf load(String model, java.nio.file.Path saved) throws Exception {
    if (saved != null) {
      var contents = CrfModelFile.read(saved);
      if (contents.isPresent()) return ViterbiCrf.read(contents.get());
    }
    ViterbiCrf crf = ViterbiCrf.load(model);
    if (saved != null) {
      try {
        CrfModelFile.write(saved, crf.contents());
      } catch (java.io.IOException e) {
        // a read-only or full cache directory: the next process reads CoreNLP's file again
      }
    }
    return crf;
  }

  /** Loads the model now, if no one has yet; returns when it is loaded. */
  static void loadModel() {
    java.util.Objects.requireNonNull(Holder.CLASSIFIER);
  }

  @Override
  public EntityType[] label(List<Token> sentence) {
    List<CoreLabel> words = new ArrayList<>(sentence.size());
    for (Token t : sentence) {
      CoreLabel l = new CoreLabel();
      String w = normalize(t.text());
      l.setWord(w);
      l.setValue(w);
      l.setOriginalText(t.text());
      words.add(l);
    }
    List<CoreLabel> out = Holder.CLASSIFIER.classifySentence(words);
    EntityType[] labels = new EntityType[sentence.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = EntityType.fromLabel(out.get(i).get(CoreAnnotations.AnswerAnnotation.class));
    }
    return labels;
  }

  /**
   * The longest word the recognizer reads whole. Its features include every prefix and suffix of a word, so a
   * 200,000-character "word" (a pasted blob) would cost the square of its length; no name is this long.
   */
  static final int MAX_WORD = 64;

  /**
   * The model was trained on ASCII Reuters text: typographic quotes and dashes become their ASCII forms; a word
   * longer than {@link #MAX_WORD} is read as its first characters.
   */
  static String normalize(String w) {
    if (w.length() > MAX_WORD) w = w.substring(0, MAX_WORD);
    boolean plain = true;
    for (int i = 0; i < w.length() && plain; i++) plain = w.charAt(i) < 128;
    if (plain) return w;
    return w.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
        .replace('–', '-').replace('—', '-');
  }
}
