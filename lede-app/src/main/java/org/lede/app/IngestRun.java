package org.lede.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.lede.annotate.Annotations;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.extract.Extraction;
import org.lede.extract.records.RecordFiles;
import org.lede.extract.records.RecordVisitor;
import org.lede.feed.Harvest;
import org.lede.feed.PollState;
import org.lede.feed.Source;
import org.lede.fetch.FetchException;
import org.lede.fetch.FetchPolicy;
import org.lede.fetch.Fetcher;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.FileInputs;
import org.lede.source.InputException;
import org.lede.store.ArticleOutcome;
import org.lede.store.IngestOutcome;
import org.lede.warc.WarcInputs;

/**
 * Reads inputs (files, directories, WARC archives, URLs, feeds and sitemaps), extracts their articles and stores
 * them; a failed input is reported on {@code err} with its reason and the run goes on. Feed and sitemap pages
 * are fetched on several threads; everything else on the calling thread.
 */
final class IngestRun {
  /** The file in the data directory that remembers which listed pages were stored and each listing's validators. */
  static final String POLL_STATE = "sources.journal";

  private final FileInputs inputs;
  private final Extraction extraction;
  private final Annotator annotator;
  private final Library library;
  private final PrintStream err;
  private final boolean quiet;
  private final FetchPolicy policy;
  private final int workers;

  /** {@code annotator} null stores articles without looking for quotes, entities, quantities and dates. */
  IngestRun(FileInputs inputs, Extraction extraction, Annotator annotator, Library library, PrintStream err, boolean quiet) {
    this(inputs, extraction, annotator, library, err, quiet, FetchPolicy.standard(), 8);
  }

  IngestRun(FileInputs inputs, Extraction extraction, Annotator annotator, Library library, PrintStream err,
      boolean quiet, FetchPolicy policy, int workers) {
    this.inputs = inputs;
    this.extraction = extraction;
    this.annotator = annotator;
    this.library = library;
    this.err = err;
    this.quiet = quiet;
    this.policy = policy;
    this.workers = workers;
  }

  /**
   * What a run did.
   *
   * @param inputs          files, archive records and pages read (or tried)
   * @param unchangedInputs inputs whose exact bytes were stored already
   * @param failed          inputs that could not be read, fetched or extracted
   * @param newArticles     articles stored for the first time
   * @param updated         articles stored as a new version
   * @param unchanged       articles identical to their stored version
   * @param bytes           bytes read
   * @param seconds         wall time
   * @param sources         what polling feeds and sitemaps did, or null when none were given
   */
  record Summary(long inputs, long unchangedInputs, long failed, long newArticles, long updated, long unchanged,
      long bytes, double seconds, Harvest.Report sources) {
    String describe() {
      String line = String.format(Locale.ROOT,
          "%d inputs in %.1f s (%.1f inputs/s, %.2f MB/s): %d new articles, %d updated, %d unchanged; "
              + "%d inputs already stored, %d failed",
          inputs, seconds, inputs / Math.max(seconds, 1e-9), bytes / 1048576.0 / Math.max(seconds, 1e-9),
          newArticles, updated, unchanged, unchangedInputs, failed);
      if (sources == null) return line;
      return line + String.format(Locale.ROOT,
          "%nsources: %d listings read, %d not modified, %d pages listed, %d new fetched, %d retry later",
          sources.listings(), sources.unchanged(), sources.listed(), sources.fresh(), sources.retryLater());
    }
  }

  /** Counts shared by the reading thread and the fetch workers. */
  private final class Tally {
    private final Progress progress;
    long done, failed, sameInputs, fresh, updated, unchanged, bytes;

    Tally(long expected) {
      progress = Progress.onStderr("inputs", expected, quiet);
    }

    synchronized void stored(IngestOutcome outcome) {
      fresh += outcome.count(ArticleOutcome.Change.NEW);
      updated += outcome.count(ArticleOutcome.Change.UPDATED);
      unchanged += outcome.count(ArticleOutcome.Change.UNCHANGED);
      step();
    }

    synchronized void sameInput() {
      sameInputs++;
      step();
    }

    synchronized void read(long n) {
      bytes += n;
    }

    synchronized void failed(InputException e) {
      progress.finish();
      err.println("lede: " + e.getMessage());
      failed++;
      step();
    }

    synchronized void warn(InputException e) {
      progress.finish();
      err.println("lede: warning: " + e.getMessage());
    }

    private void step() {
      done++;
      progress.update(done, String.format(Locale.ROOT, "new %d  updated %d  failed %d", fresh, updated, failed));
    }

    synchronized Summary summary(Harvest.Report sources) {
      progress.finish();
      return new Summary(done, sameInputs, failed, fresh, updated, unchanged, bytes, progress.elapsedSeconds(), sources);
    }
  }

  /** Ingests files and directories. */
  Summary run(List<Path> paths) {
    return run(paths, List.of(), List.of());
  }

  /**
   * Ingests files and directories (WARC files among them are read record by record), then pages at {@code urls},
   * then the new pages {@code sources} list (remembered in the data directory, so a second run fetches only what
   * is new).
   */
  Summary run(List<Path> paths, List<URI> urls, List<Source> sources) {
    List<Path> files = inputs.expand(paths).toList();
    Tally tally = new Tally(files.size() + urls.size());
    for (Path file : files) {
      if (WarcInputs.isWarc(file)) readWarc(file, tally);
      else if (RecordFiles.isRecords(file)) readRecords(file, tally);
      else readFile(file, tally);
    }
    Harvest.Report report = null;
    if (!urls.isEmpty() || !sources.isEmpty()) {
      try (Fetcher fetcher = Fetcher.create(policy)) {
        for (URI url : urls) readUrl(fetcher, url, tally);
        if (!sources.isEmpty()) report = poll(fetcher, sources, tally);
      }
    }
    library.commit();
    return tally.summary(report);
  }

  /** Polls {@code sources} once with {@code fetcher}, storing each new page. */
  private Harvest.Report poll(Fetcher fetcher, List<Source> sources, Tally tally) {
    try (PollState state = PollState.open(library.dataDir().resolve(POLL_STATE))) {
      return new Harvest(fetcher, state, workers).poll(sources,
          page -> store(page.document(), tally, page::complete), tally::failed);
    } catch (IOException e) {
      throw new UncheckedIOException("could not use " + library.dataDir().resolve(POLL_STATE), e);
    }
  }

  /** Polls {@code sources} once, for {@code lede watch}; the summary covers this poll only. */
  Summary pollOnce(Fetcher fetcher, List<Source> sources) {
    Tally tally = new Tally(0);
    Harvest.Report report = poll(fetcher, sources, tally);
    library.commit();
    return tally.summary(report);
  }

  private void readFile(Path file, Tally tally) {
    try {
      store(inputs.read(file), tally, UnaryOperator.identity());
    } catch (InputException e) {
      tally.failed(e);
    }
  }

  private void readUrl(Fetcher fetcher, URI url, Tally tally) {
    try {
      store(fetcher.fetch(url).toDocument(), tally, UnaryOperator.identity());
    } catch (FetchException e) {
      tally.failed(e.toInputException());
    } catch (InputException e) {
      tally.failed(e);
    }
  }

  private void readWarc(Path file, Tally tally) {
    List<InputException> late = new ArrayList<>();
    try {
      WarcInputs.standard().withMaxBytes(inputs.maxBytes()).read(file, new org.lede.warc.WarcVisitor() {
        @Override
        public void document(Document document) {
          try {
            store(document, tally, UnaryOperator.identity());
          } catch (InputException e) {
            tally.failed(e);
          }
        }

        @Override
        public void warning(InputException warning) {
          tally.warn(warning);
        }

        @Override
        public void problem(InputException problem) {
          late.add(problem);
        }
      });
    } catch (InputException e) {
      tally.failed(e);
    }
    late.forEach(tally::failed);
  }

  /** A JSON Lines or CSV file: each record is stored as its own input, and a bad one is reported by its line. */
  private void readRecords(Path file, Tally tally) {
    try {
      RecordFiles.read(file, inputs.maxBytes(), new RecordVisitor() {
        @Override
        public void record(Document record) {
          try {
            store(record, tally, UnaryOperator.identity());
          } catch (InputException e) {
            tally.failed(e);
          }
        }

        @Override
        public void problem(InputException problem) {
          tally.failed(problem);
        }
      });
    } catch (InputException e) {
      tally.failed(e);
    }
  }

  private void store(Document document, Tally tally, UnaryOperator<List<Article>> complete) throws InputException {
    tally.read(document.content().length);
    if (library.contains(document)) {
      tally.sameInput();
      return;
    }
    List<Article> articles = extraction.extract(document);
    if (articles.isEmpty()) throw new InputException(document.input(), "no article found in it");
    List<Article> completed = complete.apply(articles);
    tally.stored(library.ingest(document, completed, annotate(completed)));
  }

  private List<Annotations> annotate(List<Article> articles) {
    return articles.stream().map(a -> annotator == null ? Annotations.NONE : annotator.annotate(a)).toList();
  }
}
