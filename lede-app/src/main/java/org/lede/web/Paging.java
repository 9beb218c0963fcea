package org.lede.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lede.corpus.Corpus;
import org.lede.index.SearchCursor;

/**
 * Cursor paging for every API list: how many items a page holds, and opaque cursors that say where the next page
 * starts. A cursor is the position of the last item seen (a sort key, never a count), so items added meanwhile do not
 * shift later pages. Cursors are not secret, only opaque: a client passes back what it was given, and one it made
 * up is refused with a 400.
 */
final class Paging {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private Paging() {}

  /** Returns the {@code limit} parameter, checked. */
  static int limit(Context ctx) {
    return SearchForm.number(ctx.queryParam("limit"), DEFAULT_LIMIT, "limit", 1, MAX_LIMIT);
  }

  /** Seals {@code parts} into a cursor of {@code kind} ("s" search, "q" quotes, ...). */
  static String seal(String kind, Object... parts) {
    StringBuilder plain = new StringBuilder(kind);
    for (Object p : parts) plain.append('\n').append(p);
    return ENCODER.encodeToString(plain.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Opens the request's {@code cursor} parameter: its parts, or null when there is none. */
  static List<String> open(Context ctx, String kind, int parts) {
    return open(ctx.queryParam("cursor"), kind, parts);
  }

  /** Opens {@code cursor}, as a list of {@code kind} gave it out: its parts, or null when there is none. */
  static List<String> open(String cursor, String kind, int parts) {
    if (cursor == null || cursor.isBlank()) return null;
    try {
      String[] fields = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\n", -1);
      if (fields.length == parts + 1 && fields[0].equals(kind)) return List.of(fields).subList(1, fields.length);
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw badCursor();
  }

  static Problem badCursor() {
    return Problem.badRequest("cursor is not one this list gave out; pass back the nextCursor of the previous page");
  }

  /** Seals where a newest-first corpus list stopped into a cursor of {@code kind}. */
  static String seal(String kind, Corpus.After after) {
    return seal(kind, after.published() == null ? "" : after.published().toEpochMilli(), after.id());
  }

  /** Opens the request's cursor of a newest-first corpus list of {@code kind}, or null when there is none. */
  static Corpus.After after(Context ctx, String kind) {
    return after(ctx.queryParam("cursor"), kind);
  }

  static Corpus.After after(String cursor, String kind) {
    List<String> p = open(cursor, kind, 2);
    if (p == null) return null;
    try {
      return new Corpus.After(p.get(0).isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(p.get(0))), p.get(1));
    } catch (NumberFormatException e) {
      throw badCursor();
    }
  }

  static String seal(SearchCursor c) {
    return seal("s", c.snapshot(), c.byDate(), Float.floatToIntBits(c.score()), c.published(), c.id());
  }

  static SearchCursor searchCursor(Context ctx) {
    return searchCursor(ctx.queryParam("cursor"));
  }

  static SearchCursor searchCursor(String cursor) {
    List<String> p = open(cursor, "s", 5);
    if (p == null) return null;
    try {
      return new SearchCursor(Long.parseLong(p.get(0)), Boolean.parseBoolean(p.get(1)),
          Float.intBitsToFloat(Integer.parseInt(p.get(2))), Long.parseLong(p.get(3)), p.get(4));
    } catch (NumberFormatException e) {
      throw badCursor();
    }
  }

  /**
   * Adds {@code limit}, {@code nextCursor} and {@code next} (this request's path and parameters with the new
   * cursor, or null at the end) to {@code page}.
   */
  static void links(Context ctx, Map<String, Object> page, int limit, String nextCursor) {
    page.put("limit", limit);
    page.put("nextCursor", nextCursor);
    page.put("next", nextCursor == null ? null : link(ctx, nextCursor));
  }

  private static String link(Context ctx, String cursor) {
    String kept = ctx.queryParamMap().entrySet().stream()
        .filter(e -> !e.getKey().equals("cursor"))
        .flatMap(e -> e.getValue().stream().map(v -> SearchForm.encode(e.getKey()) + "=" + SearchForm.encode(v)))
        .collect(Collectors.joining("&"));
    return ctx.path() + "?" + (kept.isEmpty() ? "" : kept + "&") + "cursor=" + cursor;
  }
}
