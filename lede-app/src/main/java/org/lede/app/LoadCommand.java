package org.lede.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lede.opensearch.LoadCounts;
import org.lede.opensearch.OpenSearchException;
import org.lede.opensearch.OpenSearchLoad;
import org.lede.postgres.LoadListener;
import org.lede.postgres.LoadSummary;
import org.lede.postgres.PostgresAddress;
import org.lede.postgres.PostgresStore;
import org.lede.postgres.RefusedLine;
import org.lede.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lede load}: the output of {@code lede spark} bulk-loaded into a PostgreSQL store, an OpenSearch index or both,
 * resumable.
 */
@Command(
    name = "load",
    header = "Bulk-load the output of lede spark into PostgreSQL and OpenSearch; a re-run resumes where it stopped.",
    mixinStandardHelpOptions = true,
    description = {
        "Loads every part file of OUT/articles (part-*.jsonl.gz, the JSON Lines contract, as `lede spark --output OUT`",
        "writes it) into the store named by --store, a part at a time: each part is streamed through COPY and upserted",
        "(an article already stored is replaced) in one transaction that also records the part. A re-run skips the",
        "parts already loaded, so a load stopped by a crash resumes where it stopped; a part cut off part-way is rolled",
        "back whole. A bad line (not JSON, no id) is reported with its part file and line number and the rest goes on.",
        "The corpus tables the job wrote (OUT/corpus/{entity,mention,corpus_quote,quote_carrier,corpus_quote_key}) are",
        "loaded after the articles into the store's tables of the same names, a part at a time and resumable alike.",
        "",
        "--index loads the same parts into an OpenSearch index with _bulk (the index and its template are made when",
        "absent; each article under its id, so a reload replaces it); the parts loaded whole are recorded in the cluster",
        "and skipped by a re-run. With both, the store is loaded first, then the index.",
        "",
        "Examples:  lede load OUT --store postgres://lede@127.0.0.1:5432/news",
        "           lede load OUT --store postgres://lede@127.0.0.1:5432/news --index opensearch://127.0.0.1:9200/news",
        "",
        "Exit codes: 0 everything loaded; 1 some lines or parts refused (the rest loaded); 2 bad usage or address;",
        "3 the store cannot be reached or failed.",
    })
final class LoadCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OUT", description = "the --output folder of lede spark (it holds articles/)")
  Path out;

  @Option(names = "--store", paramLabel = "URL", description = "the PostgreSQL store: " + PostgresAddress.FORM)
  String store;

  @Option(names = "--index", paramLabel = "URL", description = "the OpenSearch index: opensearch://HOST:PORT/INDEX")
  String index;

  @Option(names = {"-q", "--quiet"}, description = "print refused lines and failures only, not the summary")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    if (store == null && index == null) {
      System.err.println("lede load: say where to load: --store " + PostgresAddress.FORM
          + ", --index opensearch://HOST:PORT/INDEX, or both");
      return ExitCodes.USAGE;
    }
    int exit = ExitCodes.OK;
    if (store != null) {
      exit = loadStore();
      if (exit == ExitCodes.USAGE || exit == ExitCodes.INTERNAL) return exit;
    }
    if (index != null) {
      int indexed = loadIndex();
      if (indexed != ExitCodes.OK) exit = indexed;
    }
    return exit;
  }

  private int loadIndex() {
    LoadCounts counts;
    try {
      counts = OpenSearchLoad.load(out, java.net.URI.create(index), System.err);
    } catch (IllegalArgumentException e) {
      System.err.println("lede load: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (OpenSearchException | java.io.UncheckedIOException e) {
      System.err.println("lede load: " + oneLine(e.getMessage()) + "; the parts finished before are kept, and a re-run resumes after them");
      return ExitCodes.INTERNAL;
    }
    if (!quiet) {
      System.err.printf(Locale.ROOT, "lede load: %s: %,d %s loaded (%,d loaded before, skipped), %,d articles, %,d lines"
              + " refused, %,d articles in the index, in %.1f s: %,.0f articles/s%n", index, counts.parts(),
          counts.parts() == 1 ? "part" : "parts", counts.skippedParts(), counts.articles(), counts.failed(),
          counts.documents(), counts.took().toNanos() / 1e9, counts.articlesPerSecond());
    }
    return counts.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private int loadStore() throws IOException {
    PostgresAddress address;
    try {
      address = PostgresAddress.parse(store);
    } catch (IllegalArgumentException e) {
      System.err.println("lede load: --store " + e.getMessage());
      return ExitCodes.USAGE;
    }
    LoadSummary summary;
    try (PostgresStore target = PostgresStore.open(address)) {
      summary = target.load(out, new Report());
    } catch (StoreException e) {
      System.err.println("lede load: " + oneLine(e.getMessage()));
      return ExitCodes.INTERNAL;
    } catch (IllegalArgumentException e) {
      System.err.println("lede load: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (!quiet) {
      System.err.printf(Locale.ROOT, "lede load: %s: %,d %s loaded (%,d loaded before, skipped; %,d failed), %,d articles,"
              + "%s %,d lines refused, in %.1f s: %,.0f articles/s%n", address, summary.loaded(),
          summary.loaded() == 1 ? "part" : "parts", summary.skipped(), summary.failed(), summary.articles(),
          summary.corpusRows() == 0 ? "" : String.format(Locale.ROOT, " %,d corpus rows,", summary.corpusRows()),
          summary.refused(), summary.took().toNanos() / 1e9, summary.articlesPerSecond());
    }
    return summary.complete() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private static String oneLine(String message) {
    return message == null ? "failed" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** Says each refused line and failed part as it is met. */
  private static final class Report implements LoadListener {
    @Override
    public void refused(RefusedLine line) {
      System.err.println("lede load: " + line);
    }

    @Override
    public void failed(Path part, Exception why) {
      System.err.println("lede load: " + part + ": not loaded (" + oneLine(String.valueOf(why.getMessage())) + "); nothing of it was kept");
    }
  }
}
