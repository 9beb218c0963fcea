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
import java.util.stream.Stream;
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
import org.lede.library.IngestGroup;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.FileInputs;
import org.lede.source.InputException;
import org.lede.store.ArticleOutcome;
import org.lede.store.IngestOutcome;
import org.lede.store.StoreException;
import org.lede.store.StoredDocument;
import org.lede.warc.WarcInputs;

/**
 * Reads inputs (files, directories, WARC archives, URLs, feeds and sitemaps), extracts their articles and stores
 * them; a failed input is reported on {@code err} with its reason and the run goes on.
 *
 * <p>Files, archive records and URLs are read, extracted and annotated on {@link #withThreads threads} workers and
 * stored by one writer, one input per transaction, in input order (see {@link InputPipeline}): the store is the same
 * whatever the number of threads. Feed and sitemap pages are fetched, extracted and stored on the fetch workers, in
 * the order they arrive.
 */
final class IngestRun {
  /** The file in the data directory that remembers which listed pages were stored and each listing's validators. */
  static final String POLL_STATE = "sources.journal";

  private final FileInputs inputs;
  private final Extraction extraction;
  private final ArticleAnnotator annotator;
  private final Library library;
  private final PrintStream err;
  private final boolean quiet;
  private final FetchPolicy policy;
  private final int workers;
  private final int threads;

  /** {@code annotator} null stores articles without looking for quotes, entities, quantities and dates. */
  IngestRun(FileInputs inputs, Extraction extraction, Annotator annotator, Library library, PrintStream err, boolean quiet) {
    this(inputs, extraction, annotator, library, err, quiet, FetchPolicy.standard(), 8);
  }

  /** {@code workers}: feed and sitemap pages fetched at once. Local inputs are prepared on every available core. */
  IngestRun(FileInputs inputs, Extraction extraction, Annotator annotator, Library library, PrintStream err,
      boolean quiet, FetchPolicy policy, int workers) {
    this(inputs, extraction, annotator == null ? null : annotator::annotate, library, err, quiet, policy, workers,
        defaultThreads());
  }

  private IngestRun(FileInputs inputs, Extraction extraction, ArticleAnnotator annotator, Library library, PrintStream err,
      boolean quiet, FetchPolicy policy, int workers, int threads) {
    this.inputs = inputs;
    this.extraction = extraction;
    this.annotator = annotator;
    this.library = library;
    this.err = err;
    this.quiet = quiet;
    this.policy = policy;
    this.workers = workers;
    this.threads = threads;
  }

  /**
   * Finds what one article holds: {@link Annotator#annotate} in Lede. The workers call it at once from several
   * threads, so it must be thread-safe, as {@link Annotator} is.
   */
  @FunctionalInterface
  interface ArticleAnnotator {
    Annotations annotate(Article article);
  }

  /** The threads a run uses unless told otherwise: one per available core. */
  static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Returns a copy that reads, extracts and annotates files, archive records and URLs on {@code n} threads (1: all
   * on the calling thread). Whatever {@code n}, the store ends the same.
   */
  IngestRun withThreads(int n) {
    if (n < 1) throw new IllegalArgumentException("threads must be >= 1, not " + n);
    return new IngestRun(inputs, extraction, annotator, library, err, quiet, policy, workers, n);
  }

  /** Returns a copy that annotates articles with {@code a} (null: not at all). */
  IngestRun withAnnotator(ArticleAnnotator a) {
    return new IngestRun(inputs, extraction, a, library, err, quiet, policy, workers, threads);
  }

  /**
   * What a run did.
   *
   * @param inputs          files, archive records and pages read (or tried)
   * @param unchangedInputs inputs whose exact bytes were stored already
   * @param failed          inputs that could not be read, fetched, extracted or annotated
   * @param newArticles     articles stored for the first time
   * @param updated         articles stored as a new version
   * @param unchanged       articles identical to their stored version
   * @param bytes           bytes read
   * @param tokens          words (whitespace-separated) in the text of the articles stored
   * @param seconds         wall time
   * @param sources         what polling feeds and sitemaps did, or null when none were given
   */
  record Summary(long inputs, long unchangedInputs, long failed, long newArticles, long updated, long unchanged,
      long bytes, long tokens, double seconds, Harvest.Report sources) {
    String describe() {
      double s = Math.max(seconds, 1e-9);
      String line = String.format(Locale.ROOT,
          "%d inputs in %.1f s (%.1f inputs/s, %.2f MB/s, %,.0f tokens/s): %d new articles, %d updated, "
              + "%d unchanged; %d inputs already stored, %d failed",
          inputs, seconds, inputs / s, bytes / 1048576.0 / s, tokens / s,
          newArticles, updated, unchanged, unchangedInputs, failed);
      if (sources == null) return line;
      return line + String.format(Locale.ROOT,
          "%nsources: %d listings read, %d not modified, %d pages listed, %d new fetched, %d retry later",
          sources.listings(), sources.unchanged(), sources.listed(), sources.fresh(), sources.retryLater());
    }
  }

  /**
   * One input made ready on a worker: its raw document, its articles and what was found in each (one per article,
   * in order), and how many words their text holds. No articles (null) means its bytes were stored already.
   */
  record Prepared(Document document, List<Article> articles, List<Annotations> annotations, long tokens) {
    static Prepared alreadyStored(Document document) {
      return new Prepared(document, null, null, 0);
    }

    boolean isAlreadyStored() {
      return articles == null;
    }
  }

  /** Counts shared by the writer and the fetch workers. */
  private final class Tally {
    private final Progress progress;
    long done, failed, sameInputs, fresh, updated, unchanged, bytes, tokens;

    Tally(long expected) {
      progress = Progress.onStderr("pages", expected, quiet);
    }

    synchronized void stored(IngestOutcome outcome, long words) {
      fresh += outcome.count(ArticleOutcome.Change.NEW);
      updated += outcome.count(ArticleOutcome.Change.UPDATED);
      unchanged += outcome.count(ArticleOutcome.Change.UNCHANGED);
      tokens += words;
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
      progress.update(done, tokens,
          String.format(Locale.ROOT, "new %d  updated %d  failed %d", fresh, updated, failed));
    }

    synchronized Summary summary(Harvest.Report sources) {
      progress.finish();
      return new Summary(done, sameInputs, failed, fresh, updated, unchanged, bytes, tokens,
          progress.elapsedSeconds(), sources);
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
    Harvest.Report report = null;
    try (Fetcher fetcher = urls.isEmpty() && sources.isEmpty() ? null : Fetcher.create(policy)) {
      try (IngestGroup group = library.group();
           InputPipeline<Prepared> pipeline = new InputPipeline<>(threads, writer(group, tally, false))) {
        for (Path file : files) {
          if (WarcInputs.isWarc(file)) readWarc(file, pipeline, tally);
          else if (RecordFiles.isRecords(file)) readRecords(file, pipeline);
          else pipeline.submit(file.toString(), () -> prepare(inputs.read(file), false));
        }
        for (URI url : urls) pipeline.submit(url.toString(), () -> prepare(fetch(fetcher, url), false));
        pipeline.drain();
      }
      if (!sources.isEmpty()) report = poll(fetcher, sources, tally);
    }
    library.commit();
    return tally.summary(report);
  }

  /**
   * Extracts and annotates every stored raw input again, for {@code lede reprocess}: articles whose extraction
   * changed get a new version, and every article gets the annotations of this Lede.
   */
  Summary reprocess() {
    Tally tally = new Tally(library.stats().documents());
    try (Stream<StoredDocument> documents = library.documents();
         IngestGroup group = library.group();
         InputPipeline<Prepared> pipeline = new InputPipeline<>(threads, writer(group, tally, true))) {
      for (StoredDocument stored : (Iterable<StoredDocument>) documents::iterator) {
        pipeline.submit(stored.input(), () -> prepare(stored.toDocument(), true));
      }
      pipeline.drain();
    }
    library.commit();
    return tally.summary(null);
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

  private static Document fetch(Fetcher fetcher, URI url) throws InputException {
    try {
      return fetcher.fetch(url).toDocument();
    } catch (FetchException e) {
      throw e.toInputException();
    }
  }

  /** Reads the records of a WARC here, one after the other, and hands each page to the workers. */
  private void readWarc(Path file, InputPipeline<Prepared> pipeline, Tally tally) {
    List<InputException> late = new ArrayList<>();
    try {
      WarcInputs.standard().withMaxBytes(inputs.maxBytes()).read(file, new org.lede.warc.WarcVisitor() {
        @Override
        public void document(Document document) {
          pipeline.submit(document.input(), () -> prepare(document, false));
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
      late.add(e);
    }
    // through the pipeline, so they are counted in order with the pages before them
    for (InputException problem : late) {
      pipeline.submit(problem.input(), () -> {
        throw problem;
      });
    }
  }

  /**
   * A JSON Lines or CSV file, read here record by record and handed to the workers as it goes (memory stays bounded):
   * each record is its own input, and a bad one is reported by its line, in order with the records around it.
   */
  private void readRecords(Path file, InputPipeline<Prepared> pipeline) {
    try {
      RecordFiles.read(file, inputs.maxBytes(), new RecordVisitor() {
        @Override
        public void record(Document record) {
          pipeline.submit(record.input(), () -> prepare(record, false));
        }

        @Override
        public void problem(InputException problem) {
          pipeline.submit(problem.input(), () -> {
            throw problem;
          });
        }
      });
    } catch (InputException e) {
      pipeline.submit(e.input(), () -> {
        throw e;
      });
    }
  }

  /**
   * The work of one input, on a worker: skips bytes stored already (unless reprocessing), extracts, annotates.
   * Reads the store but never writes it.
   */
  private Prepared prepare(Document document, boolean reprocessing) throws InputException {
    if (!reprocessing && library.contains(document)) return Prepared.alreadyStored(document);
    List<Article> articles = extraction.extract(document);
    if (articles.isEmpty() && !reprocessing) throw new InputException(document.input(), "no article found in it");
    return annotated(document, articles);
  }

  private Prepared annotated(Document document, List<Article> articles) throws InputException {
    List<Annotations> found = new ArrayList<>(articles.size());
    long tokens = 0;
    for (Article a : articles) {
      tokens += tokens(a.text());
      try {
        found.add(annotator == null ? Annotations.NONE : annotator.annotate(a));
      } catch (RuntimeException e) {
        throw new InputException(document.input(), "annotation failed: " + e, e);
      }
    }
    return new Prepared(document, articles, found, tokens);
  }

  /**
   * The writer: stores each prepared input, whole or not at all, on the thread that submits them, in input order;
   * {@code group} commits them a few hundred at a time. A store that cannot be written
   * ({@link org.lede.store.StoreException}) ends the run; an input whose write fails on its own (a bug linking it,
   * the heap) is reported, rolled back, and the run goes on.
   */
  private InputPipeline.Writer<Prepared> writer(IngestGroup group, Tally tally, boolean reprocessing) {
    return new InputPipeline.Writer<>() {
      @Override
      public void write(Prepared p) {
        tally.read(p.document().content().length);
        // a copy of these bytes earlier in this run may have been stored since the worker looked
        if (p.isAlreadyStored() || (!reprocessing && library.contains(p.document()))) {
          tally.sameInput();
          return;
        }
        try {
          tally.stored(group.ingest(p.document(), p.articles(), p.annotations()), p.tokens());
        } catch (StoreException e) {
          throw e;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
          tally.failed(InputPipeline.failure(p.document().input(), e));
        }
      }

      @Override
      public void failed(InputException failure) {
        tally.failed(failure);
      }
    };
  }

  /** Stores one feed or sitemap page, on the fetch worker that fetched it. */
  private void store(Document document, Tally tally, UnaryOperator<List<Article>> complete) throws InputException {
    tally.read(document.content().length);
    if (library.contains(document)) {
      tally.sameInput();
      return;
    }
    List<Article> articles = extraction.extract(document);
    if (articles.isEmpty()) throw new InputException(document.input(), "no article found in it");
    Prepared p = annotated(document, complete.apply(articles));
    tally.stored(library.ingest(document, p.articles(), p.annotations()), p.tokens());
  }

  /** Words in {@code text}, split at whitespace, as {@code lede bench annotate} counts them. */
  static long tokens(String text) {
    if (text == null) return 0;
    long n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) n++;
      inWord = !space;
    }
    return n;
  }
}
