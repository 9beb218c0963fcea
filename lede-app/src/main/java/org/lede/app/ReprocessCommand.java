package org.lede.app;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.lede.Lede;
import org.lede.annotate.Annotator;
import org.lede.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lede reprocess}: extracts every stored raw input again with this version of Lede. */
@Command(
    name = "reprocess",
    header = "Extract and annotate every stored raw input again (after an upgrade).",
    mixinStandardHelpOptions = true,
    description = {
        "Extract every stored raw input again with this version of Lede and store what changed as new versions.",
        "Run it after upgrading Lede: articles whose extraction improved get a new version; quotes, entities,",
        "quantities and dates are found again for every article.",
    })
final class ReprocessCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "resolve relative times against this instant instead of each input's own time")
  Instant asOf;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar")
  boolean quiet;

  @Mixin ThreadsOption threads;

  @Override
  public Integer call() {
    try (Library library = data.open()) {
      IngestRun.Summary s = new IngestRun(Lede.files(), Lede.extraction().withAsOf(asOf), Annotator.standard(), library,
          System.err, quiet).withThreads(threads.count()).reprocess();
      // articles re-linked one by one saw the corpus as the earlier ones left it; linking all again in store order
      // gives the tables a fresh ingest would
      RelinkCommand.relink(library, quiet);
      System.out.printf("reprocessed %d inputs: %d articles updated, %d new, %d inputs failed%n", s.inputs(),
          s.updated(), s.newArticles(), s.failed());
      return s.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
  }
}
