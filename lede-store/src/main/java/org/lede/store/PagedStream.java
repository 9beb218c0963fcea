package org.lede.store;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream over rows fetched a page at a time by ascending key, so no read transaction stays open between
 * pages and a caller may write to the store while it walks the stream.
 */
final class PagedStream {
  private PagedStream() {}

  /**
   * @param fetch returns the page of rows whose key is greater than its argument, in key order; empty at the end
   * @param key   a row's key
   */
  static <T> Stream<T> of(long after, LongFunction<List<T>> fetch, ToLongFunction<T> key) {
    Iterator<T> it = new Iterator<>() {
      private long last = after;
      private Iterator<T> page = List.<T>of().iterator();
      private boolean done;

      @Override
      public boolean hasNext() {
        if (page.hasNext()) return true;
        if (done) return false;
        List<T> rows = fetch.apply(last);
        if (rows.isEmpty()) {
          done = true;
          return false;
        }
        last = key.applyAsLong(rows.getLast());
        page = rows.iterator();
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        return page.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }
}
