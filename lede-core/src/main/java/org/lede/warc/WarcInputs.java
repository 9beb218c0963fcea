package org.lede.warc;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.lede.fetch.DeclaredCharset;
import org.lede.source.Document;
import org.lede.source.InputException;
import org.lede.source.MediaType;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads WARC files (plain or gzipped, as Common Crawl's CC-NEWS writes them) into documents: each {@code response}
 * record whose HTTP status is 2xx and whose content is a page becomes a {@link Document} whose input is the target
 * URL, whose fetch time is the WARC-Date, and whose declared charset comes from the captured Content-Type. The
 * HTTP Content-Encoding is undone. Requests, metadata, redirects and images are skipped; a truncated record is
 * passed on with a warning; a damaged record or file is reported and reading goes on where it can.
 *
 * <p>Immutable and thread-safe; each {@link #read} call reads one file on the calling thread.
 */
public final class WarcInputs {
  private final long maxBytes;

  private WarcInputs(long maxBytes) {
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    this.maxBytes = maxBytes;
  }

  /** Returns a reader that refuses pages over 32 MB. */
  public static WarcInputs standard() {
    return new WarcInputs(32L * 1024 * 1024);
  }

  /** Returns a copy that refuses pages over {@code bytes}. */
  public WarcInputs withMaxBytes(long bytes) {
    return new WarcInputs(bytes);
  }

  /** Returns true when {@code path} is named like a WARC file ({@code .warc}, {@code .warc.gz}). */
  public static boolean isWarc(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  /**
   * What reading one file found.
   *
   * @param records   WARC records read
   * @param documents pages passed on
   * @param skipped   records that hold no page (requests, metadata, redirects, images)
   * @param problems  records or file damage reported
   */
  public record Summary(long records, long documents, long skipped, long problems) {}

  /**
   * Reads {@code warc}, telling {@code visitor} of each page and problem.
   *
   * @throws InputException naming the file when it cannot be opened or does not start as a WARC file
   */
  public Summary read(Path warc, WarcVisitor visitor) throws InputException {
    return read(warc, 0, Long.MAX_VALUE, visitor);
  }

  /**
   * Reads the records of {@code warc} that start at a byte offset in {@code [from, to)}, so that a large archive can
   * be read as several splits, each record by exactly one of them. A split that does not start at 0 begins at the
   * first record after {@code from}: the next gzip member that holds a WARC record (CC-NEWS compresses each record on
   * its own), or the next line starting {@code WARC/} in an uncompressed file.
   *
   * @throws InputException naming the file when it cannot be opened or, for the split at 0, does not start as a WARC
   */
  public Summary read(Path warc, long from, long to, WarcVisitor visitor) throws InputException {
    if (from < 0 || to < from) throw new IllegalArgumentException("not a split: [" + from + ", " + to + ")");
    String name = warc.toString();
    long records = 0, documents = 0, skipped = 0, problems = 0;
    try (FileChannel channel = FileChannel.open(warc); WarcReader reader = new WarcReader(channel)) {
      if (from > 0 && !WarcSplits.seekRecord(reader, channel, from, to)) {
        return new Summary(0, 0, 0, 0);
      }
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
          if (next.isPresent() && reader.position() >= to) break;
        } catch (IOException | RuntimeException e) {
          if (records == 0 && from == 0) throw new InputException(name, "not a readable WARC file: " + message(e), e);
          visitor.problem(new InputException(name, "damaged after record " + records + " (" + message(e)
              + "); the records before it were read", e));
          problems++;
          break;
        }
        if (next.isEmpty()) break;
        records++;
        if (!(next.get() instanceof WarcResponse response)) {
          skipped++;
          continue;
        }
        Document d;
        WarcTruncationReason truncated;
        try {
          d = document(response);
          truncated = response.truncated();
        } catch (InputException e) {
          visitor.problem(e);
          problems++;
          continue;
        } catch (RuntimeException e) {
          // a header jwarc cannot make sense of (a record ID that is not a URI...): this record only
          visitor.problem(new InputException(name, "damaged record " + records + " (" + message(e) + "); skipped", e));
          problems++;
          continue;
        }
        if (d == null) {
          skipped++;
          continue;
        }
        if (truncated != WarcTruncationReason.NOT_TRUNCATED) {
          visitor.warning(new InputException(d.input(), "truncated in the archive ("
              + truncated.name().toLowerCase(Locale.ROOT) + "); extracting what is there"));
        }
        visitor.document(d);
        documents++;
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file", e);
    } catch (IOException e) {
      throw new InputException(name, "could not be read: " + message(e), e);
    }
    // an empty archive is no archive: say so, as for any other empty file (a later split may hold no record start)
    if (records == 0 && from == 0) throw new InputException(name, "empty file: no WARC record in it");
    return new Summary(records, documents, skipped, problems);
  }

  private Document document(WarcResponse response) throws InputException {
    String target = response.target();
    String input = target == null ? response.id().toString() : target;
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      throw new InputException(input, "unreadable HTTP response in the archive: " + message(e), e);
    }
    if (http.status() < 200 || http.status() >= 300) return null;
    String type = http.headers().first("Content-Type").orElse(null);
    String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
    boolean html = lower.startsWith("text/html") || lower.startsWith("application/xhtml");
    if (!html && !lower.isEmpty() && !lower.startsWith("text/")) return null;
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
    } catch (IOException | RuntimeException e) {
      throw new InputException(input, "unreadable page body in the archive: " + message(e), e);
    }
    if (body.length > maxBytes) {
      throw new InputException(input, String.format(Locale.ROOT, "too large: over the %.1f MB cap", maxBytes / 1048576.0));
    }
    if (body.length == 0) return null;
    Charset charset = DeclaredCharset.of(type, body);
    String path = target == null ? "" : pathOf(target);
    MediaType media = html ? MediaType.HTML : MediaType.guess(path, body);
    return new Document(input, body, media, charset, date(response), null);
  }

  /** The record's WARC-Date, or null when it has none or none that parses (the page is still read). */
  private static Instant date(WarcResponse response) {
    try {
      return response.headers().first("WARC-Date").map(d -> Instant.parse(d.strip())).orElse(null);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String pathOf(String target) {
    try {
      String p = URI.create(target).getPath();
      return p == null ? "" : p;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
