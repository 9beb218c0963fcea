package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lede ingest} on a data directory that fills up, and on one that cannot be written: one clear line, a
 * non-zero exit, and a store that is whole once there is room again (or that was never touched).
 *
 * <p>A full disk is a small tmpfs when the test may mount one (root, as in CI). Otherwise it is simulated with a
 * file-size limit ({@code ulimit -f}): the JVM ignores SIGXFSZ, so a write past the limit fails with EFBIG, as a
 * write to a full disk fails with ENOSPC. A read-only directory is a tmpfs remounted read-only, or, without mounts,
 * a directory without write permission (which root would ignore).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class DataDirectoryFailureIT {
  @TempDir static Path tmp;
  private final List<Path> mounts = new ArrayList<>();

  @BeforeAll
  static void jar() {
    LedeProcess.assumeJar();
  }

  @AfterEach
  void unmount() throws Exception {
    for (Path m : mounts) run("umount", "-l", m.toString());
  }

  @Test
  void a_disk_that_fills_up_mid_ingest_stops_it_with_one_line_and_the_store_resumes_whole() throws Exception {
    Path inputs = tmp.resolve("inputs-full");
    InventedNews.write(inputs, 120, IngestCrashIT.SEED + 4);
    Path reference = tmp.resolve("reference");
    LedeProcess whole = LedeProcess.start(tmp.resolve("logs"), IngestCrashIT.ingest(reference, inputs, "-q", "--no-annotations"));
    assertThat(whole.await(300)).as(whole.err()).isZero();
    StoreSnapshot expected = StoreSnapshot.read(reference, tmp.resolve("scratch"));

    // room for what the whole run leaves behind, but not for the journal and index files it writes on the way
    long room = Math.max(256, size(reference) / 1024);
    Path disk = tmp.resolve("small-disk");
    Files.createDirectories(disk);
    boolean tmpfs = mount(disk, "size=" + room + "k");
    Path data = disk.resolve("data");
    // the limit must let the SQLite driver unpack its native library (about 2 MB) into the temporary directory
    long blocks = Math.max(room * 2, 6144);
    List<String> limit = tmpfs ? List.of() : List.of("sh", "-c", "ulimit -f " + blocks + "; exec \"$0\" \"$@\"");
    System.out.println("DataDirectoryFailureIT: full disk simulated with " + (tmpfs ? "a " + room + " KB tmpfs"
        : "ulimit -f " + blocks) + " (the whole store takes " + size(reference) / 1024 + " KB)");

    LedeProcess full = LedeProcess.start(tmp.resolve("logs"), limit, IngestCrashIT.ingest(data, inputs, "-q", "--no-annotations"));
    int exit = full.await(300);
    String err = full.err();
    System.out.println("DataDirectoryFailureIT: on a full disk, exit " + exit + ", stderr: " + err.strip());
    assumeTrue(tmpfs || exit != 0, "no file outgrew ulimit -f " + blocks + ": mount a tmpfs (run as root) to test a full disk");
    assertThat(exit).isNotZero();
    assertThat(err).doesNotContain("\tat ").containsAnyOf("full", "No space left", "too large", "File too large");
    assertThat(err.lines().filter(l -> !l.isBlank()).count()).as("lines on stderr").isEqualTo(1);
    assertThat(integrity(data)).isEqualTo("ok");

    if (tmpfs) run("mount", "-o", "remount,size=64m", disk.toString());
    LedeProcess resumed = LedeProcess.start(tmp.resolve("logs"), IngestCrashIT.ingest(data, inputs, "-q", "--no-annotations"));
    assertThat(resumed.await(300)).as(resumed.err()).isZero();
    IngestCrashIT.assertSame(StoreSnapshot.read(data, tmp.resolve("scratch")), expected);
  }

  @Test
  void a_read_only_data_directory_is_refused_with_one_line_and_left_as_it_was() throws Exception {
    Path inputs = tmp.resolve("inputs-ro");
    InventedNews.write(inputs, 30, IngestCrashIT.SEED + 5);
    Path more = tmp.resolve("inputs-ro-more");
    InventedNews.write(more, 10, IngestCrashIT.SEED + 6);
    Path disk = tmp.resolve("ro-disk");
    Files.createDirectories(disk);
    boolean tmpfs = mount(disk, "size=64m");
    Path data = disk.resolve("data");
    LedeProcess first = LedeProcess.start(tmp.resolve("logs"), IngestCrashIT.ingest(data, inputs, "-q", "--no-annotations"));
    assertThat(first.await(300)).as(first.err()).isZero();
    StoreSnapshot before = StoreSnapshot.read(data, tmp.resolve("scratch"));

    if (tmpfs) {
      run("mount", "-o", "remount,ro", disk.toString());
    } else {
      try (var files = Files.walk(data)) {
        for (Path p : files.toList()) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
        }
      }
    }
    for (String[] args : List.of(IngestCrashIT.ingest(data, more, "-q", "--no-annotations"),
        new String[] {"search", "--data", data.toString(), "pier"})) {
      LedeProcess refused = LedeProcess.start(tmp.resolve("logs"), args);
      int exit = refused.await(120);
      String err = refused.err();
      System.out.println("DataDirectoryFailureIT: lede " + args[0] + " on a read-only directory: exit " + exit
          + ", stderr: " + err.strip());
      assertThat(exit).isNotZero();
      assertThat(err).doesNotContain("\tat ").contains(data.toString());
      assertThat(err.lines().filter(l -> !l.isBlank()).count()).as("lines on stderr").isEqualTo(1);
    }

    if (tmpfs) run("mount", "-o", "remount,rw", disk.toString());
    else run("chmod", "-R", "u+w", data.toString());
    assertThat(integrity(data)).isEqualTo("ok");
    assertThat(StoreSnapshot.read(data, tmp.resolve("scratch")).tables()).isEqualTo(before.tables());
  }

  private static long size(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** Mounts a tmpfs at {@code dir} when allowed; false when not (not root, or no mounts in this container). */
  private boolean mount(Path dir, String options) throws Exception {
    if (run("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString()) != 0) return false;
    mounts.add(dir);
    return true;
  }

  private static int run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }

  /** SQLite's own check of the store file, on a copy (the original may sit on a read-only mount). */
  private static String integrity(Path data) throws Exception {
    Path copy = Files.createTempDirectory(tmp, "integrity");
    for (String name : List.of("lede.db", "lede.db-wal")) {
      if (Files.exists(data.resolve(name))) Files.copy(data.resolve(name), copy.resolve(name));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.resolve("lede.db"));
         Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
      return rs.next() ? rs.getString(1) : "no answer";
    }
  }
}
