package org.lede;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Lede keeps what it derives once per machine and reads in every process after: the CRF model as arrays, the
 * SQLite driver's native library. Never what it downloads (it downloads nothing), never what a store needs: deleting
 * the directory costs only the next process the time to make it again.
 */
public final class CacheDirectory {
  private CacheDirectory() {}

  /**
   * The directory: {@code lede.cache.dir} when set, else {@code $XDG_CACHE_HOME/lede}, else {@code ~/.cache/lede};
   * empty when none of them can be told. It may not exist yet.
   */
  public static Optional<Path> path() {
    String set = System.getProperty("lede.cache.dir");
    if (set != null && !set.isBlank()) return Optional.of(Path.of(set));
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) return Optional.of(Path.of(xdg, "lede"));
    String home = System.getProperty("user.home");
    return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "lede"));
  }
}
