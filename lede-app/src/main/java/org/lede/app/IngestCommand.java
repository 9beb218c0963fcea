package org.lede.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.lede.Lede;
import org.lede.annotate.Annotator;
import org.lede.library.Library;
import org.lede.source.FileInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede ingest}: extracts articles from files and stores them, searchable. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
        "Extract articles from files and directories (recursive; .gz is read) and store them in the data directory,",
        "where `lede search` finds them. The raw input is kept, so `lede reprocess` can extract it again later.",
        "",
        "Ingesting the same input twice adds nothing; an article whose text changed becomes a new version.",
        "A failed input is reported on stderr with its reason and the rest go on; the exit code is 0 only when",
        "nothing failed.",
        "",
        "Example:  lede ingest --data news-data ~/scraped/",
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "resolve relative times (\"Updated 5 sec ago\") against this ISO-8601 instant instead of the file's time")
  Instant asOf;

  @Option(names = "--plain", description = "treat each input as plain article text: the body, nothing else")
  boolean plain;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "32",
      description = "refuse documents larger than this many megabytes (default: ${DEFAULT-VALUE})")
  int maxSizeMb;

  @Option(names = "--no-annotations",
      description = "store articles only: skip finding quotes, entities, quantities and dates (faster)")
  boolean noAnnotations;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar")
  boolean quiet;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or directories")
  List<Path> paths;

  @Override
  public Integer call() {
    FileInputs inputs = Lede.files().withPlainText(plain).withMaxBytes(maxSizeMb * 1024L * 1024L);
    try (Library library = data.open()) {
      IngestRun.Summary summary = new IngestRun(inputs, Lede.extraction().withAsOf(asOf),
          noAnnotations ? null : Annotator.standard(), library, System.err, quiet)
          .run(paths);
      System.out.println(summary.describe());
      return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
  }
}
