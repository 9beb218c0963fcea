package org.lede.store.bench;

import java.util.Random;

/**
 * Gives a synthetic news stream's articles their stories as clustering would: most articles start a story of their
 * own, the rest join one of the stories begun lately, so sizes fall off steeply (many of one, some of a few dozen).
 * Deterministic for a seed; not thread-safe.
 */
final class SyntheticStories {
  private static final int OPEN = 400;
  private final Random random;
  private final long[] open = new long[OPEN];
  private int opened;
  private long next;

  /** Stories numbered from {@code first} up, drawn from {@code seed}. */
  SyntheticStories(long seed, long first) {
    random = new Random(seed);
    next = first;
  }

  /** Returns the story of the next article. */
  long next() {
    if (opened > 0 && random.nextInt(100) < 45) {
      // recent stories draw more of the joiners than older ones
      int back = (int) Math.min(opened - 1, Math.abs(random.nextGaussian()) * OPEN / 4);
      return open[(opened - 1 - back) % OPEN];
    }
    long story = next++;
    open[opened++ % OPEN] = story;
    return story;
  }
}
