package org.lede.spark.corpus;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.lede.duplicate.TextSignature;
import scala.Tuple2;

/**
 * The candidate pairs of a partition of band entries sorted by band, then article number: each article with each of
 * the band's first {@link TextSignature#CANDIDATES_PER_BAND} articles numbered before it, as {@code (later, earlier)}.
 * These are the articles the store's band lookup returns when the later one arrives. Lazy: only a band's first
 * articles are held.
 */
final class BandCandidates implements Iterator<Tuple2<Long, Long>> {
  private final Iterator<Tuple2<Ordered, Long>> entries;
  private final ArrayDeque<Tuple2<Long, Long>> ready = new ArrayDeque<>();
  private final long[] first = new long[TextSignature.CANDIDATES_PER_BAND];
  private int held;
  private String band;
  private long last;

  BandCandidates(Iterator<Tuple2<Ordered, Long>> entries) {
    this.entries = entries;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && entries.hasNext()) {
      Tuple2<Ordered, Long> entry = entries.next();
      long ordinal = entry._2();
      if (!entry._1().group().equals(band)) {
        band = entry._1().group();
        held = 0;
      } else if (ordinal == last) {
        continue; // one article under one band key twice is one row, as in the store's band index
      }
      last = ordinal;
      for (int i = 0; i < held; i++) ready.addLast(new Tuple2<>(ordinal, first[i]));
      if (held < first.length) first[held++] = ordinal;
    }
    return !ready.isEmpty();
  }

  @Override
  public Tuple2<Long, Long> next() {
    if (!hasNext()) throw new NoSuchElementException();
    return ready.removeFirst();
  }
}
