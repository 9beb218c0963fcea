package org.lede.app;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a gzipped WARC of invented story pages shaped like CC-NEWS (one HTTP response record per page), for the
 * CLI tests and the ingest bench: {@code java -cp TEST-CLASSPATH org.lede.app.NewsWarc FILE COUNT}.
 */
final class NewsWarc {
  private NewsWarc() {}

  static void write(Path file, int count) throws IOException {
    Instant base = Instant.parse("2026-03-03T10:00:00Z");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
      for (int i = 0; i < count; i++) {
        byte[] body = NewsServer.page(Integer.toString(i)).getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .addHeader("Content-Type", "text/html; charset=utf-8")
            .body(MediaType.parse("text/html; charset=utf-8"), body).build();
        w.write(new WarcResponse.Builder(URI.create("https://news.example.org/story/" + i))
            .date(base.plusSeconds(i)).body(http).build());
      }
    }
  }

  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]), Integer.parseInt(args[1]));
  }
}
