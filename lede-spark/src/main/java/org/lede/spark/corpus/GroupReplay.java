package org.lede.spark.corpus;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import scala.Tuple2;

/**
 * A sorted partition's items taken a group at a time: each run of one group's items is handed, in order, to a
 * function that returns what the group makes. Lazy: one group is held at a time.
 *
 * @param <T> an item
 * @param <R> what a group makes
 */
final class GroupReplay<T, R> implements Iterator<R> {
  private final Iterator<Tuple2<Ordered, T>> items;
  private final Function<List<T>, List<R>> group;
  private final ArrayDeque<R> ready = new ArrayDeque<>();
  private Tuple2<Ordered, T> ahead;

  GroupReplay(Iterator<Tuple2<Ordered, T>> items, Function<List<T>, List<R>> group) {
    this.items = items;
    this.group = group;
    this.ahead = items.hasNext() ? items.next() : null;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && ahead != null) {
      String name = ahead._1().group();
      List<T> run = new java.util.ArrayList<>();
      while (ahead != null && ahead._1().group().equals(name)) {
        run.add(ahead._2());
        ahead = items.hasNext() ? items.next() : null;
      }
      ready.addAll(group.apply(run));
    }
    return !ready.isEmpty();
  }

  @Override
  public R next() {
    if (!hasNext()) throw new NoSuchElementException();
    return ready.removeFirst();
  }
}
