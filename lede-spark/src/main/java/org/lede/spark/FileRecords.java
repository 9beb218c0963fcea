package org.lede.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.lede.extract.records.RecordFiles;
import org.lede.extract.records.RecordVisitor;
import org.lede.source.Document;
import org.lede.source.FileInputs;
import org.lede.source.InputException;
import org.lede.warc.WarcInputs;
import org.lede.warc.WarcVisitor;

/**
 * Reads one listed file on an executor as {@code lede ingest} reads it: a WARC record by record, a JSON Lines or CSV
 * file line by line, any other file as one document. A file on a remote file system (HDFS, S3) is copied to the
 * executor's disk first, under its own name and time, and deleted when read; every document and problem is named
 * after the file as listed, never after the copy.
 *
 * <p>Used by one task thread.
 */
final class FileRecords implements AutoCloseable {
  private final FileInputs inputs;
  private final Configuration conf;
  private DocumentFeed feed;
  private Path copyDir;

  FileRecords(long maxBytes, Configuration conf) {
    this.inputs = FileInputs.standard().withMaxBytes(maxBytes);
    this.conf = conf;
  }

  /** The records of {@code file}; what was open for the file before is closed. */
  Iterator<DocumentFeed.Item> open(InputFile file) {
    close();
    if (file.uri() == null) return one(problem(file.name(), "no such file"));
    Path local;
    try {
      local = localCopy(file);
    } catch (IOException | RuntimeException e) {
      return one(problem(file.name(), "could not be read: " + e.getMessage()));
    }
    String localName = local.toString();
    if (WarcInputs.isWarc(local)) {
      WarcInputs warc = WarcInputs.standard().withMaxBytes(inputs.maxBytes());
      feed = new DocumentFeed(file.name(), sink -> warc.read(local, file.from(), file.to(), new WarcVisitor() {
        @Override
        public void document(Document document) {
          sink.document(renamed(document, localName, file.name()));
        }

        @Override
        public void problem(InputException problem) {
          sink.problem(renamed(problem, localName, file.name()));
        }
      }));
      return feed;
    }
    if (RecordFiles.isRecords(local)) {
      feed = new DocumentFeed(file.name(), sink -> RecordFiles.read(local, inputs.maxBytes(), new RecordVisitor() {
        @Override
        public void record(Document record) {
          sink.document(renamed(record, localName, file.name()));
        }

        @Override
        public void problem(InputException problem) {
          sink.problem(renamed(problem, localName, file.name()));
        }
      }));
      return feed;
    }
    try {
      return one(new DocumentFeed.Item(renamed(inputs.read(local), localName, file.name()), null));
    } catch (InputException e) {
      return one(new DocumentFeed.Item(null, renamed(e, localName, file.name())));
    }
  }

  /** A local file as it is; a remote one copied to a folder of this task's, keeping its name and time. */
  private Path localCopy(InputFile file) throws IOException {
    URI uri = URI.create(file.uri());
    if (InputListing.local(uri)) return Path.of(uri.getPath());
    if (copyDir == null) copyDir = Files.createTempDirectory("lede-spark-");
    org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
    Path copy = copyDir.resolve(remote.getName());
    FileSystem fs = remote.getFileSystem(conf);
    fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(copy.toUri()), true);
    Files.setLastModifiedTime(copy, FileTime.fromMillis(file.modified()));
    return copy;
  }

  private static Iterator<DocumentFeed.Item> one(DocumentFeed.Item item) {
    return List.of(item).iterator();
  }

  private static DocumentFeed.Item problem(String name, String reason) {
    return new DocumentFeed.Item(null, new InputException(name, reason));
  }

  /** {@code document}, named after the listed file where it was named after the local one. */
  static Document renamed(Document document, String localName, String name) {
    String input = rename(document.input(), localName, name);
    if (input.equals(document.input())) return document;
    return new Document(input, document.content(), document.mediaType(), document.declaredCharset(),
        document.fetched(), document.modified());
  }

  static InputException renamed(InputException e, String localName, String name) {
    String input = rename(e.input(), localName, name);
    return input.equals(e.input()) ? e : new InputException(input, e.reason(), e.getCause());
  }

  private static String rename(String input, String localName, String name) {
    return input.startsWith(localName) ? name + input.substring(localName.length()) : input;
  }

  /** Stops reading the open file and deletes any copy. */
  @Override
  public void close() {
    if (feed != null) {
      feed.close();
      feed = null;
    }
    if (copyDir != null) {
      try (Stream<Path> paths = Files.walk(copyDir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      } catch (IOException e) {
        throw new UncheckedIOException("could not delete " + copyDir, e);
      }
      copyDir = null;
    }
  }
}
