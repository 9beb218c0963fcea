package org.lede.entity;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.PaddedList;
import java.lang.invoke.MethodHandle;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The model's feature indexes for each token of a sentence: the same set CoreNLP's {@code documentToDataAndLabels}
 * gives, reached with less work.
 *
 * <p>CoreNLP names every feature of a token as a string ({@code "Paris-WORD|C"}), gathers the names in a fresh hash
 * set per token and clique, copies them to a list, and only then looks each name up in the model's feature index,
 * dropping names the model never saw. Two things change here; what the features are does not.
 *
 * <ol>
 *   <li>CoreNLP's own templates still write the names of the features that involve several tokens (the previous
 *       word with the current shape, label-pair features and so on), but into a collector that looks each name up as
 *       it arrives, in an open-addressing table of the model's names, and keeps the index once: the same set of
 *       indexes, without the set, the list and the second hashing of every name.
 *   <li>Features that name one word are not rebuilt per token: the word itself ({@code Paris-WORD}), the previous and
 *       next words ({@code -PW}, {@code -NW}), each of the four words on either side ({@code -DISJN}, {@code -DISJP}),
 *       the word's letter n-grams ({@code #<P#}, {@code #<Pa#} … {@code #s>#}: about two per letter, a third of all
 *       features), the title feature ({@code Mr.}), the one every token has, and the distributional-similarity
 *       cluster of the token and its neighbours ({@code -DISTSIM}, {@code -PDISTSIM}, {@code -NDISTSIM}). A copy of
 *       CoreNLP's factory writes the other single-token features, with flags that turn those templates off (each of
 *       those flags gates, in {@code featuresC}, only these templates or ones the constructor checks are off); the
 *       original factory writes the label-pair features with the model's flags. This class adds the indexes from a
 *       bounded cache keyed by the token's text, filled on a miss with the names {@code featuresC} builds. The same
 *       cache holds the word function's result (Americanize, which CoreNLP applies each time a template reads a word)
 *       and the word's cluster, set on the tokens as CoreNLP's {@code distSimAnnotate} sets it. Construction refuses
 *       a configuration whose templates differ.
 *   <li>The rest of the single-token features, the word shapes of the token and its neighbours, come from
 *       {@link ShapeTemplates}, and the occurrence patterns from CoreNLP's own method for them: CoreNLP's
 *       {@code featuresC}, too large for the JIT to compile, is not called (unless the model has templates these do
 *       not cover). Those names are built in a reused buffer and looked up without becoming strings.
 * </ol>
 *
 * <p>{@code ViterbiCrfTest} checks that the set of indexes equals CoreNLP's for every token of CoNLL testa, and the
 * labels too. The indexes may come in another order than CoreNLP's, which only changes the order in which
 * {@link ViterbiCrf} adds their weights.
 *
 * <p>Thread-safe once constructed: the model, the factories and the name table are only read. Each call borrows a
 * working space (scratch arrays and a word cache) from a pool and returns it, so there are as many as there have
 * been concurrent callers (the ingest workers), not one per thread that ever called.
 */
final class CrfFeatures {
  /** Distinct words whose features a working space remembers; a day of news uses fewer. */
  private static final int CACHED_WORDS = 16_384;

  private final PackedStrings featureIndex;
  /** CoreNLP's factory for the label-pair features, reading the model's flags (with the remembered word function). */
  private final NERFeatureFactory<CoreLabel> factory;
  /** A copy of it for the single-token features, with the templates this class computes turned off. */
  private final NERFeatureFactory<CoreLabel> singleFactory;
  private final MethodHandle featuresC;
  /** CoreNLP's occurrence patterns, called without the rest of featuresC; null when the model has none. */
  private final MethodHandle occurrencePatterns;
  /** The shape templates of featuresC, or null when featuresC computes more than these and is called itself. */
  private final ShapeTemplates shapes;
  /** The label-pair templates of featuresCpC, or null when featuresCpC computes more than these and is called itself. */
  private final PairTemplates pairs;
  private final MethodHandle featuresCpC;
  private final MethodHandle featuresCnC;
  private final Function<String, String> wordFunction;
  /** CoreNLP's distributional-similarity clusters by normalised word, or null when the model does not use them. */
  private final WordClusters clusters;
  private final SeqClassifierFlags flags;
  private final int maxNGramLeng;
  private final boolean useWord;
  private final boolean usePrev;
  private final boolean useNext;
  private final boolean useNGrams;
  private final int disjunctionWidth;
  /** CoreNLP's title pattern ({@code Mr}, {@code Dr.} …), or null when the model has no title feature. */
  private final Pattern title;
  /** The index of the feature every token has, or -1. */
  private final int classFeature;
  private final int features;
  /** Idle working spaces, most recently used first (its word cache is the warmest). */
  private final Deque<Scratch> idle = new ConcurrentLinkedDeque<>();
  /** The working space of the call in progress on this thread, for the word function CoreNLP calls back. */
  private final ThreadLocal<Scratch> current = new ThreadLocal<>();

  /**
   * @param featureIndex the model's feature names, at their indexes
   * @param clusters     the model's word clusters (CoreNLP's factory may hold none: a model file keeps them apart)
   */
  @SuppressWarnings("unchecked")
  CrfFeatures(PackedStrings featureIndex, WordClusters clusters, List<FeatureFactory<CoreLabel>> factories,
      SeqClassifierFlags flags) throws ReflectiveOperationException {
    if (factories.size() != 1 || !(factories.get(0) instanceof NERFeatureFactory)) {
      throw new IllegalStateException("the NER model does not use one NERFeatureFactory");
    }
    if (flags.useNGrams && (!flags.noMidNGrams || flags.lowercaseNGrams || flags.dehyphenateNGrams
        || flags.greekifyNGrams || flags.conjoinShapeNGrams || flags.cacheNGrams)) {
      throw new IllegalStateException("the NER model's letter n-grams are not prefixes and suffixes of the word");
    }
    if (!flags.useInternal || !flags.useExternal || flags.useTitle2 || flags.useDisjunctiveShapeInteraction
        || flags.slashHyphenTreatment != SeqClassifierFlags.SlashHyphenEnum.NONE || flags.useTags || flags.useIsURL
        || flags.useEntityTypes) {
      throw new IllegalStateException("the NER model's word features are not the ones Lede computes");
    }
    this.featureIndex = featureIndex;
    this.factory = (NERFeatureFactory<CoreLabel>) factories.get(0);
    this.featuresC = CoreNlpFactories.method("featuresC");
    this.shapes = ShapeTemplates.coverAll(flags) ? new ShapeTemplates(flags) : null;
    this.occurrencePatterns = flags.useOccurrencePatterns ? CoreNlpFactories.method("occurrencePatterns") : null;
    this.pairs = PairTemplates.coverAll(flags) ? new PairTemplates(flags, featureIndex) : null;
    this.featuresCpC = CoreNlpFactories.method("featuresCpC");
    this.featuresCnC = CoreNlpFactories.method("featuresCnC");
    this.wordFunction = flags.wordFunction;
    this.flags = flags;
    if (flags.useDistSim && clusters == null) throw new IllegalStateException("the NER model's word clusters are missing");
    this.clusters = flags.useDistSim ? clusters : null;
    this.useWord = flags.useWord;
    this.useNGrams = flags.useNGrams;
    this.maxNGramLeng = flags.maxNGramLeng;
    this.disjunctionWidth = flags.useDisjunctive ? flags.disjunctionWidth : 0;
    this.title = flags.useTitle ? (Pattern) CoreNlpFactories.declared("titlePattern").get(factory) : null;
    this.classFeature = flags.useClassFeature ? featureIndex.indexOf("###|C") : -1;
    this.usePrev = flags.usePrev;
    this.useNext = flags.useNext;
    Function<String, String> remembered = wordFunction == null ? null : this::rememberedWord;
    this.singleFactory = CoreNlpFactories.copyOf(factory);
    CoreNlpFactories.useFlags(singleFactory, CoreNlpFactories.withoutWordTemplates(flags, remembered));
    CoreNlpFactories.useFlags(factory, CoreNlpFactories.withRememberedWords(flags, remembered));
    this.features = featureIndex.size();
  }

  PackedStrings names() {
    return featureIndex;
  }

  WordClusters clusters() {
    return clusters;
  }

  /**
   * Feature indexes of each token of a prepared sentence (CoreNLP's word shapes and answers already set):
   * {@code [token][0]} for the token alone, {@code [token][1]} for the token with the previous label.
   */
  int[][][] of(List<CoreLabel> sentence, CoreLabel pad) {
    Scratch s = idle.pollFirst();
    if (s == null) s = new Scratch(features);
    current.set(s);
    try {
      return of(sentence, pad, s);
    } finally {
      current.remove();
      idle.offerFirst(s);
    }
  }

  private int[][][] of(List<CoreLabel> sentence, CoreLabel pad, Scratch s) {
    PaddedList<CoreLabel> padded = new PaddedList<>(sentence, pad);
    String domain = padded.get(0).get(CoreAnnotations.DomainAnnotation.class);
    CoreNlpFactories.Collectors.setDomain(s.collector, domain);
    int[][][] data = new int[sentence.size()][][];
    if (clusters != null) {
      // What CoreNLP's distSimAnnotate does on its first call, which then finds the tokens annotated and returns.
      for (CoreLabel token : sentence) {
        if (token.containsKey(CoreAnnotations.DistSimAnnotation.class)) break;
        token.set(CoreAnnotations.DistSimAnnotation.class, s.word(token).distSim);
      }
    }
    try {
      for (int loc = 0; loc < data.length; loc++) {
        s.start();
        CoreLabel token = padded.get(loc);
        if (shapes != null && domain == null) {
          CoreNlpFactories.Collectors.setSuffix(s.collector, "C");
          shapes.add(padded.get(loc - 2), padded.get(loc - 1), token, padded.get(loc + 1), padded.get(loc + 2), s);
          if (occurrencePatterns != null) occurrencePatterns.invoke(singleFactory, padded, loc, s.collector);
        } else {
          featuresC.invoke(singleFactory, padded, loc, s.collector);
        }
        WordFeatures c = s.word(token);
        if (c.word >= 0) s.keep(c.word);
        if (clusters != null) s.keep(s.cluster(token).own);
        if (usePrev) {
          CoreLabel p = padded.get(loc - 1);
          s.keep(s.word(p).previous);
          if (clusters != null) s.keep(s.cluster(p).previous);
        }
        if (useNext) {
          CoreLabel n = padded.get(loc + 1);
          s.keep(s.word(n).next);
          if (clusters != null) s.keep(s.cluster(n).next);
        }
        if (c.title >= 0) s.keep(c.title);
        if (classFeature >= 0) s.keep(classFeature);
        for (int i = 1; i <= disjunctionWidth; i++) {
          WordFeatures next = s.word(padded.get(loc + i));
          if (next.disjN >= 0) s.keep(next.disjN);
          WordFeatures previous = s.word(padded.get(loc - i));
          if (previous.disjP >= 0) s.keep(previous.disjP);
        }
        for (int f : c.nGrams) s.keep(f);
        int[] single = s.take();
        s.start();
        if (pairs != null && domain == null) {
          pairs.add(padded.get(loc - 1), token, padded.get(loc + 1), s);
        } else {
          featuresCpC.invoke(factory, padded, loc, s.collector);
        }
        featuresCnC.invoke(factory, padded, loc - 1, s.collector);
        data[loc] = new int[][] {single, s.take()};
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("CoreNLP's feature templates failed", t);
    }
    return data;
  }

  /** One word's features as CoreNLP names them; an index is -1 where the model has no such feature. */
  private record WordFeatures(String cWord, String distSim, int word, int title, int previous, int next, int disjN,
      int disjP, int[] nGrams, int[] pairWord) {}

  /** The features naming a token's cluster, for the token itself, as the previous and as the next token. */
  private record ClusterFeatures(int own, int previous, int next) {}

  private ClusterFeatures clusterFeatures(String cluster) {
    return new ClusterFeatures(featureIndex.indexOf(cluster + "-DISTSIM|C"),
        featureIndex.indexOf(cluster + "-PDISTSIM|C"), featureIndex.indexOf(cluster + "-NDISTSIM|C"));
  }

  private WordFeatures wordFeatures(String text) {
    String cWord = wordFunction == null ? text : wordFunction.apply(text);
    return new WordFeatures(cWord, clusters == null ? null : cluster(cWord),
        useWord ? featureIndex.indexOf(cWord + "-WORD|C") : -1,
        title != null && title.matcher(cWord).matches() ? featureIndex.indexOf("IS_TITLE|C") : -1,
        usePrev ? featureIndex.indexOf(cWord + "-PW|C") : -1,
        useNext ? featureIndex.indexOf(cWord + "-NW|C") : -1,
        disjunctionWidth > 0 ? featureIndex.indexOf(cWord + "-DISJN|C") : -1,
        disjunctionWidth > 0 ? featureIndex.indexOf(cWord + "-DISJP|C") : -1,
        useNGrams ? nGramIndexes(cWord) : new int[0],
        pairs == null ? null : PairTemplates.wordFeatures(cWord, featureIndex));
  }

  /** The word function's result for a token's text, from this thread's word cache. */
  private String rememberedWord(String text) {
    return current.get().word(text).cWord;
  }

  /** The word's distributional-similarity cluster, found as CoreNLP's distSimAnnotate finds it. */
  private String cluster(String cWord) {
    String w = flags.casedDistSim ? cWord : cWord.toLowerCase();
    if (flags.numberEquivalenceDistSim) w = WordShapeClassifier.wordShape(w, WordShapeClassifier.WORDSHAPEDIGITS);
    String cluster = clusters.get(w);
    return cluster == null ? flags.unknownWordDistSimClass : cluster;
  }

  /** Letter n-gram feature indexes of a word ({@code #<Pa#|C}), as featuresC makes them with noMidNGrams. */
  private int[] nGramIndexes(String cWord) {
    String word = '<' + cWord + '>';
    int len = word.length();
    int[] out = new int[2 * len];
    int n = 0;
    int max = maxNGramLeng >= 0 ? Math.min(maxNGramLeng, len) : len;
    for (int j = 2; j <= max; j++) n = add(out, n, '#' + word.substring(0, j) + "#|C");
    int start = maxNGramLeng >= 0 ? Math.max(0, len - maxNGramLeng) : 0;
    for (int i = start; i < len - 1; i++) n = add(out, n, '#' + word.substring(i) + "#|C");
    return Arrays.copyOf(out, n);
  }

  private int add(int[] out, int n, String feature) {
    int f = featureIndex.indexOf(feature);
    if (f >= 0) out[n++] = f;
    return n;
  }

  /** One thread's working space: the collector CoreNLP writes names into, and the indexes kept so far. */
  private final class Scratch implements ShapeTemplates.Names {
    final Object collector = CoreNlpFactories.Collectors.over(new Sink());
    /** Per feature, the clique (numbered per working space) in which it was last kept: a set cleared at once. */
    final int[] keptIn;
    int clique;
    int[] kept = new int[128];
    int size;
    /**
     * Cleared when full rather than kept in access order: an access-ordered map relinks an entry on every hit, and
     * most lookups are hits (a news text's words are mostly ones seen before).
     */
    final Map<String, WordFeatures> words = new HashMap<>(2 * CACHED_WORDS);

    Scratch(int features) {
      keptIn = new int[features];
    }

    private final StringBuilder name = new StringBuilder(64);

    @Override
    public StringBuilder name() {
      name.setLength(0);
      return name;
    }

    @Override
    public void add(StringBuilder name) {
      keep(featureIndex.indexOf(name));
    }

    @Override
    public String cWord(CoreLabel token) {
      return word(token).cWord;
    }

    /** Features naming one shape or one cluster; a few hundred of each, bounded all the same. */
    private final Map<String, int[]> byShape = new HashMap<>();
    private final Map<String, int[]> byPairCluster = new HashMap<>();

    @Override
    public int[] shape(String shape) {
      return remembered(byShape, shape, ShapeTemplates::shapeFeatures);
    }

    @Override
    public int[] pairWord(CoreLabel token) {
      return word(token).pairWord;
    }

    @Override
    public int[] pairCluster(String cluster) {
      return remembered(byPairCluster, cluster, PairTemplates::clusterFeatures);
    }

    private int[] remembered(Map<String, int[]> cache, String key, BiFunction<String, PackedStrings, int[]> find) {
      int[] f = cache.get(key);
      if (f == null) {
        if (cache.size() >= CACHED_WORDS) cache.clear();
        f = find.apply(key, featureIndex);
        cache.put(key, f);
      }
      return f;
    }

    void start() {
      size = 0;
      if (++clique == Integer.MAX_VALUE) {
        Arrays.fill(keptIn, 0);
        clique = 1;
      }
    }

    /** Keeps a feature index once per clique; -1, a feature the model lacks, is dropped. */
    @Override
    public void keep(int f) {
      if (f < 0 || keptIn[f] == clique) return;
      keptIn[f] = clique;
      if (size == kept.length) kept = Arrays.copyOf(kept, 2 * size);
      kept[size++] = f;
    }

    int[] take() {
      return Arrays.copyOf(kept, size);
    }

    /** The clusters' features, by cluster; CoreNLP writes the padding's missing cluster as "null". */
    final Map<String, ClusterFeatures> byCluster = new HashMap<>();

    ClusterFeatures cluster(CoreLabel token) {
      String cluster = String.valueOf(token.get(CoreAnnotations.DistSimAnnotation.class));
      return byCluster.computeIfAbsent(cluster, CrfFeatures.this::clusterFeatures);
    }

    /** The token's word features, keyed by its text: CoreNLP's getWord is the word function of the text. */
    WordFeatures word(CoreLabel token) {
      return word(token.getString(CoreAnnotations.TextAnnotation.class));
    }

    WordFeatures word(String text) {
      WordFeatures w = words.get(text);
      if (w == null) {
        if (words.size() >= CACHED_WORDS) words.clear();
        w = wordFeatures(text);
        words.put(text, w);
      }
      return w;
    }

    /** The set CoreNLP's collector adds names to: each name is looked up at once and only its index kept. */
    private final class Sink extends AbstractSet<String> {
      @Override
      public boolean add(String feature) {
        int f = featureIndex.indexOf(feature);
        if (f >= 0) keep(f);
        return f >= 0;
      }

      @Override
      public Iterator<String> iterator() {
        throw new UnsupportedOperationException("feature names are not kept");
      }

      @Override
      public int size() {
        return size;
      }
    }
  }
}
