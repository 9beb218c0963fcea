package org.lede.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.lede.annotate.Annotations;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.extract.Extraction;
import org.lede.library.Newsroom;
import org.lede.source.Document;
import org.lede.source.InputException;
import org.lede.source.MediaType;
import org.lede.store.ArticleOutcome;
import org.lede.store.IngestOutcome;

/**
 * {@code POST /api/v1/articles}: one input (an HTML page, a text dump, plain text or one article as JSON) sent by
 * a scraper or a newsroom system while the server runs, extracted, annotated and stored as {@code lede ingest}
 * would. Only one process can write a data directory, so this is how news reaches a store that is being served.
 *
 * <p>Work is bounded: the body is read up to {@link #MAX_BYTES}, and at most as many inputs as there are cores are
 * analysed at once; a request that finds them all busy for {@link #WAIT_SECONDS} s is answered 503 with
 * Retry-After, so a burst of writes queues at the client, not in the server's memory. Thread-safe.
 */
final class IngestApi {
  static final int MAX_BYTES = 16 * 1024 * 1024;
  private static final int WAIT_SECONDS = 10;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Newsroom library;
  private final Extraction extraction;
  private final Annotator annotator;
  private final Semaphore analysing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

  /** {@code annotator} null stores articles without annotations, as {@code lede ingest --no-annotations}. */
  IngestApi(Newsroom library, Extraction extraction, Annotator annotator) {
    this.library = library;
    this.extraction = extraction;
    this.annotator = annotator;
  }

  void ingest(Context ctx) throws InterruptedException {
    String url = pageUrl(ctx.queryParam("url"));
    MediaType type = mediaType(ctx.contentType());
    byte[] body = body(ctx);
    if (body.length == 0) throw Problem.badRequest("the request has no body: send the page or article as it");
    String input = url != null ? url : "api:" + sha256(body).substring(0, 16);
    Document document = new Document(input, body, type == null ? MediaType.guess(input, body) : type,
        charset(ctx.contentType()), null, null);
    if (!analysing.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
      ctx.header("Retry-After", "5");
      throw new Problem(503, "Busy", "every analysis worker is busy; send this input again in a few seconds");
    }
    IngestOutcome outcome;
    try {
      List<Article> articles = extraction.extract(document);
      // the address the client gave, where the page states none, as for a page fetched from the web
      if (url != null) articles = articles.stream().map(a -> a.url() == null ? a.toBuilder().url(url).build() : a).toList();
      List<Annotations> annotations = new ArrayList<>(articles.size());
      for (Article a : articles) annotations.add(annotator == null ? Annotations.NONE : annotator.annotate(a));
      outcome = library.ingest(document, articles, annotations);
    } catch (InputException e) {
      throw new Problem(422, "No article", "no article could be read from this input: " + e.reason());
    } finally {
      analysing.release();
    }
    List<Map<String, Object>> stored = new ArrayList<>();
    for (ArticleOutcome a : outcome.articles()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a.id());
      m.put("change", a.change().name().toLowerCase(Locale.ROOT));
      m.put("version", a.version());
      m.put("link", "/api/v1/articles/" + a.id());
      m.put("page", "/a/" + a.id());
      stored.add(m);
    }
    boolean created = outcome.articles().stream().anyMatch(a -> a.change() != ArticleOutcome.Change.UNCHANGED);
    if (!stored.isEmpty()) ctx.header("Location", "/api/v1/articles/" + outcome.articles().getFirst().id());
    ctx.status(created ? 201 : 200).contentType(Api.JSON).result(write(Map.of("articles", stored)));
  }

  /** The page's address, when the client gives it: it names the input and resolves the page's relative links. */
  private static String pageUrl(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && url.length() <= 2048) return u.toString();
    } catch (java.net.URISyntaxException e) {
      // answered below
    }
    throw Problem.badRequest("url must be the page's http or https address");
  }

  /** The media type the client declared, or null to sniff the body as {@code lede ingest} does. */
  private static MediaType mediaType(String contentType) {
    if (contentType == null) return null;
    String t = contentType.toLowerCase(Locale.ROOT);
    int semi = t.indexOf(';');
    if (semi >= 0) t = t.substring(0, semi);
    return switch (t.strip()) {
      case "text/html", "application/xhtml+xml" -> MediaType.HTML;
      case "application/json" -> MediaType.ARTICLE_JSON;
      case "text/plain" -> MediaType.TEXT_DUMP;
      case "application/octet-stream", "" -> null;
      default -> throw new Problem(415, "Unsupported media type",
          "send text/html, text/plain (a text dump) or application/json (one article in the contract's shape)");
    };
  }

  private static Charset charset(String contentType) {
    if (contentType == null) return null;
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        try {
          return Charset.forName(p.substring(8).replace("\"", "").strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return null; // sniffed from the content instead, as for a page whose header names an unknown charset
        }
      }
    }
    return null;
  }

  private static byte[] body(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BYTES) throw tooLarge(ctx);
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) throw tooLarge(ctx);
      return bytes;
    } catch (IOException e) {
      throw Problem.badRequest("the request body could not be read");
    }
  }

  /**
   * The refusal of a body over the limit. The connection is closed after it: kept open, the server would read and
   * discard the rest of a chunked body, however long, to reach the next request on it.
   */
  private static Problem tooLarge(Context ctx) {
    ctx.header("Connection", "close");
    return new Problem(413, "Too large", "an input may be at most " + MAX_BYTES / (1024 * 1024) + " MB");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
