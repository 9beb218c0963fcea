package org.lede.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.Triple;
import edu.stanford.nlp.util.HashIndex;
import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's CRF with CoreNLP's features (computed by {@link CrfFeatures} with less work, to the same feature sets),
 * decoded by a plain Viterbi over the clique potentials.
 *
 * <p>CoreNLP decodes through a calibrated clique tree: forward-backward over every sentence to turn potentials into
 * conditional probabilities, then a generic best-sequence search that asks for them one label at a time. The product
 * of those conditionals along the chain is the joint probability, which is proportional to the exponent of the summed
 * potentials, so the best sequence is the same; this class finds it from the potentials directly, which is most of the
 * decoding time saved. It handles the configuration of the model Lede ships (one previous label, Viterbi, no Gibbs
 * sampling, no reversed order, no label dictionary) and refuses any other on load.
 *
 * <p>Thread-safe after loading: classification keeps its state on the stack.
 */
final class ViterbiCrf extends CRFClassifier<CoreLabel> {
  private int numClasses;
  private int background;
  /** Per feature, its weight for each labelling of the feature's clique. */
  private float[][] weights;
  /** Label of each single-token labelling index. */
  private int[] unary;
  /** For each pair labelling index: previous label * numClasses + label. */
  private int[] pairs;
  /** The features of each token, as CoreNLP's templates name them but without its per-token collections. */
  private CrfFeatures features;
  /** CoreNLP's serialization of the classifier without its large tables, kept when read from CoreNLP's file. */
  private transient byte[] shell;

  private ViterbiCrf() {
    super();
  }

  /** Reads CoreNLP's model file from the classpath. */
  @SuppressWarnings("unchecked")
  static ViterbiCrf load(String model) throws Exception {
    ViterbiCrf crf = new ViterbiCrf();
    crf.loadClassifier(model);
    crf.checkConfiguration();
    crf.shell = crf.shell();
    Index<String> index = (Index<String>) field("featureIndex").get(crf);
    List<String> names = new ArrayList<>(index.size());
    for (int i = 0; i < index.size(); i++) names.add(index.get(i));
    crf.prepare(PackedStrings.of(names), (float[][]) field("weights").get(crf),
        crf.flags.useDistSim ? WordClusters.of((Map<String, String>) lexicon(crf).get(crf.factory())) : null);
    return crf;
  }

  /** Reads the model from Lede's own file of it (see {@link CrfModelFile}). */
  static ViterbiCrf read(CrfModelFile.Contents model) throws Exception {
    ViterbiCrf crf = new ViterbiCrf();
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(model.shell()))) {
      crf.loadClassifier(in, null);
    }
    crf.checkConfiguration();
    crf.prepare(model.names(), model.weights(), model.clusters());
    return crf;
  }

  /**
   * This model as {@link CrfModelFile} saves it: CoreNLP's serialization of the classifier without its three large
   * tables, which go beside it as arrays. Only a model read from CoreNLP's file has it.
   */
  CrfModelFile.Contents contents() {
    if (shell == null) throw new IllegalStateException("the model was not read from CoreNLP's file");
    return new CrfModelFile.Contents(shell, features.names(), weights, features.clusters());
  }

  /**
   * CoreNLP's serialization of this classifier as read, with its feature index, weights and lexicon left out (they
   * are out of the classifier while it is written). Taken before {@link #prepare} gives the feature factory Lede's
   * word function, which is not serializable.
   */
  private byte[] shell() throws ReflectiveOperationException, java.io.IOException {
    Field index = field("featureIndex");
    Field weightsField = field("weights");
    Object savedIndex = index.get(this);
    Object savedWeights = weightsField.get(this);
    Field lexicon = lexicon(this);
    Object savedLexicon = lexicon.get(factory());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try {
      index.set(this, new HashIndex<String>());
      weightsField.set(this, new float[0][]);
      if (savedLexicon != null) lexicon.set(factory(), new java.util.HashMap<String, String>());
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        serializeClassifier(out);
      }
    } finally {
      index.set(this, savedIndex);
      weightsField.set(this, savedWeights);
      lexicon.set(factory(), savedLexicon);
    }
    return bytes.toByteArray();
  }

  private Object factory() {
    return featureFactories.get(0);
  }

  private static Field lexicon(ViterbiCrf crf) throws NoSuchFieldException {
    Field f = crf.featureFactories.get(0).getClass().getDeclaredField("lexicon");
    f.setAccessible(true);
    return f;
  }

  private void checkConfiguration() {
    if (flags.doGibbs || flags.useReverse || !"maxent".equalsIgnoreCase(flags.crfType) || windowSize != 2
        || (flags.inferenceType != null && !flags.inferenceType.equalsIgnoreCase("Viterbi"))
        || flags.useEmbedding || flags.nonLinearCRF) {
      throw new IllegalStateException("the NER model is not a first-order Viterbi CRF; Lede cannot decode it");
    }
    if (featureFactories.size() != 1) throw new IllegalStateException("the NER model does not use one feature factory");
  }

  @SuppressWarnings("unchecked")
  private void prepare(PackedStrings names, float[][] weights, WordClusters clusters)
      throws ReflectiveOperationException {
    // CoreNLP keeps the labelling indexes package-private; they are read once, here.
    List<Index<CRFLabel>> labelIndices = (List<Index<CRFLabel>>) field("labelIndices").get(this);
    this.weights = weights;
    numClasses = classIndex.size();
    background = classIndex.indexOf(flags.backgroundSymbol);
    if (labelIndices.size() != 2 || background < 0) {
      throw new IllegalStateException("the NER model's cliques are not single tokens and pairs");
    }
    if (weights.length != names.size()) throw new IllegalStateException("the NER model's weights and features differ");
    unary = new int[labelIndices.get(0).size()];
    for (int k = 0; k < unary.length; k++) unary[k] = labelIndices.get(0).get(k).getLabel()[0];
    pairs = new int[labelIndices.get(1).size()];
    for (int k = 0; k < pairs.length; k++) {
      int[] l = labelIndices.get(1).get(k).getLabel();
      pairs[k] = l[0] * numClasses + l[1];
    }
    features = new CrfFeatures(names, clusters, featureFactories, flags);
  }

  private static Field field(String name) throws NoSuchFieldException {
    Field f = CRFClassifier.class.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** Called by {@code classifySentence} after CoreNLP's own token preparation; labels the tokens in place. */
  @Override
  public List<CoreLabel> classify(List<CoreLabel> document) {
    if (document.isEmpty()) return document;
    int[][][] data = features.of(document, pad);
    int[] best = bestSequence(data);
    for (int i = 0; i < best.length; i++) {
      document.get(i).set(CoreAnnotations.AnswerAnnotation.class, classIndex.get(best[i]));
    }
    return document;
  }

  /** The feature indexes of a sentence already prepared by CoreNLP, as {@link #classify} computes them. */
  int[][][] features(List<CoreLabel> prepared) {
    return features.of(prepared, pad);
  }

  /**
   * CoreNLP's other ways into the model read the features here too: its factory no longer builds the word features
   * that {@link CrfFeatures} adds.
   */
  @Override
  public Triple<int[][][], int[], double[][][]> documentToDataAndLabels(List<CoreLabel> document) {
    int[] labels = new int[document.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = classIndex.indexOf(document.get(i).get(CoreAnnotations.AnswerAnnotation.class));
    }
    return new Triple<>(features.of(document, pad), labels, null);
  }

  /**
   * Viterbi over the potentials: a position's score for (previous, label) is the sum of its single-token features'
   * weights for label plus its pair features' weights for the pair; pairs never seen in training are impossible, as
   * in CoreNLP's factor tables. The label before the first token is the background label.
   */
  int[] bestSequence(int[][][] data) {
    int n = data.length;
    int c = numClasses;
    double[] pot = new double[c * c];
    double[] score = new double[c];
    double[] next = new double[c];
    int[][] back = new int[n][c];
    for (int i = 0; i < n; i++) {
      potentials(data[i], pot);
      for (int y = 0; y < c; y++) {
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestPrev = background;
        if (i == 0) {
          bestScore = pot[background * c + y];
        } else {
          for (int p = 0; p < c; p++) {
            double s = score[p] + pot[p * c + y];
            if (s > bestScore) {
              bestScore = s;
              bestPrev = p;
            }
          }
        }
        next[y] = bestScore;
        back[i][y] = bestPrev;
      }
      double[] t = score;
      score = next;
      next = t;
    }
    int y = 0;
    for (int k = 1; k < c; k++) if (score[k] > score[y]) y = k;
    int[] out = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      out[i] = y;
      y = back[i][y];
    }
    return out;
  }

  /**
   * Fills {@code pot[prev * c + label]} for one position. Each labelling's sum adds the features' weights in the order
   * the features are listed; walking features in the outer loop reads each feature's weights once, in one place.
   */
  private void potentials(int[][] features, double[] pot) {
    int c = numClasses;
    double[] unarySums = sums(features[0], unary.length);
    double[] pairSums = sums(features[1], pairs.length);
    java.util.Arrays.fill(pot, Double.NEGATIVE_INFINITY);
    double[] one = new double[c];
    java.util.Arrays.fill(one, Double.NEGATIVE_INFINITY);
    for (int k = 0; k < unary.length; k++) one[unary[k]] = unarySums[k];
    for (int k = 0; k < pairs.length; k++) {
      int pair = pairs[k];
      pot[pair] = pairSums[k] + one[pair % c];
    }
  }

  private double[] sums(int[] features, int labellings) {
    double[] s = new double[labellings];
    for (int f : features) {
      float[] w = weights[f];
      for (int k = 0; k < labellings; k++) s[k] += w[k];
    }
    return s;
  }
}
