package org.lede.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.lede.Lede;
import org.lede.feed.SourcesFile;
import org.lede.feed.Source;
import org.lede.fetch.Fetcher;
import org.lede.annotate.Annotator;
import org.lede.library.Library;
import org.lede.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede watch}: polls feeds and sitemaps on a schedule and ingests what is new. */
@Command(
    name = "watch",
    header = "Poll feeds and sitemaps on a schedule and ingest what is new.",
    mixinStandardHelpOptions = true,
    description = {
        "Poll the feeds and sitemaps listed in SOURCES every --every, and ingest each",
        "page they list that was not ingested before. What was done is kept in the data",
        "directory (sources.journal): stop lede watch at any moment, even with kill -9,",
        "and the next start neither loses a page nor stores one twice.",
        "",
        "SOURCES lists one source a line, its kind then its URL; blank lines and #",
        "comments are ignored, and a YAML list reads the same:",
        "",
        "    # world desk",
        "    feed     https://news.example.org/world/rss.xml",
        "    - sitemap: https://news.example.org/sitemap-news.xml",
        "",
        "Each poll prints one summary line. Failed pages are reported on stderr; those",
        "that failed for now (a timeout, a 503) are tried again on the next poll.",
        "",
        "Example:  lede watch --data news-data --every 10m sources.yaml",
    })
final class WatchCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin FetchOptions fetch;
  @Mixin LogOptions logs;

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m",
      description = "time between the starts of two polls: 30s, 10m, 1h (default: ${DEFAULT-VALUE})")
  String every;

  @Option(names = "--polls", paramLabel = "N", defaultValue = "0",
      description = "stop after N polls (default: never; --polls 1 polls once)")
  int polls;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "32",
      description = "refuse pages larger than this many megabytes (default: ${DEFAULT-VALUE})")
  int maxSizeMb;

  @Parameters(paramLabel = "SOURCES", description = "the file listing the feeds and sitemaps to poll")
  Path sourcesFile;

  @Override
  public Integer call() throws InterruptedException {
    logs.applyToBatch();
    Duration interval = parse(every);
    if (interval == null) {
      System.err.println("lede: --every: not a duration: '" + every + "' (e.g. 30s, 10m, 1h)");
      return ExitCodes.USAGE;
    }
    List<Source> sources;
    try {
      sources = SourcesFile.read(sourcesFile);
    } catch (InputException e) {
      System.err.println("lede: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    long maxBytes = maxSizeMb * 1024L * 1024L;
    int lastFailed = 0;
    try (Library library = data.open(); Fetcher fetcher = Fetcher.create(fetch.policy(maxBytes))) {
      IngestRun run = new IngestRun(Lede.files().withMaxBytes(maxBytes), Lede.extraction(), Annotator.standard(), library, System.err, true,
          fetcher.policy(), Math.max(1, fetch.workers));
      for (int n = 1; polls <= 0 || n <= polls; n++) {
        Instant start = Instant.now();
        IngestRun.Summary s = run.pollOnce(fetcher, sources);
        System.out.println(start.truncatedTo(ChronoUnit.SECONDS) + " poll " + n + ": " + s.describe().replace('\n', ' '));
        System.out.flush();
        lastFailed = (int) Math.min(Integer.MAX_VALUE, s.failed());
        if (polls > 0 && n >= polls) break;
        Duration left = interval.minus(Duration.between(start, Instant.now()));
        if (!left.isNegative()) Thread.sleep(left.toMillis());
      }
    }
    return lastFailed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /** Reads "30s", "10m", "1h", "500ms" or an ISO-8601 duration; null when it is none of those. */
  static Duration parse(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    try {
      if (t.startsWith("p")) return Duration.parse(text.trim());
      if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        default -> throw new IllegalArgumentException();
      };
    } catch (RuntimeException e) {
      return null;
    }
  }
}
