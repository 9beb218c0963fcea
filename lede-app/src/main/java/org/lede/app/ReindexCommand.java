package org.lede.app;

import java.util.concurrent.Callable;
import org.lede.library.Library;
import org.lede.library.LibraryStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lede reindex}: rebuilds the search index from the store. */
@Command(
    name = "reindex",
    header = "Rebuild the Lucene index from the SQLite store.",
    mixinStandardHelpOptions = true,
    description = {
        "Drop the Lucene index and rebuild it from the SQLite store, the system of record.",
        "Use it after an upgrade that changes how articles are indexed, or if the index was lost or damaged.",
    })
final class ReindexCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Override
  public Integer call() {
    try (Library library = data.open()) {
      long total = library.stats().articles();
      Progress progress = Progress.onStderr("articles", total, false);
      library.reindex((done, all) -> progress.update(done, ""));
      progress.finish();
      LibraryStats stats = library.stats();
      System.out.printf("reindexed %d articles in %.1f s; index %.1f MB%n", stats.indexed(), progress.elapsedSeconds(),
          stats.indexBytes() / 1048576.0);
    }
    return ExitCodes.OK;
  }
}
