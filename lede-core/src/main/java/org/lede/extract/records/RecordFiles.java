package org.lede.extract.records;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.lede.source.Document;
import org.lede.source.InputException;
import org.lede.source.MediaType;

/**
 * The front door for files of already-extracted articles: JSON Lines ({@code .jsonl}, {@code .ndjson}), CSV with a
 * header row ({@code .csv}), each optionally gzipped. A file is streamed record by record, so memory stays bounded
 * however large it is; each record is at most {@code maxRecordBytes}.
 *
 * <pre>{@code
 * if (RecordFiles.isRecords(path)) RecordFiles.read(path, 32 << 20, visitor);
 * }</pre>
 *
 * <p>Thread-safe (stateless).
 */
public final class RecordFiles {
  private RecordFiles() {}

  /** The kinds of record file. */
  enum Kind { JSON_LINES, CSV }

  /** Returns true when {@code path}'s name says it holds records (.jsonl, .ndjson, .csv, each maybe .gz). */
  public static boolean isRecords(Path path) {
    return kind(path) != null;
  }

  static Kind kind(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return Kind.JSON_LINES;
    if (name.endsWith(".csv")) return Kind.CSV;
    return null;
  }

  /**
   * Reads every record of {@code path}, telling {@code visitor} of each in order.
   *
   * @throws InputException when the file cannot be opened at all, or holds no record
   */
  public static void read(Path path, long maxRecordBytes, RecordVisitor visitor) throws InputException {
    String name = path.toString();
    Kind kind = kind(path);
    if (kind == null) throw new InputException(name, "not a record file (.jsonl, .ndjson or .csv)");
    if (!Files.exists(path)) throw new InputException(name, "no such file");
    if (!Files.isReadable(path)) throw new InputException(name, "permission denied");
    long[] records = {0};
    RecordVisitor counting = new RecordVisitor() {
      @Override
      public void record(Document record) {
        records[0]++;
        visitor.record(record);
      }

      @Override
      public void problem(InputException problem) {
        records[0]++;
        visitor.problem(problem);
      }
    };
    LineSource lines = null;
    try (InputStream raw = Files.newInputStream(path);
         InputStream in = name.toLowerCase(Locale.ROOT).endsWith(".gz")
             ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16)
             : new BufferedInputStream(raw, 1 << 16)) {
      Instant modified = Files.getLastModifiedTime(path).toInstant();
      lines = new LineSource(in, maxRecordBytes);
      if (kind == Kind.JSON_LINES) JsonLines.read(name, lines, modified, counting);
      else CsvRecords.read(name, lines, modified, counting);
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(name, "permission denied", e);
    } catch (EOFException e) {
      visitor.problem(new InputException(where(name, lines), "truncated gzip data; the records before it were read", e));
      return;
    } catch (ZipException e) {
      visitor.problem(new InputException(where(name, lines), "not valid gzip data (" + e.getMessage() + ")", e));
      return;
    } catch (IOException e) {
      visitor.problem(new InputException(where(name, lines), "could not be read: " + e.getMessage(), e));
      return;
    }
    if (records[0] == 0) throw new InputException(name, "holds no record");
  }

  private static String where(String name, LineSource lines) {
    return lines == null || lines.lineNumber() == 0 ? name : name + ":" + (lines.lineNumber() + 1);
  }

  /** A record's document: named by the line it starts on, its bytes the JSON object it was read as. */
  static Document document(String file, long line, byte[] json, Instant modified) {
    return new Document(file + ":" + line, json, MediaType.ARTICLE_JSON, null, null, modified);
  }
}
