package org.lede.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lede.Lede;
import org.lede.annotate.Annotator;
import org.lede.feed.Source;
import org.lede.library.Library;
import org.lede.source.FileInputs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede ingest}: extracts articles from files, archives, URLs, feeds and sitemaps and stores them, searchable. */
@Command(
    name = "ingest",
    header = "Extract and store files, directories, WARC archives, URLs, feeds and sitemaps.",
    mixinStandardHelpOptions = true,
    description = {
        "Extract articles and store them in the data directory, where `lede search`",
        "finds them. Inputs are files and directories (recursive; .gz is read), WARC",
        "archives (.warc, .warc.gz: each HTML response record is a page), http(s) URLs",
        "of pages, and with --feed and --sitemap the new pages a feed or sitemap lists.",
        "The raw input is kept, so `lede reprocess` can extract it again later.",
        "",
        "Articles already extracted are read from JSON Lines (.jsonl, .ndjson) in the",
        "contract's shape (as `lede export` writes it; at least headline or text) or",
        "news-please's, and from CSV with a header row naming its columns (headline or",
        "title, text/body/content, url, site/source/publisher, published/date,",
        "byline/author, id), each maybe .gz. A record's id is kept; each record is its",
        "own input, and a bad one is reported as FILE:LINE while the rest go on.",
        "",
        "Ingesting the same input twice adds nothing; an article whose text changed",
        "becomes a new version. Feeds and sitemaps remember what they listed (in the",
        "data directory): a second run fetches only new pages, and asks for the feed",
        "itself with a conditional GET.",
        "",
        "Fetching is polite: robots.txt is obeyed, requests to one host are spaced by",
        "--delay and at most --per-host run at once, and 429/5xx answers are retried",
        "with backoff. Links in feeds are untrusted, so loopback and private addresses",
        "are refused unless --allow-private is given.",
        "",
        "Files, archive records and URLs are read, extracted and annotated on --threads",
        "threads (default: one per core) and stored by one writer in input order, so the",
        "store is the same whatever the number of threads. At most twice that many",
        "inputs are in memory at once.",
        "",
        "A failed input is reported on stderr in one line with its reason and the rest",
        "go on; --log FILE also writes each failure's full cause there. The exit code",
        "is 0 only when nothing failed.",
        "",
        "Examples:  lede ingest --data news-data ~/scraped/ CC-NEWS-20260303.warc.gz",
        "           lede ingest --data copy export.jsonl.gz wire-feed.csv",
        "           lede ingest --threads 4 ~/scraped/",
        "           lede ingest https://news.example.org/2026/03/03/pier-vote",
        "           lede ingest --feed https://news.example.org/rss.xml",
        "           lede ingest --sitemap https://news.example.org/news-sitemap.xml",
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin FetchOptions fetch;
  @Mixin ThreadsOption threads;
  @Mixin LogOptions logs;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "resolve relative times (\"Updated 5 sec ago\") against this ISO-8601 instant instead of the "
          + "input's time (its fetch time, else the file's)")
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

  @Option(names = "--feed", paramLabel = "URL", description = "an RSS, Atom or JSON feed whose new items to ingest (repeatable)")
  List<URI> feeds = new ArrayList<>();

  @Option(names = "--sitemap", paramLabel = "URL",
      description = "a sitemap, sitemap index or news sitemap whose new pages to ingest (repeatable)")
  List<URI> sitemaps = new ArrayList<>();

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "files, directories, WARC files or http(s) URLs")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() {
    logs.applyToBatch();
    if (inputs.isEmpty() && feeds.isEmpty() && sitemaps.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing input: give a PATH, a URL, --feed or --sitemap");
    }
    List<Path> paths = new ArrayList<>();
    List<URI> urls = new ArrayList<>();
    for (String input : inputs) {
      if (input.startsWith("http://") || input.startsWith("https://")) urls.add(URI.create(input));
      else paths.add(Path.of(input));
    }
    List<Source> sources = new ArrayList<>();
    feeds.forEach(u -> sources.add(new Source(Source.Kind.FEED, u)));
    sitemaps.forEach(u -> sources.add(new Source(Source.Kind.SITEMAP, u)));
    long maxBytes = maxSizeMb * 1024L * 1024L;
    FileInputs files = Lede.files().withPlainText(plain).withMaxBytes(maxBytes);
    if (!noAnnotations) Annotator.loadInBackground();
    try (Library library = data.open()) {
      IngestRun.Summary summary = new IngestRun(files, Lede.extraction().withAsOf(asOf),
          noAnnotations ? null : Annotator.standard(), library, System.err, quiet,
          fetch.policy(maxBytes), Math.max(1, fetch.workers)).withThreads(threads.count()).run(paths, urls, sources);
      System.out.println(summary.describe());
      return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
  }
}
