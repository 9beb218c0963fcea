package org.lede.app;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lede.Lede;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.extract.Extraction;
import org.lede.library.Library;
import org.lede.source.InputException;
import org.lede.store.ArticleOutcome;
import org.lede.store.IngestOutcome;
import org.lede.store.StoredDocument;
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

  @Override
  public Integer call() {
    Extraction extraction = Lede.extraction().withAsOf(asOf);
    Annotator annotator = Annotator.standard();
    long done = 0, failed = 0, updated = 0, fresh = 0;
    try (Library library = data.open()) {
      Progress progress = Progress.onStderr("inputs", library.stats().documents(), quiet);
      try (Stream<StoredDocument> documents = library.documents()) {
        for (StoredDocument stored : (Iterable<StoredDocument>) documents::iterator) {
          try {
            List<Article> articles = extraction.extract(stored.toDocument());
            IngestOutcome outcome = library.ingest(stored.toDocument(), articles,
                articles.stream().map(annotator::annotate).toList());
            updated += outcome.count(ArticleOutcome.Change.UPDATED);
            fresh += outcome.count(ArticleOutcome.Change.NEW);
          } catch (InputException e) {
            progress.finish();
            System.err.println("lede: " + e.getMessage());
            failed++;
          }
          progress.update(++done, String.format(Locale.ROOT, "updated %d  failed %d", updated, failed));
        }
      }
      library.commit();
      progress.finish();
      // articles re-linked one by one saw the corpus as the earlier ones left it; linking all again in store order
      // gives the tables a fresh ingest would
      RelinkCommand.relink(library, quiet);
      System.out.printf("reprocessed %d inputs: %d articles updated, %d new, %d inputs failed%n", done, updated, fresh, failed);
    }
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
