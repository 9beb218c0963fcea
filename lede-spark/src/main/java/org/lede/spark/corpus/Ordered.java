package org.lede.spark.corpus;

import java.io.Serializable;
import java.util.Comparator;
import org.apache.spark.Partitioner;

/**
 * Where an item stands: its group, then {@code lede ingest}'s order (input, article in it, item in the article).
 * Items are shuffled to their group's partition and sorted by this, so a task meets each group's items together and
 * in the order one linker would have met them.
 */
record Ordered(String group, long place, long n, int item) implements Serializable, Comparable<Ordered> {
  static final Comparator<Ordered> ORDER = new ByGroupThenOrder();

  @Override
  public int compareTo(Ordered o) {
    return ORDER.compare(this, o);
  }

  /** Sends every item of a group to one partition. */
  static Partitioner byGroup(int partitions) {
    return new GroupPartitioner(partitions);
  }

  private static final class ByGroupThenOrder implements Comparator<Ordered>, Serializable {
    @Override
    public int compare(Ordered a, Ordered b) {
      int c = a.group.compareTo(b.group);
      if (c != 0) return c;
      c = Long.compare(a.place, b.place);
      if (c != 0) return c;
      c = Long.compare(a.n, b.n);
      return c != 0 ? c : Integer.compare(a.item, b.item);
    }
  }

  private static final class GroupPartitioner extends Partitioner {
    private final int partitions;

    GroupPartitioner(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return Math.floorMod(((Ordered) key).group().hashCode(), partitions);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof GroupPartitioner g && g.partitions == partitions;
    }

    @Override
    public int hashCode() {
      return partitions;
    }
  }
}
