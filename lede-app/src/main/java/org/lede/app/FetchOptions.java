package org.lede.app;

import java.time.Duration;
import org.lede.fetch.FetchPolicy;
import picocli.CommandLine.Option;

/** The options {@code lede ingest} and {@code lede watch} share for fetching from the web. */
final class FetchOptions {
  @Option(names = "--allow-private",
      description = "allow fetching loopback, private and link-local addresses (off: feed links are untrusted)")
  boolean allowPrivate;

  @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
      description = "least time between two requests to one host, in milliseconds (default: ${DEFAULT-VALUE})")
  long delayMs;

  @Option(names = "--per-host", paramLabel = "N", defaultValue = "2",
      description = "most requests in flight to one host (default: ${DEFAULT-VALUE})")
  int perHost;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "8",
      description = "pages fetched at once across all hosts (default: ${DEFAULT-VALUE})")
  int workers;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "longest wait for one response (default: ${DEFAULT-VALUE})")
  int timeoutSeconds;

  /** Returns the fetch policy these options describe; bodies are capped at {@code maxBytes}. */
  FetchPolicy policy(long maxBytes) {
    return FetchPolicy.standard()
        .withAllowPrivate(allowPrivate)
        .withPolitenessDelay(Duration.ofMillis(Math.max(0, delayMs)))
        .withPerHostConcurrency(Math.max(1, perHost))
        .withTimeouts(FetchPolicy.standard().connectTimeout(), Duration.ofSeconds(Math.max(1, timeoutSeconds)))
        .withMaxBytes(maxBytes);
  }
}
