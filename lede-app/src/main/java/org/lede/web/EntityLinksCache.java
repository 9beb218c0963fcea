package org.lede.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.lede.library.Library;
import org.lede.library.LibraryStats;
import org.lede.store.StoredArticle;

/**
 * Keeps an {@link EntityLinks} in step with a library: linking needs every article's entities at once, so the
 * directory is built whole, and built again when the store has changed, checked at most every few seconds.
 *
 * <p>Thread-safe: one request rebuilds while the others keep reading the previous directory.
 */
final class EntityLinksCache {
  private static final Duration CHECK_EVERY = Duration.ofSeconds(5);

  private final Library library;
  private final Clock clock;
  private final ReentrantLock building = new ReentrantLock();
  private volatile Snapshot current;

  private record Snapshot(EntityLinks directory, long articles, long versions, Instant checkedAt) {}

  EntityLinksCache(Library library, Clock clock) {
    this.library = library;
    this.clock = clock;
    // Linking a large store takes seconds: start at once, so the first reader waits for less of it (or none).
    Thread warm = new Thread(() -> {
      try {
        directory();
      } catch (RuntimeException e) {
        // The first request builds again and reports what went wrong (a store closed before the build ended).
      }
    }, "lede-entity-links");
    warm.setDaemon(true);
    warm.start();
  }

  /** Returns the directory of the store as it is now, or as it was a few seconds ago while a newer one is built. */
  EntityLinks directory() {
    Snapshot s = current;
    Instant now = clock.instant();
    if (s != null && now.isBefore(s.checkedAt().plus(CHECK_EVERY))) return s.directory();
    if (s != null && !building.tryLock()) return s.directory();
    if (s == null) building.lock();
    try {
      s = current;
      if (s != null && now.isBefore(s.checkedAt().plus(CHECK_EVERY))) return s.directory();
      LibraryStats stats = library.stats();
      if (s != null && s.articles() == stats.articles() && s.versions() == stats.versions()) {
        current = new Snapshot(s.directory(), s.articles(), s.versions(), now);
        return s.directory();
      }
      EntityLinks built;
      try (Stream<StoredArticle> latest = library.latest()) {
        built = EntityLinks.of(latest);
      }
      current = new Snapshot(built, stats.articles(), stats.versions(), now);
      return built;
    } finally {
      building.unlock();
    }
  }
}
