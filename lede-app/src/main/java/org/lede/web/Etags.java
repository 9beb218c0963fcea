package org.lede.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Sends a body with an ETag, or 304 Not Modified when the client already holds that body. */
final class Etags {
  private Etags() {}

  static void send(Context ctx, String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String etag = "\"" + HexFormat.of().formatHex(sha256(bytes), 0, 12) + "\"";
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
        .map(t -> t.strip().replaceFirst("^W/", "")).anyMatch(t -> t.equals(etag) || t.equals("*"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(contentType).result(bytes);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
