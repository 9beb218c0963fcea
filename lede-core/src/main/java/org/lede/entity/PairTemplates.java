package org.lede.entity;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.SeqClassifierFlags;

/**
 * The label-pair features of CoreNLP's {@code featuresCpC}, named as it names them ({@code PSEQ}, {@code Paris-PSEQW},
 * {@code in-Paris-PSEQW2}, {@code Xx-PSEQcS}, {@code x-Xx-TYPES} …), for a model whose other pair templates are off
 * ({@link #coverAll}).
 *
 * <p>CoreNLP builds every name as a new string and hashes it; here a feature that names one word, one cluster or one
 * shape is looked up once per working space and remembered (through {@link ShapeTemplates.Names}), and only the names
 * of two words, two clusters or two shapes are built per token, in a reused buffer.
 *
 * <p>Thread-safe: immutable.
 */
final class PairTemplates {
  private final boolean sequences;
  private final boolean distSim;
  private final boolean shapes;
  private final boolean typeSeqs2;
  private final boolean typeySequences;
  /** The index of {@code PSEQ|CpC}, or -1. */
  private final int pseq;

  PairTemplates(SeqClassifierFlags flags, PackedStrings names) {
    sequences = flags.usePrev && flags.useSequences && flags.usePrevSequences;
    distSim = flags.useDistSim;
    shapes = flags.wordShape > WordShapeClassifier.NOWORDSHAPE || flags.useShapeStrings;
    typeSeqs2 = shapes && flags.useTypeSeqs && flags.useTypeSeqs2;
    typeySequences = flags.useTypeySequences;
    pseq = names.indexOf("PSEQ|CpC");
  }

  /** Whether {@code featuresCpC} computes these templates alone under {@code flags}. */
  static boolean coverAll(SeqClassifierFlags f) {
    return f.useInternal && f.useExternal && !f.noEdgeFeature && !f.transitionEdgeOnly && !f.useNeighborNGrams
        && !f.useOrdinal && !f.useAbbr && !f.useMinimalAbbr && !f.useAbbr1 && !f.useMinimalAbbr1
        && !f.useChunkySequences && !f.strictGoodCoNLL && !f.useTypeSeqs3 && !f.useYetMoreCpCShapes
        && !f.useTaggySequences && !f.useParenMatching && !f.useEntityTypeSequences && !f.useURLSequences;
  }

  /** The pair features naming one word: {@code word-PSEQW} (as the token's) and {@code word-PSEQpW} (as the previous). */
  static int[] wordFeatures(String cWord, PackedStrings names) {
    return new int[] {names.indexOf(cWord + "-PSEQW|CpC"), names.indexOf(cWord + "-PSEQpW|CpC")};
  }

  /** The pair features naming one cluster: as the previous token's ({@code -PSEQpDS}) and the token's ({@code -PSEQcDS}). */
  static int[] clusterFeatures(String cluster, PackedStrings names) {
    return new int[] {names.indexOf(cluster + "-PSEQpDS|CpC"), names.indexOf(cluster + "-PSEQcDS|CpC")};
  }

  /** Adds the features of the label pair ending at {@code c}. */
  void add(CoreLabel p, CoreLabel c, CoreLabel n, ShapeTemplates.Names out) {
    String cShape = ShapeTemplates.shape(c);
    String pShape = ShapeTemplates.shape(p);
    if (sequences) {
      out.keep(pseq);
      out.keep(out.pairWord(c)[0]);
      out.add(out.name().append(out.cWord(p)).append('-').append(out.cWord(c)).append("-PSEQW2|CpC"));
      out.keep(out.pairWord(p)[1]);
      if (distSim) {
        // featuresCpC reads the clusters with getString: the padding's missing one is ""
        String pDs = p.getString(CoreAnnotations.DistSimAnnotation.class);
        String cDs = c.getString(CoreAnnotations.DistSimAnnotation.class);
        out.keep(out.pairCluster(pDs)[0]);
        out.keep(out.pairCluster(cDs)[1]);
        out.add(out.name().append(pDs).append('-').append(cDs).append("-PSEQpcDS|CpC"));
      }
      if (shapes) {
        out.keep(out.shape(pShape)[ShapeTemplates.PAIR_PREVIOUS_SHAPE]);
        out.keep(out.shape(cShape)[ShapeTemplates.PAIR_SHAPE]);
      }
    }
    if (typeSeqs2) out.add(out.name().append(pShape).append('-').append(cShape).append("-TYPES|CpC"));
    if (typeySequences) {
      out.keep(out.shape(cShape)[ShapeTemplates.PAIR_SHAPE_2]);
      // with get, not getString: a missing shape (the padding's) is written "null"
      out.keep(out.shape(String.valueOf(n.get(CoreAnnotations.ShapeAnnotation.class)))[ShapeTemplates.PAIR_NEXT_SHAPE]);
    }
  }
}
