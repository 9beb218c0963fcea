package org.lede.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the labelled data Lede is measured on ({@code shared/data}: the seed gold, extraction, date, quote and
 * entity development sets). It is never part of the repository: it sits beside the checkout.
 *
 * <p>Looked for in {@code $LEDE_SHARED_DATA}, else as {@code shared/data} in the working directory and each of its
 * ancestors.
 */
public final class SharedData {
  private SharedData() {}

  /** Returns the {@code shared/data} directory, if there is one. */
  public static Optional<Path> locate() {
    String env = System.getenv("LEDE_SHARED_DATA");
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env);
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  /** Returns {@code shared/data/relative} when it exists. */
  public static Optional<Path> locate(String relative) {
    return locate().map(d -> d.resolve(relative)).filter(Files::exists);
  }
}
