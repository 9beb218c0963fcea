package org.lede.app;

import java.nio.file.Path;
import org.lede.library.Library;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command that touches the store shares. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "lede-data",
      description = "the data directory: SQLite store and Lucene index (default: ${DEFAULT-VALUE})")
  Path dir;

  /** Opens the library, saying on stderr when an index has to be rebuilt first. */
  Library open() {
    return Library.open(dir, java.time.Clock.systemUTC(), (done, total) -> {
      if (total > 1000) System.err.printf("lede: bringing the index up to date: %d/%d%n", done, total);
    });
  }
}
