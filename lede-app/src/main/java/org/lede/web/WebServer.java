package org.lede.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.lede.library.Newsroom;

/**
 * Lede's web app: the reader's pages, the REST API, feeds and short URLs over one {@link Newsroom} (a {@link org.lede.library.Library}, or a store {@code lede load} filled).
 *
 * <pre>{@code
 * try (Library lib = Library.open(dir); WebServer web = WebServer.start(lib, WebConfig.defaults())) {
 *   System.out.println(web.url());
 *   web.join();
 * }
 * }</pre>
 *
 * <p>Nothing listens before {@link #start}; {@link #close} stops the server and closes the web database, not the
 * library. Thread-safe: requests are served concurrently.
 */
public final class WebServer implements AutoCloseable {
  /** Marks a request whose error was answered already, so Javalin's own 404 text does not replace it. */
  private static final String ANSWERED = "lede.answered";
  /** Each request, one line; failures with their cause. Configured by {@code lede serve --log-level}. */
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("lede.http");
  private final Javalin app;
  private final Follows follows;
  private final AccessTokens tokens;
  private final String host;

  private WebServer(Javalin app, Follows follows, AccessTokens tokens, String host) {
    this.app = app;
    this.follows = follows;
    this.tokens = tokens;
    this.host = host;
  }

  /**
   * Starts serving {@code library} as {@code config} says; follows and tokens live in the library's data directory.
   *
   * @throws IllegalStateException when the port cannot be bound
   */
  public static WebServer start(Newsroom library, WebConfig config) {
    return start(library, config, config.writesNeedToken());
  }

  /** Starts the server; tests ask for tokens on loopback, so they never have to listen on a public address. */
  static WebServer start(Newsroom library, WebConfig config, boolean writesNeedToken) {
    Follows follows = new Follows(WebDb.open(library.dataDir()), config.clock());
    AccessTokens tokens = AccessTokens.open(library.dataDir(), config.clock());
    Guard guard = new Guard(writesNeedToken, !config.writesNeedToken(), tokens);
    RateLimits limits = new RateLimits(config.rateLimit(), System::nanoTime);
    Views views = new Views(config.clock());
    Templates templates = new Templates();
    Pages pages = new Pages(library, follows, views, templates, guard);
    Api api = new Api(library, follows);
    QuoteApi quoteApi = new QuoteApi(library);
    EntityApi entityApi = new EntityApi(library);
    ExportApi exportApi = new ExportApi(library);
    ExplorePages explore = new ExplorePages(library, templates, config.clock());
    FeedRoutes feeds = new FeedRoutes(library, follows, config.clock());
    // the entity model loads at the first POST, not at start: a server that is only read never pays for it
    IngestApi ingestApi = new IngestApi(library, org.lede.extract.Extraction.standard(), org.lede.annotate.Annotator.standard());
    String openApi = resource("openapi.json");

    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/org/lede/web/static";
        s.location = Location.CLASSPATH;
        s.headers = java.util.Map.of("Cache-Control", "no-cache");
      });
      c.http.maxRequestSize = Guard.MAX_BODY; // news sent to be stored is read by its handler, to its own limit
      c.requestLogger.http((ctx, ms) -> {
        if (LOG.isLoggable(java.util.logging.Level.INFO)) LOG.info(requestLine(ctx, ms));
      });
    });
    app.before(guard::headers);
    app.before(guard::checkHost);
    app.before(limits::check);
    app.before(guard::checkBody);
    app.before(guard::checkWrite);

    app.get("/", pages::home);
    app.get("/search", pages::search);
    app.get("/a/{id}", pages::article);
    app.get("/a/{id}/raw", pages::raw);
    StoryPages stories = new StoryPages(library, templates, config.clock());
    StoryRedirects merged = new StoryRedirects(library::stories);
    app.before("/story/{id}", merged::redirect);
    app.before("/api/v1/stories/{id}", merged::redirect);
    app.get("/story/{id}", stories::page);
    app.get("/api/v1/stories", stories::list);
    app.get("/api/v1/stories/{id}", stories::one);
    app.get("/e/{id}", pages::entity);
    app.get("/following", pages::following);
    app.get("/explore", explore::page);
    app.get("/explore.csv", explore::csv);
    app.get("/explore.png", explore::png);
    app.get("/explore/said.csv", explore::saidCsv);
    app.post("/follows", pages::followForm);
    app.get("/s/{code}", pages::shortUrl);
    app.get("/login", pages::loginPage);
    app.post("/login", pages::login);

    app.get("/api/openapi.json", ctx -> Etags.send(ctx, Api.JSON, openApi));
    app.get("/api/v1/articles", api::search);
    app.post("/api/v1/articles", ingestApi::ingest);
    app.get("/api/v1/articles/{id}", api::article);
    app.get("/api/v1/articles/{id}/versions", api::versions);
    app.get("/api/v1/search", api::search);
    app.get("/api/v1/articles/{id}/quotes", quoteApi::ofArticle);
    app.get("/api/v1/quotes", quoteApi::corpusQuotes);
    app.get("/api/v1/entities", entityApi::list);
    app.get("/api/v1/entities/{id}", entityApi::one);
    app.get("/api/v1/entities/{id}/quotes", entityApi::quotes);
    app.get("/api/v1/entities/{id}/mentions", entityApi::mentions);
    app.get("/api/v1/export", exportApi::export);
    app.get("/api/v1/attention", explore::api);
    app.get("/api/v1/said", explore::saidApi);
    app.get("/api/v1/follows", api::listFollows);
    app.post("/api/v1/follows", api::addFollow);
    app.delete("/api/v1/follows", api::removeFollow);

    app.get("/feeds/search.{format}", feeds::search);
    app.get("/feeds/following.{format}", feeds::following);
    app.get("/feeds/entity.{format}", feeds::entity);
    app.get("/feeds/speaker.{format}", feeds::speaker);
    app.get("/feeds/site.{format}", feeds::site);
    app.get("/feeds/story.{format}", stories::feed);

    app.exception(Problem.class, (p, ctx) -> answer(ctx, p, pages));
    // a part of the news the store does not hold yet (stories on a PostgreSQL store): a page saying so, not a failure
    app.exception(org.lede.library.NotServedHere.class, (e, ctx) -> answer(ctx, new Problem(501, "Not served by this store",
        e.getMessage()), pages));
    app.exception(org.lede.index.UnknownCollectionException.class, (e, ctx) -> answer(ctx, Problem.badRequest(e.getMessage()), pages));
    // an exception's text is never shown to the client, a 400's no more than a 500's: it may name files, SQL, classes
    // or another reader's input. Handlers that refuse a parameter say so with a Problem that names it.
    app.exception(IllegalArgumentException.class, (e, ctx) -> answer(ctx, Problem.badRequest(
        "Lede could not read this request's parameters (error " + logged(ctx, java.util.logging.Level.WARNING, e)
            + "; the server's log has the details)."), pages));
    app.exception(Exception.class, (e, ctx) -> answer(ctx, new Problem(500, "Internal error",
        "Lede failed to answer this request (error " + logged(ctx, java.util.logging.Level.SEVERE, e)
            + "; the server's log has the details)."), pages));
    app.error(404, ctx -> {
      if (ctx.attribute(ANSWERED) == null) answer(ctx, Problem.notFound("There is no page at " + ctx.path() + "."), pages);
    });
    app.error(405, ctx -> {
      if (ctx.attribute(ANSWERED) == null) answer(ctx, new Problem(405, "Method not allowed", ctx.method() + " is not allowed here"), pages);
    });

    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      follows.close();
      tokens.close();
      throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
    }
    return new WebServer(app, follows, tokens, config.host());
  }

  /** Returns the port the server listens on (the one picked when port 0 was asked for). */
  public int port() {
    return app.port();
  }

  /** Returns the server's address, e.g. {@code http://127.0.0.1:7070}. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port();
  }

  /** Blocks until the server stops (e.g. the process is interrupted). */
  public void join() throws InterruptedException {
    app.jettyServer().server().join();
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      follows.close();
      tokens.close();
    }
  }

  /**
   * "GET /e/P:x 200 12.3 ms": one line a request, built without a {@link java.util.Formatter}, whose parsing of its
   * pattern cost more than some pages.
   */
  static String requestLine(Context ctx, float ms) {
    long tenths = Math.max(0, Math.round(ms * 10.0));
    return ctx.method() + " " + ctx.path() + " " + ctx.statusCode() + " " + tenths / 10 + "." + tenths % 10 + " ms";
  }

  /** Logs {@code e} with a fresh reference and returns the reference, which is all the client is told. */
  private static String logged(Context ctx, java.util.logging.Level level, Exception e) {
    String ref = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 16);
    LOG.log(level, "error " + ref + " answering " + ctx.method() + " " + ctx.path(), e);
    return ref;
  }

  private static void answer(Context ctx, Problem p, Pages pages) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    // a refused request's body was not read: kept open, the connection would read and discard all of it, however
    // long, to reach the next request (a 421 or 401 to a chunked body of 128 MB read all 128 MB)
    if (ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null) ctx.header("Connection", "close");
    if (ctx.path().startsWith("/api/")) Api.problem(ctx, p);
    else pages.error(ctx, p);
  }

  private static String resource(String name) {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing from the jar: " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
