package org.lede.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers of searches already run on the current index reader. A busy site asks the same few searches again and
 * again (the front page, a story everyone looks up); while nothing new is indexed their answers cannot change, so
 * they are kept: at most {@value #SIZE} of them (a few tens of MB at worst, for pages of 100 hits with snippets),
 * least recently used dropped first, all dropped when the reader changes.
 *
 * <p>Thread-safe: lookups and stores are serialised; the search itself runs outside the lock.
 */
final class SearchCache {
  static final int SIZE = 512;

  private final Map<Object, Object> answers = new LinkedHashMap<>(SIZE * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
      return size() > SIZE;
    }
  };
  private Object reader;

  /** Forgets every answer (what a query means changed, e.g. a collection's sites). */
  synchronized void clear() {
    answers.clear();
  }

  /** Returns the answer to {@code key} on {@code currentReader}, running {@code search} when it is not kept. */
  @SuppressWarnings("unchecked")
  <T> T get(Object currentReader, Object key, Supplier<T> search) {
    synchronized (this) {
      if (currentReader != reader) {
        answers.clear();
        reader = currentReader;
      }
      Object kept = answers.get(key);
      if (kept != null) return (T) kept;
    }
    T answer = search.get();
    synchronized (this) {
      if (currentReader == reader) answers.put(key, answer);
    }
    return answer;
  }
}
