package org.lede.app;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.lede.library.Library;
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

  @Override
  public Integer call() throws InterruptedException {
    logs.apply(Logs.Threshold.INFO);
    try (Library library = data.open();
         WebServer server = WebServer.start(library, new WebConfig(host, port, Clock.systemUTC()))) {
      System.out.println("Lede is serving " + library.stats().articles() + " articles at " + server.url() + "/  (Ctrl-C stops)");
      if (new WebConfig(host, port, Clock.systemUTC()).writesNeedToken()) {
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
