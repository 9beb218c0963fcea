package org.lede.app;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.lede.library.Library;
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
        "Examples:  lede serve                       then open http://127.0.0.1:7070",
        "           lede serve --port 8080 --data news-data",
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

  @Override
  public Integer call() throws InterruptedException {
    logs.apply(Logs.Threshold.INFO);
    if (rateLimit < 0) {
      System.err.println("lede serve: --rate-limit must be 0 (no limit) or more, was " + rateLimit);
      return ExitCodes.USAGE;
    }
    WebConfig config = new WebConfig(host, port, Clock.systemUTC()).withRateLimit(RateLimit.standard().withPerSecond(rateLimit));
    try (Library library = data.open();
         WebServer server = WebServer.start(library, config)) {
      System.out.println("Lede is serving " + library.searchable() + " articles at " + server.url() + "/  (Ctrl-C stops)");
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
