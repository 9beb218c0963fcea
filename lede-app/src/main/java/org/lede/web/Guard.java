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

  private final boolean tokenNeeded;
  private final AccessTokens tokens;

  Guard(boolean tokenNeeded, AccessTokens tokens) {
    this.tokenNeeded = tokenNeeded;
    this.tokens = tokens;
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
