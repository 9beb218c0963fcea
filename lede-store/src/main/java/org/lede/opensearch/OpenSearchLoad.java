package org.lede.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.lede.extract.records.LineSource;
import org.lede.extract.records.PartFiles;

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
  /** A line longer than this is refused unread, so memory holds one bounded line at a time. */
  static final int MAX_LINE_BYTES = 32 << 20;

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
    try (InputStream raw = Files.newInputStream(part);
         InputStream in = part.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      LineSource lines = new LineSource(new BufferedInputStream(in, 1 << 16), MAX_LINE_BYTES);
      for (LineSource.Line next = lines.next(); next != null; next = lines.next()) {
        int lineNo = (int) next.number();
        if (next.tooLong()) {
          failed++;
          progress.println("lede load: " + name + ":" + lineNo + ": longer than " + (MAX_LINE_BYTES >> 20) + " MiB");
          continue;
        }
        String line = next.text();
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

  /** The part files of {@code sparkOutput}, in name order (the order Spark numbers them). */
  static List<Path> parts(Path sparkOutput) {
    List<Path> parts;
    try {
      parts = PartFiles.of(sparkOutput);
    } catch (IOException e) {
      throw new UncheckedIOException(sparkOutput.resolve("articles") + " cannot be listed", e);
    }
    if (parts.isEmpty()) throw new IllegalArgumentException(sparkOutput.resolve("articles") + " holds no part-*.jsonl.gz files");
    return parts;
  }

}
