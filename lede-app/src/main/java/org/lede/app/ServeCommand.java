package org.lede.app;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.net.URI;
import org.lede.library.Library;
import org.lede.library.Newsroom;
import org.lede.opensearch.IndexAddress;
import org.lede.opensearch.OpenSearchException;
import org.lede.postgres.PostgresAddress;
import org.lede.postgres.PostgresNewsroom;
import org.lede.store.StoreException;
import org.lede.web.RateLimit;
import org.lede.web.WebConfig;
import org.lede.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lede serve}: the web app, REST API and feeds over the data directory. */
@Command(
    name = "serve",
    header = "The web reader, REST API, feeds and short URLs (default http://127.0.0.1:7070).",
    mixinStandardHelpOptions = true,
    description = {
        "Serve the stored articles on the web: search with facets, article pages,",
        "short URLs, follows, a REST API (/api/v1, described at /api/openapi.json)",
        "and Atom, RSS and JSON feeds.",
        "",
        "It listens on this computer only (127.0.0.1) unless --host says otherwise;",
        "on any other address, following needs a token from `lede token create`.",
        "Each client address beyond this computer may make --rate-limit requests a",
        "second (a write counts as 10); more are refused with 429 and Retry-After.",
        "",
        "Each request is logged on stderr (method, path, status, milliseconds) and each",
        "failure with its cause; --log-level warn keeps only failures, --log FILE also",
        "writes them to FILE with stack traces. Clients never see a stack trace.",
        "",
        "With --store postgres://... and --index opensearch://... it serves what",
        "`lede load` put there instead: articles, search, people and organizations",
        "with their quotes. Stories, copies, attention counts and writes are not",
        "served from there yet (those pages say so); follows and tokens stay in --data.",
        "",
        "Examples:  lede serve                       then open http://127.0.0.1:7070",
        "           lede serve --port 8080 --data news-data",
        "           lede serve --store postgres://lede@127.0.0.1:5432/news --index opensearch://127.0.0.1:9200/news",
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin LogOptions logs;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = WebConfig.DEFAULT_HOST,
      description = "the address to listen on (default: ${DEFAULT-VALUE}, this computer only)")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
      description = "the port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "50",
      description = "requests a second each client address beyond this computer may make, in bursts of 4 seconds' "
          + "worth; 0 for no limit (default: ${DEFAULT-VALUE})")
  int rateLimit;

  @Option(names = "--store", paramLabel = "URL",
      description = "serve this PostgreSQL store (" + PostgresAddress.FORM + ") instead of --data; needs --index")
  String store;

  @Option(names = "--index", paramLabel = "URL",
      description = "search this OpenSearch index (opensearch://HOST:PORT/INDEX); with --store")
  String index;

  @Override
  public Integer call() throws InterruptedException {
    logs.apply(Logs.Threshold.INFO);
    if (rateLimit < 0) {
      System.err.println("lede serve: --rate-limit must be 0 (no limit) or more, was " + rateLimit);
      return ExitCodes.USAGE;
    }
    WebConfig config = new WebConfig(host, port, Clock.systemUTC()).withRateLimit(RateLimit.standard().withPerSecond(rateLimit));
    if (store != null || index != null) return serveLoaded(config);
    try (Library library = data.open()) {
      return serve(library, library.searchable(), config);
    }
  }

  /** Serves a PostgreSQL store and an OpenSearch index that {@code lede load} filled. */
  private int serveLoaded(WebConfig config) throws InterruptedException {
    if (store == null || index == null) {
      System.err.println("lede serve: --store and --index go together (a PostgreSQL store and its OpenSearch index)");
      return ExitCodes.USAGE;
    }
    PostgresAddress address;
    URI indexUri;
    try {
      address = PostgresAddress.parse(store);
      indexUri = URI.create(IndexAddress.parse(index).toString());
    } catch (IllegalArgumentException e) {
      System.err.println("lede serve: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (PostgresNewsroom newsroom = PostgresNewsroom.open(address, indexUri, data.dir)) {
      return serve(newsroom, newsroom.searchable(), config);
    } catch (StoreException | OpenSearchException e) {
      System.err.println("lede serve: " + e.getMessage());
      return ExitCodes.INTERNAL;
    }
  }

  private int serve(Newsroom newsroom, long articles, WebConfig config) throws InterruptedException {
    try (WebServer server = WebServer.start(newsroom, config)) {
      System.out.println("Lede is serving " + articles + " articles at " + server.url() + "/  (Ctrl-C stops)");
      if (config.writesNeedToken()) {
        System.out.println("Listening beyond loopback: following needs a token (lede token create --data " + data.dir + ")");
      }
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      server.join();
      return ExitCodes.OK;
    } catch (IllegalStateException e) {
      System.err.println("lede serve: " + e.getMessage());
      return ExitCodes.INTERNAL;
    }
  }
}
