package org.lede.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Loads the articles of a Spark job's output ({@code OUT/articles/part-*.jsonl.gz}, the JSON Lines contract) into an
 * OpenSearch index with {@code _bulk}: each article under its own id as {@code _id}, so loading it again replaces it
 * and adds nothing; in batches of about {@value #BATCH_BYTES} bytes, so memory stays flat whatever a part holds; a
 * line that is not an article, or an article OpenSearch refuses, is reported as {@code lede load: PART:LINE: reason}
 * and the rest goes on. Each part loaded whole is recorded in the cluster ({@link LoadLedger}), so a load that stopped
 * resumes after the last finished part.
 *
 * <p>{@code OpenSearchLoad.load(Path.of("OUT"), URI.create("opensearch://127.0.0.1:9200/news"), System.err)}
 *
 * <p>One load at a time per index: two loads of one output would both load the parts neither has finished.
 */
public final class OpenSearchLoad {
  static final long BATCH_BYTES = 5L << 20;

  /** Told after each batch OpenSearch took: the seam the crash tests stop a load at. */
  @FunctionalInterface
  interface BatchListener {
    void loaded(String part, int articles);
  }

  private final IndexAddress address;
  private final OpenSearchHttp http;
  private final PrintStream progress;
  private final long batchChars;
  private final BatchListener listener;

  OpenSearchLoad(IndexAddress address, PrintStream progress, long batchChars, BatchListener listener) {
    this.address = address;
    this.http = new OpenSearchHttp(address.http());
    this.progress = progress;
    this.batchChars = batchChars;
    this.listener = listener;
  }

  /**
   * Loads the parts of {@code sparkOutput} that are not yet in {@code index}, reporting each part and each failed line
   * on {@code progress}.
   *
   * @param sparkOutput the job's output folder, holding {@code articles/part-*.jsonl.gz}
   * @param index       {@code opensearch://HOST:PORT/INDEX}; the index and its template are created when absent
   * @throws IllegalArgumentException when the address is not one or the folder holds no parts
   * @throws OpenSearchException      when the cluster cannot be reached or refuses a whole request; the parts
   *                                  finished before stay recorded, and a later load resumes after them
   * @throws UncheckedIOException     when a part cannot be read at all
   */
  public static LoadCounts load(Path sparkOutput, URI index, PrintStream progress) {
    return new OpenSearchLoad(IndexAddress.parse(index), progress, BATCH_BYTES, (part, n) -> {}).load(sparkOutput);
  }

  LoadCounts load(Path sparkOutput) {
    long started = System.nanoTime();
    List<Path> parts = parts(sparkOutput);
    ArticleTemplate.ensure(http, address.index());
    LoadLedger ledger = new LoadLedger(http, address.index());
    int loaded = 0;
    int skipped = 0;
    long articles = 0;
    long failed = 0;
    try {
      for (Path part : parts) {
        String name = part.getFileName().toString();
        if (ledger.loaded(part)) {
          skipped++;
          progress.println("lede load: " + name + ": loaded before, skipped");
          continue;
        }
        long partStarted = System.nanoTime();
        PartCounts c = loadPart(part);
        ledger.record(part, c.articles, c.failed);
        loaded++;
        articles += c.articles;
        failed += c.failed;
        progress.printf("lede load: %s: %,d articles%s in %.1f s%n", name, c.articles,
            c.failed == 0 ? "" : " (" + c.failed + " failed)", (System.nanoTime() - partStarted) / 1e9);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    http.json("POST", "/" + address.index() + "/_refresh", null);
    long documents = http.json("GET", "/" + address.index() + "/_count", null).path("count").asLong();
    return new LoadCounts(loaded, skipped, articles, failed, documents, Duration.ofNanos(System.nanoTime() - started));
  }

  private record PartCounts(long articles, long failed) {}

  private PartCounts loadPart(Path part) throws IOException {
    String name = part.getFileName().toString();
    BulkBatch batch = new BulkBatch(address.index());
    long sent = 0;
    long failed = 0;
    try (BufferedReader in = reader(part)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) continue;
        String id;
        String source;
        try {
          JsonNode article = ArticleJsonLine.read(line);
          id = ArticleDocument.id(article);
          source = OpenSearchHttp.write(ArticleDocument.of(article));
        } catch (JsonProcessingException e) {
          failed++;
          progress.println("lede load: " + name + ":" + lineNo + ": not JSON (" + e.getOriginalMessage() + ")");
          continue;
        } catch (ArticleDocument.NotAnArticle e) {
          failed++;
          progress.println("lede load: " + name + ":" + lineNo + ": " + e.getMessage());
          continue;
        }
        batch.add(id, source, lineNo);
        if (batch.chars() >= batchChars) {
          int n = batch.size();
          long refused = batch.send(http, name, progress);
          failed += refused;
          sent += n - refused;
          listener.loaded(name, n);
        }
      }
    } catch (java.io.EOFException | java.util.zip.ZipException e) {
      throw new UncheckedIOException(part + " is truncated or not gzip (" + e.getMessage() + "); nothing after it was loaded", e);
    }
    int n = batch.size();
    long refused = batch.send(http, name, progress);
    failed += refused;
    sent += n - refused;
    if (n > 0) listener.loaded(name, n);
    return new PartCounts(sent, failed);
  }

  private static BufferedReader reader(Path part) throws IOException {
    InputStream in = Files.newInputStream(part);
    try {
      if (part.getFileName().toString().endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** The part files of {@code sparkOutput}, in name order (the order Spark numbers them). */
  static List<Path> parts(Path sparkOutput) {
    Path articles = sparkOutput.resolve("articles");
    if (!Files.isDirectory(articles)) {
      throw new IllegalArgumentException(sparkOutput + " is not a Spark job's output: it has no articles/ folder");
    }
    try (Stream<Path> files = Files.list(articles)) {
      List<Path> parts = files.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith("part-") && (n.endsWith(".jsonl.gz") || n.endsWith(".jsonl"));
      }).sorted().toList();
      if (parts.isEmpty()) throw new IllegalArgumentException(articles + " holds no part-*.jsonl.gz files");
      return parts;
    } catch (IOException e) {
      throw new UncheckedIOException(articles + " cannot be listed", e);
    }
  }
}
