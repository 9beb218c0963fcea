package org.lede.entity;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.PaddedList;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.function.Function;

/**
 * What {@link CrfFeatures} reaches inside CoreNLP's feature factory, which keeps it protected or private: its
 * per-clique templates as method handles, its collector type, and copies of the factory and its flags with some
 * templates switched off or the word function replaced. Each is reached by reflection once, when the model loads.
 */
final class CoreNlpFactories {
  private CoreNlpFactories() {}

  /** A field CoreNLP's feature factory keeps to itself (its title pattern). */
  static Field declared(String name) throws NoSuchFieldException {
    Field f = NERFeatureFactory.class.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** One of the factory's templates that write into a collector: {@code featuresCpC}, {@code occurrencePatterns}. */
  static MethodHandle method(String name) throws ReflectiveOperationException {
    // The per-clique templates are protected (the occurrence patterns private); getCliqueFeatures, the public door,
    // builds a hash set per call.
    Method m = NERFeatureFactory.class.getDeclaredMethod(name, PaddedList.class, int.class, Collectors.TYPE);
    m.setAccessible(true);
    return MethodHandles.lookup().unreflect(m);
  }

  static SeqClassifierFlags copyOf(SeqClassifierFlags flags) throws ReflectiveOperationException {
    SeqClassifierFlags copy = new SeqClassifierFlags();
    copyFields(SeqClassifierFlags.class, flags, copy);
    return copy;
  }

  static NERFeatureFactory<CoreLabel> copyOf(NERFeatureFactory<CoreLabel> factory)
      throws ReflectiveOperationException {
    NERFeatureFactory<CoreLabel> copy = new NERFeatureFactory<>();
    copyFields(NERFeatureFactory.class, factory, copy);
    copyFields(FeatureFactory.class, factory, copy);
    return copy;
  }

  /** A shallow copy of the instance fields {@code type} declares: the copy shares the lexicon and the patterns. */
  static void copyFields(Class<?> type, Object from, Object to) throws ReflectiveOperationException {
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) continue;
      f.setAccessible(true);
      f.set(to, f.get(from));
    }
  }

  /** The model's flags, except that the word function (pure) is answered from the word cache. */
  static SeqClassifierFlags withRememberedWords(SeqClassifierFlags flags, Function<String, String> words)
      throws ReflectiveOperationException {
    SeqClassifierFlags copy = copyOf(flags);
    // CoreNLP applies the word function (Americanize) each time a template reads a word.
    copy.wordFunction = words;
    return copy;
  }

  /** The flags for single-token features: those this class adds itself are off. */
  static SeqClassifierFlags withoutWordTemplates(SeqClassifierFlags flags, Function<String, String> words)
      throws ReflectiveOperationException {
    SeqClassifierFlags copy = withRememberedWords(flags, words);
    // Each of these gates, in featuresC, only templates this class computes (their other templates need flags the
    // constructor checks are off); the label-pair factory keeps them.
    copy.useNGrams = false;
    copy.useWord = false;
    copy.useDisjunctive = false;
    copy.useTitle = false;
    copy.useClassFeature = false;
    copy.usePrev = false;
    copy.useNext = false;
    copy.useDistSim = false;
    return copy;
  }

  /** The classifier keeps its own flags; only the factory reads these. */
  static void useFlags(NERFeatureFactory<CoreLabel> factory, SeqClassifierFlags flags)
      throws ReflectiveOperationException {
    Field f = FeatureFactory.class.getDeclaredField("flags");
    f.setAccessible(true);
    f.set(factory, flags);
  }

  /** Reaches CoreNLP's collector, a protected type of its feature factory; never used as a factory. */
  static final class Collectors extends NERFeatureFactory<CoreLabel> {
    private static final long serialVersionUID = 1L;
    static final Class<?> TYPE = FeatureCollector.class;

    static Object over(Set<String> sink) {
      return new FeatureCollector(sink);
    }

    static void setSuffix(Object collector, String suffix) {
      ((FeatureCollector) collector).setSuffix(suffix);
    }

    static void setDomain(Object collector, String domain) {
      ((FeatureCollector) collector).setDomain(domain);
    }
  }
}
