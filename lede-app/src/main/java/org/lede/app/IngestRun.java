package org.lede.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lede.annotate.Annotations;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.extract.Extraction;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.FileInputs;
import org.lede.source.InputException;
import org.lede.store.ArticleOutcome;
import org.lede.store.IngestOutcome;

/**
 * Reads files, extracts their articles and stores them, one input at a time; a failed input is reported on
 * {@code err} with its reason and the run goes on.
 */
final class IngestRun {
  private final FileInputs inputs;
  private final Extraction extraction;
  private final Annotator annotator;
  private final Library library;
  private final PrintStream err;
  private final boolean quiet;

  /** {@code annotator} null stores articles without looking for quotes, entities, quantities and dates. */
  IngestRun(FileInputs inputs, Extraction extraction, Annotator annotator, Library library, PrintStream err, boolean quiet) {
    this.inputs = inputs;
    this.extraction = extraction;
    this.annotator = annotator;
    this.library = library;
    this.err = err;
    this.quiet = quiet;
  }

  /**
   * What a run did.
   *
   * @param inputs         files read (or tried)
   * @param unchangedInputs files whose exact bytes were stored already
   * @param failed         files that could not be read or extracted
   * @param newArticles    articles stored for the first time
   * @param updated        articles stored as a new version
   * @param unchanged      articles identical to their stored version
   * @param bytes          bytes read
   * @param seconds        wall time
   */
  record Summary(long inputs, long unchangedInputs, long failed, long newArticles, long updated, long unchanged,
      long bytes, double seconds) {
    String describe() {
      return String.format(Locale.ROOT,
          "%d inputs in %.1f s (%.1f inputs/s, %.2f MB/s): %d new articles, %d updated, %d unchanged; "
              + "%d inputs already stored, %d failed",
          inputs, seconds, inputs / Math.max(seconds, 1e-9), bytes / 1048576.0 / Math.max(seconds, 1e-9),
          newArticles, updated, unchanged, unchangedInputs, failed);
    }
  }

  private List<Annotations> annotate(List<Article> articles) {
    return articles.stream().map(a -> annotator == null ? Annotations.NONE : annotator.annotate(a)).toList();
  }

  Summary run(List<Path> paths) {
    List<Path> files = inputs.expand(paths).toList();
    Progress progress = Progress.onStderr("inputs", files.size(), quiet);
    long done = 0, failed = 0, sameInputs = 0, fresh = 0, updated = 0, unchanged = 0, bytes = 0;
    for (Path file : files) {
      try {
        Document document = inputs.read(file);
        bytes += document.content().length;
        if (library.contains(document)) {
          sameInputs++;
        } else {
          List<Article> articles = extraction.extract(document);
          if (articles.isEmpty()) throw new InputException(document.input(), "no article found in it");
          IngestOutcome outcome = library.ingest(document, articles, annotate(articles));
          fresh += outcome.count(ArticleOutcome.Change.NEW);
          updated += outcome.count(ArticleOutcome.Change.UPDATED);
          unchanged += outcome.count(ArticleOutcome.Change.UNCHANGED);
        }
      } catch (InputException e) {
        progress.finish();
        err.println("lede: " + e.getMessage());
        failed++;
      }
      done++;
      progress.update(done, String.format(Locale.ROOT, "new %d  updated %d  failed %d", fresh, updated, failed));
    }
    library.commit();
    progress.finish();
    return new Summary(done, sameInputs, failed, fresh, updated, unchanged, bytes, progress.elapsedSeconds());
  }
}
