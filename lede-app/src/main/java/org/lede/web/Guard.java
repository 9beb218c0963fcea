package org.lede.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Locale;

/**
 * The server's defences: headers that stop injected markup from running or framing, refusal of cross-site
 * writes, and the access token that writes need when the server is reachable from other machines.
 */
final class Guard {
  /** Scripts only from our own static files: article text can never run, even if it slipped past escaping. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: http: data:; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  static final String TOKEN_COOKIE = "lede_token";
  /** The largest body any route but news sent to be stored takes: a follow or a sign-in is a few hundred bytes. */
  static final int MAX_BODY = 64 * 1024;

  private final boolean tokenNeeded;
  private final boolean loopback;
  private final AccessTokens tokens;

  /**
   * @param tokenNeeded whether writes need an access token
   * @param loopback    whether the server listens on loopback only, so that only loopback names may address it
   */
  Guard(boolean tokenNeeded, boolean loopback, AccessTokens tokens) {
    this.tokenNeeded = tokenNeeded;
    this.loopback = loopback;
    this.tokens = tokens;
  }

  /**
   * On a loopback server, refuses a request addressed to any name but a loopback one. A page on another site can
   * rebind its own name to 127.0.0.1 and then call this server as if same-origin; its requests still carry its name.
   */
  void checkHost(Context ctx) {
    if (!loopback) return;
    String host = ctx.header("Host");
    if (host == null || loopbackName(host)) return;
    throw new Problem(421, "Misdirected request",
        "this server listens on this computer only and answers to localhost, 127.0.0.1 or [::1], not to other names");
  }

  /**
   * Refuses a body larger than its route takes, by its declared length, before a byte of it is read. News sent to be
   * stored ({@code POST /api/v1/articles}) may be a whole page, up to {@link IngestApi#MAX_BYTES}, and may come
   * chunked, because that handler reads at most its limit from the stream whatever the client declared. Every other
   * body is at most {@link #MAX_BODY} and must carry a Content-Length: the framework's limit reads only the declared
   * length, so a chunked body could otherwise be of any size.
   */
  void checkBody(Context ctx) {
    boolean news = takesNews(ctx);
    long max = news ? IngestApi.MAX_BYTES : MAX_BODY;
    if (ctx.req().getContentLengthLong() > max) {
      ctx.header("Connection", "close"); // else the server would read the unwanted body to reach the next request
      throw new Problem(413, "Too large", "a request body here may be at most " + size(max));
    }
    if (!news && ctx.header("Transfer-Encoding") != null) {
      ctx.header("Connection", "close");
      throw new Problem(411, "Length required", "send the body with a Content-Length (at most 64 KB), not chunked");
    }
  }

  private static boolean takesNews(Context ctx) {
    return ctx.method() == HandlerType.POST && ctx.path().equals("/api/v1/articles");
  }

  private static String size(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }

  /** Returns true for {@code localhost}, a {@code .localhost} name or a loopback address, with or without a port. */
  static boolean loopbackName(String hostHeader) {
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end > 0 && h.substring(1, end).equals("::1") && (end == h.length() - 1 || h.charAt(end + 1) == ':');
    }
    int colon = h.indexOf(':');
    if (colon >= 0) h = h.substring(0, colon);
    if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
    return h.equals("localhost") || h.endsWith(".localhost") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  /** Refuses a write that another site's page started, or one without a valid token when tokens are needed. */
  void checkWrite(Context ctx) {
    HandlerType method = ctx.method();
    if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) return;
    if (crossSite(ctx)) throw new Problem(403, "Forbidden", "writes from another site's page are refused");
    if (ctx.path().equals("/login")) return;
    if (tokenNeeded && !tokens.verify(presentedToken(ctx))) {
      throw new Problem(401, "Unauthorized",
          "this server listens beyond loopback: writes need an access token (lede token create), sent as "
              + "'Authorization: Bearer TOKEN' or by signing in at /login");
    }
  }

  boolean tokenNeeded() {
    return tokenNeeded;
  }

  boolean verify(String token) {
    return tokens.verify(token);
  }

  private static String presentedToken(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) return auth.substring(7).strip();
    return ctx.cookie(TOKEN_COOKIE);
  }

  private static boolean crossSite(Context ctx) {
    String fetchSite = ctx.header("Sec-Fetch-Site");
    if (fetchSite != null && fetchSite.toLowerCase(Locale.ROOT).equals("cross-site")) return true;
    String origin = ctx.header("Origin");
    if (origin == null) return false;
    if (origin.equals("null")) return true; // an opaque origin: a sandboxed frame or a data: page
    try {
      URI o = URI.create(origin);
      String host = ctx.header("Host");
      String originHost = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
      return host == null || !host.equalsIgnoreCase(originHost);
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /** Returns {@code path} when it is a path on this server, else "/": a form's return address is never a way off-site. */
  static String localPath(String path) {
    if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == '\\') return "/";
    }
    return path;
  }
}
