package org.lede.entity;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.SeqClassifierFlags;

/**
 * The single-token features of CoreNLP's {@code featuresC} that {@link CrfFeatures} does not take from its word cache:
 * the word shapes of a token and its neighbours ({@code Xxxx-TYPE}, {@code x...Xxxx-PCTYPE}, …) and the shape after a
 * short previous or next word ({@code -PPW_CTYPE}, {@code -NNW_CTYPE}), named as {@code featuresC} names them.
 *
 * <p>{@code featuresC} is one method of 10 KB of bytecode, over the JIT's limit for huge methods (8,000 bytes): it is
 * never compiled and runs in the interpreter for every token of every sentence, however long the process runs. With
 * these templates here, and its occurrence patterns called on their own, CoreNLP's {@code featuresC} is not called at
 * all for a model whose other {@code featuresC} templates are off ({@link #coverAll}).
 *
 * <p>Thread-safe: immutable.
 */
final class ShapeTemplates {
  /** Where the names go, and the working space's caches of the features that name one shape or one word. */
  interface Names {
    /** Starts a name in a reused buffer. */
    StringBuilder name();

    /** Looks the name up and keeps its index, if the model has it. */
    void add(StringBuilder name);

    /** Keeps a feature index; -1, a feature the model lacks, is dropped. */
    void keep(int feature);

    /** CoreNLP's {@code getWord}: the word function's result for the token's text. */
    String cWord(CoreLabel token);

    /** The features naming {@code shape} alone, as {@link #shapeFeatures} finds them, from a cache. */
    int[] shape(String shape);

    /** The label-pair features naming the token's word alone, as {@link PairTemplates#wordFeatures} finds them. */
    int[] pairWord(CoreLabel token);

    /** The label-pair features naming {@code cluster} alone, as {@link PairTemplates#clusterFeatures} finds them. */
    int[] pairCluster(String cluster);
  }

  /** Positions in {@link #shapeFeatures}'s answer. */
  static final int TYPE = 0;
  static final int PREVIOUS_TYPE = 1;
  static final int NEXT_TYPE = 2;
  static final int PAIR_PREVIOUS_SHAPE = 3;
  static final int PAIR_SHAPE = 4;
  static final int PAIR_SHAPE_2 = 5;
  static final int PAIR_NEXT_SHAPE = 6;

  /** The features that name one shape alone, in either clique: -1 where the model lacks one. */
  static int[] shapeFeatures(String shape, PackedStrings names) {
    return new int[] {names.indexOf(shape + "-TYPE|C"), names.indexOf(shape + "-PTYPE|C"),
        names.indexOf(shape + "-NTYPE|C"), names.indexOf(shape + "-PSEQpS|CpC"), names.indexOf(shape + "-PSEQcS|CpC"),
        names.indexOf(shape + "-TPS2|CpC"), names.indexOf(shape + "-TNS1|CpC")};
  }

  private final boolean shapes;
  private final boolean typeSeqs;
  private final boolean lastRealWord;
  private final boolean nextRealWord;

  ShapeTemplates(SeqClassifierFlags flags) {
    shapes = flags.wordShape > WordShapeClassifier.NOWORDSHAPE || flags.useShapeStrings;
    typeSeqs = shapes && flags.useTypeSeqs;
    lastRealWord = flags.useLastRealWord;
    nextRealWord = flags.useNextRealWord;
  }

  /**
   * Whether these templates, the occurrence patterns and {@link CrfFeatures}'s own word features are all that
   * {@code featuresC} computes under {@code flags}: every other template it has is switched off. Any one on, and
   * {@link CrfFeatures} calls {@code featuresC} itself, slower and the same.
   */
  static boolean coverAll(SeqClassifierFlags f) {
    return f.useInternal && f.useExternal && !f.useBagOfWords && !f.useMoreTags && !f.useTitle2 && !f.use2W
        && !f.useLC && !f.useUnknown && !f.useLemmas && !f.usePrevNextLemmas && !f.checkNameList
        && f.binnedLengths == null && !f.useABGENE && !f.useABSTRFreqDict && !f.useABSTR && !f.useGENIA
        && !f.useWEBFreqDict && !f.useWEB && !f.useIsURL && !f.useEntityRule && !f.useEntityTypes
        && !f.useIsDateRange && !f.useABSTRFreq && !f.useFREQ && !f.usePosition && !f.useBeginSent && !f.useTags
        && !f.useOrdinal && !f.useEitherSideWord && !f.useWordPairs && !f.useSymTags && !f.useSymWordPairs
        && !f.useGazFeatures && !f.useMoreGazFeatures && !f.useAbbr && !f.useMinimalAbbr && !f.useAbbr1
        && !f.useMinimalAbbr1 && !f.useChunks && !f.usePrevVB && !f.useNextVB && !f.useVB
        && !f.useShapeConjunctions && !f.useWordTag && !f.useNPHead && !f.useNPGovernor && !f.useHeadGov
        && !f.useFirstWord && !f.useGazettes && !f.useUndirectedDisjunctive && !f.useWideDisjunctive
        && !f.useEitherSideDisjunctive && !f.useDisjShape && !f.useExtraTaggySequences && !f.useMUCFeatures
        && !f.twoStage && !f.useIfInteger && !f.useGenericFeatures && !f.useTopics && !f.useWordnetFeatures
        && !f.useProtoFeatures && !f.usePhraseWordTags && !f.usePhraseWords && !f.useCommonWordsFeature
        && !f.useRadical && (f.splitWordRegex == null || f.splitWordRegex.isEmpty()) && !f.useMoreNeighborNGrams
        && !f.useDisjunctiveShapeInteraction && !f.conjoinShapeNGrams
        && f.slashHyphenTreatment == SeqClassifierFlags.SlashHyphenEnum.NONE;
  }

  /** Adds the shape features of the token at {@code c}, between its two neighbours on each side (or the padding). */
  void add(CoreLabel p2, CoreLabel p, CoreLabel c, CoreLabel n, CoreLabel n2, Names out) {
    String cShape = shape(c);
    if (shapes) out.keep(out.shape(cShape)[TYPE]);
    if (typeSeqs) {
      String pShape = shape(p);
      String nShape = shape(n);
      out.keep(out.shape(pShape)[PREVIOUS_TYPE]);
      out.keep(out.shape(nShape)[NEXT_TYPE]);
      out.add(out.name().append(out.cWord(p)).append("...").append(cShape).append("-PW_CTYPE|C"));
      out.add(out.name().append(cShape).append("...").append(out.cWord(n)).append("-NW_CTYPE|C"));
      out.add(out.name().append(pShape).append("...").append(cShape).append("-PCTYPE|C"));
      out.add(out.name().append(cShape).append("...").append(nShape).append("-CNTYPE|C"));
      out.add(out.name().append(pShape).append("...").append(cShape).append("...").append(nShape).append("-PCNTYPE|C"));
    }
    if (lastRealWord && out.cWord(p).length() <= 3) {
      out.add(out.name().append(out.cWord(p2)).append("...").append(cShape).append("-PPW_CTYPE|C"));
    }
    if (nextRealWord && out.cWord(n).length() <= 3) {
      out.add(out.name().append(out.cWord(n2)).append("...").append(cShape).append("-NNW_CTYPE|C"));
    }
  }

  static String shape(CoreLabel token) {
    return token.getString(CoreAnnotations.ShapeAnnotation.class);
  }
}
