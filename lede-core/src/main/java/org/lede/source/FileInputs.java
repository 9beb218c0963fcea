package org.lede.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads files, directories (recursively) and gzipped files into {@link Document}s, refusing what is not news:
 * empty files, binary files, files over the size cap.
 *
 * <p>Immutable and thread-safe; {@code withX} methods return changed copies.
 */
public final class FileInputs {
  /** The default cap on one document's size, after decompression. */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  private final long maxBytes;
  private final boolean plain;

  private FileInputs(long maxBytes, boolean plain) {
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    this.maxBytes = maxBytes;
    this.plain = plain;
  }

  /** Returns a reader with the default size cap that guesses each file's media type. */
  public static FileInputs standard() {
    return new FileInputs(DEFAULT_MAX_BYTES, false);
  }

  /** Returns a copy that refuses documents larger than {@code bytes}. */
  public FileInputs withMaxBytes(long bytes) {
    return new FileInputs(bytes, plain);
  }

  /** Returns a copy that reads every file as plain article text ({@link MediaType#PLAIN_TEXT}). */
  public FileInputs withPlainText(boolean plainText) {
    return new FileInputs(maxBytes, plainText);
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Expands {@code paths} into the files to read: a file as given, a directory's regular files recursively in
   * name order, hidden files and directories skipped. A path that does not exist is passed through, so that
   * reading it reports the error against its name.
   */
  public Stream<Path> expand(List<Path> paths) {
    return paths.stream().flatMap(FileInputs::expandOne);
  }

  private static Stream<Path> expandOne(Path path) {
    if (!Files.isDirectory(path)) return Stream.of(path);
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(path, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return isHidden(path, d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (!isHidden(path, f) && Files.isRegularFile(f)) files.add(f);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          // One unreadable entry must not hide its siblings: pass it on so that reading it names the failure.
          if (!isHidden(path, f)) files.add(f);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      files.add(path);
    }
    files.sort(FileInputs::byNameThenDepth);
    return files.stream();
  }

  /** Orders paths as a walk in name order would: directory by directory, names compared element by element. */
  private static int byNameThenDepth(Path a, Path b) {
    int n = Math.min(a.getNameCount(), b.getNameCount());
    for (int i = 0; i < n; i++) {
      int c = a.getName(i).toString().compareTo(b.getName(i).toString());
      if (c != 0) return c;
    }
    return Integer.compare(a.getNameCount(), b.getNameCount());
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) return true;
    }
    return false;
  }

  /**
   * Reads one file.
   *
   * @throws InputException naming the file when it is missing, unreadable, empty, binary, truncated or too large
   */
  public Document read(Path path) throws InputException {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) throw new InputException(name, "is a directory that could not be listed");
      if (!Files.exists(path)) throw new InputException(name, "no such file");
      if (!Files.isReadable(path)) throw new InputException(name, "permission denied");
      boolean gzipped = name.toLowerCase().endsWith(".gz");
      long size = Files.size(path);
      if (size == 0) throw new InputException(name, "empty file");
      if (!gzipped && size > maxBytes) throw tooLarge(name, size);
      byte[] content;
      try (InputStream in = gzipped ? new GZIPInputStream(Files.newInputStream(path), 65536) : Files.newInputStream(path)) {
        content = readCapped(name, in);
      }
      if (content.length == 0 || isBlank(content)) throw new InputException(name, "empty file");
      String binary = BinarySniffer.describe(content);
      if (binary != null) throw new InputException(name, "binary content (" + binary + "), not a news page");
      Instant modified = Files.getLastModifiedTime(path).toInstant();
      MediaType type = plain ? MediaType.PLAIN_TEXT : MediaType.guess(name, content);
      return new Document(name, content, type, null, null, modified);
    } catch (InputException e) {
      throw e;
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(name, "permission denied", e);
    } catch (EOFException e) {
      throw new InputException(name, "truncated gzip data", e);
    } catch (ZipException e) {
      throw new InputException(name, "not valid gzip data (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new InputException(name, "could not be read: " + e.getMessage(), e);
    }
  }

  private byte[] readCapped(String name, InputStream in) throws IOException, InputException {
    byte[] content = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
    if (content.length > maxBytes) throw tooLarge(name, -1);
    return content;
  }

  private InputException tooLarge(String name, long size) {
    String actual = size >= 0 ? String.format("%.1f MB", size / 1048576.0) : "over the limit once decompressed";
    return new InputException(name, String.format("too large: %s; one document may be at most %.1f MB (--max-size)",
        actual, maxBytes / 1048576.0));
  }

  private static boolean isBlank(byte[] content) {
    // A UTF-8 byte-order mark alone is still an empty file.
    int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    for (int i = start; i < content.length; i++) {
      byte b = content[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return false;
    }
    return true;
  }
}
