package org.lede.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;

/** Writes WARC files of invented news pages, shaped like Common Crawl's CC-NEWS, for tests and the bench. */
public final class WarcFixtures {
  private WarcFixtures() {}

  /** An invented article page; {@code n} varies its text. */
  public static String page(int n) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour board meets, session " + n
        + "</title><meta property=\"og:url\" content=\"https://news.example.org/harbour/" + n + "\">"
        + "<meta property=\"article:published_time\" content=\"2026-03-03T09:15:00Z\"></head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header><article>"
        + "<h1>Harbour board meets, session " + n + "</h1><p class=\"byline\">By Ines Calloway</p>"
        + "<p>MARROW ISLAND: The harbour board met for session " + n + " on Tuesday to decide how to repair the "
        + "pier that a storm damaged last week.</p>"
        + "<p>\u201cWe will not let the ferry stop again,\u201d said board chair Tomas Reyes. Repairs will cost about "
        + (n % 9 + 1) + " million pounds, the council said.</p>"
        + "<p>Fishermen said the work should start before the spring season, when the boats go out daily.</p>"
        + "</article><footer>Copyright Example News</footer></body></html>";
  }

  /** A response record for {@code url} with {@code body} and the given Content-Type and Content-Encoding. */
  public static WarcResponse response(String url, Instant date, String contentType, String encoding, byte[] body,
      WarcTruncationReason truncated) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", contentType);
    if (encoding != null) http.addHeader("Content-Encoding", encoding);
    HttpResponse h = http.body(MediaType.parse(contentType), body).build();
    WarcResponse.Builder b = new WarcResponse.Builder(URI.create(url)).date(date).body(h);
    if (truncated != WarcTruncationReason.NOT_TRUNCATED) b.truncated(truncated);
    return b.build();
  }

  /** Writes {@code count} HTML page responses to a gzipped WARC at {@code file}. */
  public static void writePages(Path file, int count) throws IOException {
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
      Instant base = Instant.parse("2026-03-03T10:00:00Z");
      for (int i = 0; i < count; i++) {
        w.write(response("https://news.example.org/harbour/" + i, base.plusSeconds(i), "text/html; charset=utf-8", null,
            page(i).getBytes(StandardCharsets.UTF_8), WarcTruncationReason.NOT_TRUNCATED));
      }
    }
  }

  static byte[] gzip(String text, Charset c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(c));
    }
    return out.toByteArray();
  }

  /** Writes a WARC of {@code count} pages: {@code java -cp ... org.lede.warc.WarcFixtures FILE COUNT}. */
  public static void main(String[] args) throws IOException {
    writePages(Path.of(args[0]), Integer.parseInt(args[1]));
  }
}
