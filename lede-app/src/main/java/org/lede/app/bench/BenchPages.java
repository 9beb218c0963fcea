package org.lede.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.lede.app.Samples;

/** Loads the pages a bench runs over: the extraction development set when present, else Lede's samples. */
final class BenchPages {
  private BenchPages() {}

  /**
   * Returns up to {@code limit} pages from {@code extractionDev}'s trafilatura set, in its order; or, when that
   * set is absent, Lede's bundled sample pages repeated up to {@code limit}.
   */
  static List<BenchPage> load(Path extractionDev, int limit) throws IOException {
    Path evaldata = extractionDev == null ? null : extractionDev.resolve("trafilatura/evaldata.json");
    if (evaldata != null && Files.exists(evaldata)) return fromTrafilatura(evaldata, limit);
    return fromSamples(limit);
  }

  private static List<BenchPage> fromTrafilatura(Path evaldata, int limit) throws IOException {
    JsonNode docs = new ObjectMapper().readTree(evaldata.toFile());
    Path dir = evaldata.getParent();
    List<BenchPage> pages = new ArrayList<>();
    for (JsonNode doc : docs) {
      if (pages.size() >= limit) break;
      String file = doc.path("file").asText();
      Path path = Files.exists(dir.resolve("eval").resolve(file + ".gz")) ? dir.resolve("eval").resolve(file + ".gz")
          : dir.resolve("cache").resolve(file + ".gz");
      if (!Files.exists(path)) continue;
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
        bytes = in.readAllBytes();
      }
      pages.add(page(path.toString(), "https://example.org/" + file, bytes));
    }
    return pages;
  }

  private static List<BenchPage> fromSamples(int limit) throws IOException {
    List<BenchPage> samples = new ArrayList<>();
    for (Samples.Sample s : Samples.list()) {
      if (s.name().endsWith(".html")) samples.add(page(s.name(), "https://example.org/" + s.name(), s.bytes()));
    }
    if (samples.isEmpty()) throw new IOException("no sample HTML pages are bundled");
    List<BenchPage> pages = new ArrayList<>();
    for (int i = 0; i < limit; i++) pages.add(samples.get(i % samples.size()));
    return pages;
  }

  private static BenchPage page(String name, String url, byte[] bytes) throws IOException {
    // Peers take a string: decode it once, with the charset jsoup detects, outside every timed loop.
    java.nio.charset.Charset charset = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, url).charset();
    return new BenchPage(name, url, bytes, new String(bytes, charset));
  }
}
