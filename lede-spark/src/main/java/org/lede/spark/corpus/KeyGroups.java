package org.lede.spark.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The groups of keys that items sharing keys tie together: two keys are in one group when some chain of items, each
 * holding two of the keys in turn, joins them. A group is named by its smallest key. Only items of two keys or more
 * tie keys (most hold one: a person's surname), so the names are passed along those ties alone, the smallest name
 * known along every tie until no key learns a smaller one: as many rounds, each a shuffle of the ties, as the longest
 * chain is long; or, when the ties are few enough to hold, by union-find on the driver. A key no tie touches is a
 * group of its own.
 */
final class KeyGroups {
  /** Rounds after which the grouping stops though keys still learn: a chain this long is not news. */
  static final int MAX_ROUNDS = 60;
  /**
   * Ties up to this many are grouped on the driver, with union-find, in one pass: each round of the distributed
   * grouping is a few shuffles, seconds of scheduling on a small run.
   */
  static final long LOCAL_TIES = 2_000_000;

  private KeyGroups() {}

  /**
   * Returns the group of every key that shares a group with another key; a key not returned is its own group.
   *
   * @param items each item's keys
   */
  static JavaPairRDD<String, String> of(JavaRDD<List<String>> items) {
    return of(items, LOCAL_TIES);
  }

  /** As {@link #of(JavaRDD)}, grouping on the driver when there are at most {@code localTies} ties. */
  static JavaPairRDD<String, String> of(JavaRDD<List<String>> items, long localTies) {
    JavaPairRDD<String, String> ties = items.filter(keys -> keys.size() > 1).flatMapToPair(keys -> {
      List<Tuple2<String, String>> out = new ArrayList<>(keys.size() * 2);
      String first = keys.getFirst();
      for (int i = 1; i < keys.size(); i++) {
        out.add(new Tuple2<>(first, keys.get(i)));
        out.add(new Tuple2<>(keys.get(i), first));
      }
      return out.iterator();
    }).distinct().persist(StorageLevel.MEMORY_AND_DISK());
    if (ties.count() <= localTies) {
      JavaPairRDD<String, String> local = JavaSparkContext.fromSparkContext(items.context())
          .parallelizePairs(unionFind(ties.collect()), Math.max(1, items.getNumPartitions()));
      ties.unpersist(false);
      return local;
    }
    JavaPairRDD<String, String> names = ties.keys().distinct().mapToPair(k -> new Tuple2<>(k, k))
        .persist(StorageLevel.MEMORY_AND_DISK());
    for (int round = 0; round < MAX_ROUNDS; round++) {
      JavaPairRDD<String, String> learned = ties.join(names)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
          .union(names)
          .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b)
          .persist(StorageLevel.MEMORY_AND_DISK());
      long changed = learned.join(names).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      names.unpersist(false);
      names = learned;
      if (changed == 0) break;
    }
    ties.unpersist(false);
    return names;
  }

  /** Each tied key with its group's smallest key, by union-find over the ties. */
  private static List<Tuple2<String, String>> unionFind(List<Tuple2<String, String>> ties) {
    Map<String, String> parent = new HashMap<>();
    for (Tuple2<String, String> t : ties) {
      String a = root(parent, t._1());
      String b = root(parent, t._2());
      if (a.equals(b)) continue;
      // the smaller key is the root: the group's name
      if (a.compareTo(b) < 0) parent.put(b, a);
      else parent.put(a, b);
    }
    List<Tuple2<String, String>> out = new ArrayList<>(parent.size());
    for (String k : new ArrayList<>(parent.keySet())) out.add(new Tuple2<>(k, root(parent, k)));
    return out;
  }

  private static String root(Map<String, String> parent, String key) {
    String r = key;
    for (String p = parent.putIfAbsent(r, r); p != null && !p.equals(r); p = parent.get(r)) r = p;
    // halve the paths walked, so later finds are short
    for (String k = key; !k.equals(r); ) {
      String next = parent.get(k);
      parent.put(k, r);
      k = next;
    }
    return r;
  }

  /** Returns the group of {@code key}: the one {@link #of} found, else its own. */
  static String groupOf(String key, org.apache.spark.api.java.Optional<String> found) {
    return found.isPresent() ? found.get() : key;
  }
}
