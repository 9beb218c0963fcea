package org.lede.entity;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.PaddedList;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The model's feature indexes for each token of a sentence: the same set CoreNLP's {@code documentToDataAndLabels}
 * gives, reached with less work.
 *
 * <p>CoreNLP names every feature of a token as a string ({@code "Paris-WORD|C"}), gathers the names in a fresh hash
 * set per token and clique, copies them to a list, and only then looks each name up in the model's feature index,
 * dropping names the model never saw. Here CoreNLP's own feature templates still write the names (so which features
 * fire cannot drift from CoreNLP's), but into a collector that looks each name up as it arrives and keeps the index
 * once: the same set of indexes, without the set, the list and the second hashing of every name.
 *
 * <p>The letter n-grams of a word (for "Paris": {@code #<P#}, {@code #<Pa#} … and {@code #s>#}, {@code #is>#} …,
 * about two per letter and a third of all features) depend on the word alone, so they are not rebuilt per token:
 * CoreNLP's feature factory is given a copy of the model's flags with n-grams off, and this class adds the n-gram
 * indexes from a bounded per-thread cache keyed by the word, computed on a miss exactly as CoreNLP's
 * {@code featuresC} does for the shipped configuration (prefixes and suffixes of {@code <word>} of at least two
 * characters, no middle n-grams). Construction refuses any other n-gram configuration. A token's indexes may come
 * in another order than CoreNLP's, which only changes the order in which {@link ViterbiCrf} adds their weights.
 *
 * <p>Thread-safe: the model and the factory are only read; scratch space and the n-gram cache are per thread.
 */
final class CrfFeatures {
  /** Distinct words whose n-gram indexes a thread remembers; news text reuses far fewer. */
  private static final int CACHED_WORDS = 16_384;

  private final Index<String> featureIndex;
  private final NERFeatureFactory<CoreLabel> factory;
  private final MethodHandle featuresC;
  private final MethodHandle featuresCpC;
  private final MethodHandle featuresCnC;
  private final Function<String, String> wordFunction;
  private final int maxNGramLeng;
  private final ThreadLocal<Scratch> scratch;

  @SuppressWarnings("unchecked")
  CrfFeatures(Index<String> featureIndex, List<FeatureFactory<CoreLabel>> factories, SeqClassifierFlags flags)
      throws ReflectiveOperationException {
    if (factories.size() != 1 || !(factories.get(0) instanceof NERFeatureFactory)) {
      throw new IllegalStateException("the NER model does not use one NERFeatureFactory");
    }
    if (flags.useNGrams && (!flags.noMidNGrams || flags.lowercaseNGrams || flags.dehyphenateNGrams
        || flags.greekifyNGrams || flags.conjoinShapeNGrams || !flags.useInternal || !flags.useExternal)) {
      throw new IllegalStateException("the NER model's letter n-grams are not prefixes and suffixes of the word");
    }
    this.featureIndex = featureIndex;
    this.factory = (NERFeatureFactory<CoreLabel>) factories.get(0);
    this.featuresC = method("featuresC");
    this.featuresCpC = method("featuresCpC");
    this.featuresCnC = method("featuresCnC");
    this.wordFunction = flags.wordFunction;
    this.maxNGramLeng = flags.useNGrams ? flags.maxNGramLeng : Integer.MIN_VALUE;
    if (flags.useNGrams) withoutNGrams(factory, flags);
    int features = featureIndex.size();
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(features));
  }

  private static MethodHandle method(String name) throws ReflectiveOperationException {
    // CoreNLP's per-clique templates are protected; getCliqueFeatures, the public door, builds a hash set per call.
    Method m = NERFeatureFactory.class.getDeclaredMethod(name, PaddedList.class, int.class, Collectors.TYPE);
    m.setAccessible(true);
    return MethodHandles.lookup().unreflect(m);
  }

  /** Points the factory at a copy of the flags with n-grams off; the classifier keeps the original flags. */
  private static void withoutNGrams(NERFeatureFactory<CoreLabel> factory, SeqClassifierFlags flags)
      throws ReflectiveOperationException {
    SeqClassifierFlags copy = new SeqClassifierFlags();
    for (Field f : SeqClassifierFlags.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) continue;
      f.setAccessible(true);
      f.set(copy, f.get(flags));
    }
    copy.useNGrams = false;
    Field f = FeatureFactory.class.getDeclaredField("flags");
    f.setAccessible(true);
    f.set(factory, copy);
  }

  /**
   * Feature indexes of each token of a prepared sentence (CoreNLP's word shapes and answers already set):
   * {@code [token][0]} for the token alone, {@code [token][1]} for the token with the previous label.
   */
  int[][][] of(List<CoreLabel> sentence, CoreLabel pad) {
    Scratch s = scratch.get();
    PaddedList<CoreLabel> padded = new PaddedList<>(sentence, pad);
    String domain = padded.get(0).get(CoreAnnotations.DomainAnnotation.class);
    Collectors.setDomain(s.collector, domain);
    int[][][] data = new int[sentence.size()][][];
    try {
      for (int loc = 0; loc < data.length; loc++) {
        s.start();
        featuresC.invoke(factory, padded, loc, s.collector);
        if (maxNGramLeng != Integer.MIN_VALUE) {
          for (int f : s.nGrams(sentence.get(loc).getString(CoreAnnotations.TextAnnotation.class))) s.keep(f);
        }
        int[] single = s.take();
        s.start();
        featuresCpC.invoke(factory, padded, loc, s.collector);
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

  /** Letter n-gram feature indexes of a word as CoreNLP's featuresC names them ({@code #<Pa#|C}). */
  private int[] nGramIndexes(String text) {
    String cWord = wordFunction == null ? text : wordFunction.apply(text);
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

  /** Reaches CoreNLP's collector, a protected type of its feature factory; never used as a factory. */
  private static final class Collectors extends NERFeatureFactory<CoreLabel> {
    private static final long serialVersionUID = 1L;
    static final Class<?> TYPE = FeatureCollector.class;

    static Object over(Set<String> sink) {
      return new FeatureCollector(sink);
    }

    static void setDomain(Object collector, String domain) {
      ((FeatureCollector) collector).setDomain(domain);
    }
  }

  /** One thread's working space: the collector CoreNLP writes names into, and the indexes kept so far. */
  private final class Scratch {
    final Object collector = Collectors.over(new Sink());
    /** Per feature, the clique (numbered per thread) in which it was last kept: a set cleared in constant time. */
    final int[] keptIn;
    int clique;
    int[] kept = new int[128];
    int size;
    final Map<String, int[]> nGrams = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
        return size() > CACHED_WORDS;
      }
    };

    Scratch(int features) {
      keptIn = new int[features];
    }

    void start() {
      size = 0;
      if (++clique == Integer.MAX_VALUE) {
        Arrays.fill(keptIn, 0);
        clique = 1;
      }
    }

    void keep(int f) {
      if (keptIn[f] == clique) return;
      keptIn[f] = clique;
      if (size == kept.length) kept = Arrays.copyOf(kept, 2 * size);
      kept[size++] = f;
    }

    int[] take() {
      return Arrays.copyOf(kept, size);
    }

    int[] nGrams(String text) {
      return nGrams.computeIfAbsent(text, CrfFeatures.this::nGramIndexes);
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
