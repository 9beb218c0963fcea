package org.lede.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lede.source.Document;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;

/** A WARC read as splits gives every page once, whatever the split points, gzipped or not. */
class WarcSplitsTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(value = WarcCompression.class, names = {"GZIP", "NONE"})
  void everyPageIsReadByExactlyOneSplitWhereverTheSplitsFall(WarcCompression compression) throws Exception {
    Path warc = tmp.resolve(compression == WarcCompression.GZIP ? "news.warc.gz" : "news.warc");
    Instant at = Instant.parse("2026-03-03T10:00:00Z");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        compression)) {
      for (int i = 0; i < 40; i++) {
        String url = "https://news.example.org/harbour/" + i;
        w.write(new WarcRequest.Builder(URI.create(url)).date(at).build());
        // a page that quotes a WARC header and gzip magic, as an article about web archives might
        String page = WarcFixtures.page(i) + "<p>\nWARC/1.1\nWARC-Type: response\n\u001f\u008b\b</p>";
        w.write(WarcFixtures.response(url, at.plusSeconds(i), "text/html; charset=utf-8", null,
            page.getBytes(StandardCharsets.UTF_8), WarcTruncationReason.NOT_TRUNCATED));
      }
    }
    List<String> whole = urls(warc, 0, Long.MAX_VALUE);
    assertThat(whole).hasSize(40).doesNotHaveDuplicates();

    long size = Files.size(warc);
    for (long split : new long[] {1, 97, 1000, 4096, size / 3, size}) {
      List<String> read = new ArrayList<>();
      for (long from = 0; from < size; from += split) read.addAll(urls(warc, from, Math.min(size, from + split)));
      assertThat(read).as("splits of %d bytes", split).isEqualTo(whole);
    }
  }

  private static List<String> urls(Path warc, long from, long to) throws Exception {
    List<String> urls = new ArrayList<>();
    WarcInputs.standard().read(warc, from, to, new WarcVisitor() {
      @Override
      public void document(Document d) {
        urls.add(d.input());
      }
    });
    return urls;
  }
}
