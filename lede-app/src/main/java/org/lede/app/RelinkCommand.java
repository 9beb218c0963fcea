package org.lede.app;

import java.util.concurrent.Callable;
import org.lede.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lede relink}: rebuilds the corpus tables from the stored annotations. */
@Command(
    name = "relink",
    header = "Rebuild the corpus tables (linked entities, corpus quotes) from the stored articles.",
    mixinStandardHelpOptions = true,
    description = {
        "Link every stored article's entities and quotes again, in the order the articles were stored, as ingest",
        "does one article at a time. The same store always gives the same entities and ids (/e/P:borys-kremenetskyi).",
        "Use it after an upgrade that changes the linking rules; ingest keeps the tables in step otherwise.",
        "",
        "Example:",
        "  lede relink --data news",
    })
final class RelinkCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Override
  public Integer call() {
    try (Library library = data.open()) {
      long total = library.stats().articles();
      Progress progress = Progress.onStderr("articles", total, false);
      library.relink((done, all) -> progress.update(done, ""));
      progress.finish();
      System.out.printf("relinked %d articles in %.1f s%n", total, progress.elapsedSeconds());
    }
    return ExitCodes.OK;
  }

  /** For {@code lede reprocess}: relinks quietly when {@code quiet}. */
  static void relink(Library library, boolean quiet) {
    Progress progress = Progress.onStderr("relinked", library.stats().articles(), quiet);
    library.relink((done, all) -> progress.update(done, ""));
    progress.finish();
  }
}
