package org.lede.warc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.lede.fuzz.FuzzSeeds;
import org.lede.source.Document;
import org.lede.source.InputException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Any bytes named {@code .warc}: pages, warnings and problems reach the visitor, or an {@link InputException} names
 * the file; nothing else is thrown. Seeds: WARCs written at run time around pages of the shared extraction set.
 */
class WarcInputsFuzzTest {
  private static Path file;

  @BeforeAll
  static void seeds() throws IOException {
    file = Files.createTempFile("fuzz", ".warc");
    List<byte[]> seeds = new ArrayList<>();
    List<byte[]> pages = FuzzSeeds.htmlPages(20);
    for (int i = 0; i + 2 <= pages.size(); i += 2) seeds.add(warc(pages.subList(i, i + 2), 2048));
    FuzzSeeds.write(WarcInputsFuzzTest.class, "any_bytes_named_warc_are_read_or_refused_by_name", seeds);
  }

  @AfterAll
  static void clean() throws IOException {
    Files.deleteIfExists(file);
  }

  /** A plain WARC of one response record for each of {@code pages}, each cut to {@code cut} bytes. */
  static byte[] warc(List<byte[]> pages, int cut) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
      for (int i = 0; i < pages.size(); i++) {
        byte[] body = java.util.Arrays.copyOf(pages.get(i), Math.min(cut, pages.get(i).length));
        HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html")
            .body(MediaType.parse("text/html"), body).build();
        w.write(new WarcResponse.Builder(URI.create("https://news.example.org/" + i))
            .date(Instant.parse("2026-03-03T10:00:00Z")).body(http).build());
      }
    }
    return out.toByteArray();
  }

  @FuzzTest(maxDuration = "30s")
  void any_bytes_named_warc_are_read_or_refused_by_name(byte[] warc) throws IOException {
    Files.write(file, warc);
    try {
      WarcInputs.standard().withMaxBytes(1 << 20).read(file, new WarcVisitor() {
        @Override
        public void document(Document document) {}

        @Override
        public void warning(InputException warning) {}

        @Override
        public void problem(InputException problem) {}
      });
    } catch (InputException e) {
      if (!e.input().equals(file.toString())) throw new AssertionError("refusal names another input: " + e.input());
    }
  }
}
