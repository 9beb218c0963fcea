package org.lede.spark.corpus;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The groups of keys that items sharing keys tie together: two keys are in one group when some chain of items, each
 * holding two of the keys in turn, joins them. A group is named by its smallest key. Found by passing the smallest
 * name known along every tie until no key learns a smaller one: as many rounds, each one shuffle of the ties, as
 * the longest chain is long (one or two for news: most items hold one key, and few keys chain far).
 */
final class KeyGroups {
  /** Rounds after which the grouping stops though keys still learn: a chain this long is not news. */
  static final int MAX_ROUNDS = 60;

  private KeyGroups() {}

  /**
   * Returns every key of {@code items} with the name of its group.
   *
   * @param items each item's keys, its first key the one it is found by
   */
  static JavaPairRDD<String, String> of(JavaRDD<List<String>> items) {
    JavaPairRDD<String, String> ties = items.flatMapToPair(keys -> {
      List<Tuple2<String, String>> out = new ArrayList<>(keys.size() * 2);
      String first = keys.getFirst();
      out.add(new Tuple2<>(first, first));
      for (int i = 1; i < keys.size(); i++) {
        out.add(new Tuple2<>(first, keys.get(i)));
        out.add(new Tuple2<>(keys.get(i), first));
      }
      return out.iterator();
    }).distinct().persist(StorageLevel.MEMORY_AND_DISK());
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
}
