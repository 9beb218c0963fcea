package org.lede.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import org.lede.CacheDirectory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The SQLite driver's native library, kept in Lede's cache directory. Left to itself the driver copies the library
 * (a megabyte) out of the jar into the temporary directory in every process, which costs each {@code lede} command
 * about a tenth of a second before its first query, and leaves the copy behind whenever a process is killed. Here
 * the first process copies it to {@code CACHE/sqlite-VERSION-OS-ARCH/} and every process points the driver at that
 * copy ({@code org.sqlite.lib.path}), after checking it is still the jar's (size and CRC). When anything of this
 * fails the driver is left to copy the library as it would have; and when the driver cannot load the copy it looks
 * for the library its other ways.
 *
 * <p>Thread-safe: the work is done once, on first use.
 */
public final class SqliteNative {
  private SqliteNative() {}

  private static final class Once {
    static final boolean PREPARED = prepareOnce();
  }

  /**
   * Points the driver at the cached library, copying it there first if need be; call before opening a connection.
   *
   * @return whether the driver will load the cached copy (false: it extracts the library itself, as it would have)
   */
  public static boolean prepare() {
    return Once.PREPARED;
  }

  private static boolean prepareOnce() {
    if (System.getProperty("org.sqlite.lib.path") != null) return false; // the user chose
    Path lib = CacheDirectory.path().map(SqliteNative::cachedCopy).orElse(null);
    if (lib == null) return false;
    System.setProperty("org.sqlite.lib.path", lib.getParent().toString());
    System.setProperty("org.sqlite.lib.name", lib.getFileName().toString());
    return true;
  }

  /**
   * The driver's library for this machine in {@code cache}, copied there from the jar when it is absent or not the
   * jar's; null when it cannot be (the driver runs from a class path, the directory cannot be written).
   */
  static Path cachedCopy(Path cache) {
    try {
      String folder = LibraryLoaderUtil.getNativeLibResourcePath();
      String name = LibraryLoaderUtil.getNativeLibName();
      URL url = SQLiteJDBCLoader.class.getResource(folder + "/" + name);
      if (url == null) return null;
      URLConnection c = url.openConnection();
      if (!(c instanceof JarURLConnection jar)) return null;
      c.setUseCaches(false);
      var entry = jar.getJarEntry();
      Path lib = cache.resolve("sqlite-" + SQLiteJDBCLoader.getVersion()
          + folder.replace("/org/sqlite/native", "").replace('/', '-')).resolve(name);
      if (isCopyOf(lib, entry.getSize(), entry.getCrc())) return lib;
      copy(url, lib);
      return isCopyOf(lib, entry.getSize(), entry.getCrc()) ? lib : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean isCopyOf(Path lib, long size, long crc) throws IOException {
    if (!Files.isRegularFile(lib) || Files.size(lib) != size) return false;
    CRC32 sum = new CRC32();
    sum.update(Files.readAllBytes(lib));
    return sum.getValue() == crc;
  }

  /** Copies the library whole or not at all, so a process running beside this one never loads half a file. */
  private static void copy(URL url, Path lib) throws IOException {
    Files.createDirectories(lib.getParent());
    Path partial = Files.createTempFile(lib.getParent(), lib.getFileName().toString(), ".partial");
    try {
      try (InputStream in = url.openStream()) {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        Files.move(partial, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, lib, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
