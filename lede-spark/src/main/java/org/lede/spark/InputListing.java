package org.lede.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the files a run reads, on the driver: each input is a file, a directory (read recursively, hidden files and
 * folders skipped, as {@code lede ingest} skips them) or a glob, on any file system Hadoop reads. An input that
 * matches nothing is listed too, so that its reject names it.
 *
 * <p>A local file is named as {@code lede extract} would name it given the same argument (a directory's files under
 * the directory as written, a relative glob's matches relative to the working directory), because an article with
 * no canonical URL takes its id from that name: the same pages get the same ids on either path.
 */
final class InputListing {
  private InputListing() {}

  /**
   * The files under {@code inputs}, in name order within each input; an input that matches nothing as missing. A
   * local WARC file larger than {@code splitBytes} is listed as splits of that size, read by different tasks.
   */
  static List<InputFile> list(List<String> inputs, Configuration conf, long splitBytes) {
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      try {
        for (InputFile file : listOne(input, conf)) files.addAll(splits(file, splitBytes));
      } catch (IOException e) {
        throw new UncheckedIOException("could not list " + input + ": " + e.getMessage(), e);
      }
    }
    return files;
  }

  /**
   * {@code file} as splits of {@code splitBytes} when it is a local WARC larger than that (each split is read from
   * its first record start: a record belongs to the split it starts in); any other file whole. A remote WARC is
   * copied to the executor to be read, so splitting it would copy it once a split: it is read whole.
   */
  static List<InputFile> splits(InputFile file, long splitBytes) {
    if (file.uri() == null || file.bytes() <= splitBytes || !InputListing.local(URI.create(file.uri()))
        || !org.lede.warc.WarcInputs.isWarc(java.nio.file.Path.of(file.name()))) {
      return List.of(file);
    }
    List<InputFile> splits = new ArrayList<>();
    for (long from = 0; from < file.bytes(); from += splitBytes) {
      long to = from + splitBytes >= file.bytes() ? Long.MAX_VALUE : from + splitBytes;
      splits.add(new InputFile(file.uri(), file.name(), Math.min(splitBytes, file.bytes() - from), file.modified(),
          from, to));
    }
    return splits;
  }

  /** A stand-in for an input that matched no file: reading it yields its reject. */
  static InputFile missing(String input) {
    return new InputFile(null, input, -1, 0);
  }

  private static List<InputFile> listOne(String input, Configuration conf) throws IOException {
    Path pattern = new Path(input);
    FileSystem fs = pattern.getFileSystem(conf);
    FileStatus[] matches = fs.globStatus(pattern);
    if (matches == null || matches.length == 0) return List.of(missing(input));
    boolean glob = matches.length > 1 || !fs.makeQualified(pattern).equals(matches[0].getPath());
    List<InputFile> files = new ArrayList<>();
    for (FileStatus match : matches) {
      if (match.isDirectory()) {
        files.addAll(under(fs, match.getPath(), glob ? null : input));
      } else if (!hidden(match.getPath().getName())) {
        files.add(file(match, glob ? null : input, input));
      }
    }
    return files;
  }

  /** The files under {@code dir}, recursively; {@code written} is the directory as the user wrote it, or null. */
  private static List<InputFile> under(FileSystem fs, Path dir, String written) throws IOException {
    List<InputFile> files = new ArrayList<>();
    String root = dir.toUri().getPath();
    RemoteIterator<LocatedFileStatus> it;
    try {
      it = fs.listFiles(dir, true);
    } catch (FileNotFoundException e) {
      return List.of(missing(written == null ? dir.toString() : written));
    }
    while (it.hasNext()) {
      LocatedFileStatus status = it.next();
      String relative = status.getPath().toUri().getPath().substring(root.length()).replaceFirst("^/+", "");
      if (hiddenPath(relative)) continue;
      String name = written == null ? null : java.nio.file.Path.of(written).resolve(relative).toString();
      files.add(file(status, name, dir.toString()));
    }
    files.sort(Comparator.comparing(InputFile::uri, InputListing::byNameThenDepth));
    return files;
  }

  private static InputFile file(FileStatus status, String written, String input) {
    URI uri = status.getPath().toUri();
    String name = written != null && local(uri) ? written : nameOf(uri, input);
    return new InputFile(uri.toString(), name, status.getLen(), status.getModificationTime());
  }

  /** A matched local file relative to the working directory when the input was relative; any other file's URI. */
  private static String nameOf(URI uri, String input) {
    if (!local(uri)) return uri.toString();
    java.nio.file.Path path = java.nio.file.Path.of(uri.getPath());
    boolean relative = !new Path(input).isAbsolute() && new Path(input).toUri().getScheme() == null;
    return relative ? java.nio.file.Path.of("").toAbsolutePath().relativize(path).toString() : path.toString();
  }

  static boolean local(URI uri) {
    return uri.getScheme() == null || uri.getScheme().equals("file");
  }

  private static boolean hidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  private static boolean hiddenPath(String relative) {
    for (String part : relative.split("/")) {
      if (hidden(part)) return true;
    }
    return false;
  }

  /** Orders paths as {@code lede ingest} walks a directory: element by element, then shallower first. */
  private static int byNameThenDepth(String a, String b) {
    String[] x = a.split("/"), y = b.split("/");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = x[i].compareTo(y[i]);
      if (c != 0) return c;
    }
    return Integer.compare(x.length, y.length);
  }
}
