package org.lede.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for a test: Debian's binaries, a cluster made by {@code initdb} in a temporary directory,
 * started by {@code pg_ctl} on a free loopback port, stopped and deleted on {@link #close()}.
 *
 * <p>{@code initdb} refuses to run as root, so as root the directory belongs to the {@code postgres} user and every
 * server command runs through {@code runuser -u postgres --}. Without PostgreSQL installed a test is skipped, saying
 * how to install it, except under {@code CI=true}, where the missing server fails the test: CI installs it.
 *
 * <pre>{@code
 * try (PostgresServer pg = PostgresServer.start()) {
 *   String store = pg.createDatabase("lede"); // postgres://postgres@127.0.0.1:PORT/lede
 * }
 * }</pre>
 */
public final class PostgresServer implements AutoCloseable {
  /** The database superuser initdb creates; connections from loopback are trusted. */
  public static final String USER = "postgres";

  private final Path bin;
  private final Path dir;
  private final int port;
  private final boolean asRoot;

  private PostgresServer(Path bin, Path dir, int port, boolean asRoot) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.asRoot = asRoot;
  }

  /**
   * Makes a cluster and starts it; returns once it accepts connections.
   *
   * @throws org.opentest4j.TestAbortedException when PostgreSQL is not installed (outside CI)
   * @throws IllegalStateException when it is not installed under CI, or does not start
   */
  public static PostgresServer start() throws IOException, InterruptedException {
    Path bin = binaries();
    boolean asRoot = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("lede-pg-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    PostgresServer server = null;
    try {
      if (asRoot) {
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(dir, users.lookupPrincipalByName(USER));
      }
      run(asRoot, dir, 60, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
          "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
      IOException last = null;
      for (int attempt = 0; attempt < 3; attempt++) { // a free port can be taken between finding it and binding it
        int port = freePort();
        try {
          run(asRoot, dir, 60, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
              "-l", dir.resolve("server.log").toString(), "-w", "-t", "50", "start", "-o",
              "-c listen_addresses=127.0.0.1 -c port=" + port + " -c unix_socket_directories=" + dir
                  + " -c fsync=off -c full_page_writes=off");
          server = new PostgresServer(bin, dir, port, asRoot);
          return server;
        } catch (IOException e) {
          last = e;
        }
      }
      throw last;
    } finally {
      if (server == null) delete(dir);
    }
  }

  /** Returns the port the server listens on, on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** Creates an empty database and returns its store address, {@code postgres://postgres@127.0.0.1:PORT/NAME}. */
  public String createDatabase(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
         Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
    }
    return storeAddress(name);
  }

  /** Returns the store address of database {@code name}, as {@code lede load --store} takes it. */
  public String storeAddress(String name) {
    return "postgres://" + USER + "@127.0.0.1:" + port + "/" + name;
  }

  /** Returns the JDBC URL of database {@code name}. */
  public String jdbcUrl(String name) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
  }

  /** Opens a connection to database {@code name}, for a test to look at what was written. */
  public Connection connect(String name) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(name), USER, "");
  }

  /** Stops the server (fast: open connections are cut) and deletes its directory. */
  @Override
  public void close() throws IOException, InterruptedException {
    try {
      run(asRoot, dir, 60, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-m", "fast", "stop");
    } finally {
      delete(dir);
    }
  }

  /** Where Debian keeps the server's programs: {@code pg_config --bindir}, else the newest /usr/lib/postgresql/N/bin. */
  static Path binaries() throws InterruptedException {
    List<Path> candidates = new ArrayList<>();
    try {
      Process p = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor() == 0 && !out.isEmpty()) candidates.add(Path.of(out));
    } catch (IOException notInstalled) {
      // no pg_config: look in Debian's versioned directories
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        versions.map(v -> v.resolve("bin"))
            .sorted(Comparator.comparing((Path v) -> version(v.getParent().getFileName().toString())).reversed())
            .forEach(candidates::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Path bin : candidates) {
      if (Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"))) return bin;
    }
    String missing = "PostgreSQL is not installed (no initdb and pg_ctl in `pg_config --bindir` or /usr/lib/postgresql/*/bin):"
        + " apt-get install postgresql";
    if ("true".equals(System.getenv("CI"))) throw new IllegalStateException(missing + " (CI must run the PostgreSQL tests)");
    Assumptions.abort("PostgreSQL tests skipped: " + missing);
    throw new AssertionError("unreachable");
  }

  private static int version(String name) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Runs a server program, as {@code postgres} when the test runs as root; fails with its output when it fails. */
  private static void run(boolean asRoot, Path dir, int seconds, String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (asRoot) cmd.addAll(List.of("runuser", "-u", USER, "--"));
    cmd.addAll(List.of(command));
    Path output = Files.createTempFile("lede-pg-command-", ".log");
    try {
      // the server's own directory as working directory: postgres cannot read the test's
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(output.toFile()).start();
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", cmd) + " took longer than " + seconds + " s");
      }
      if (p.exitValue() != 0) {
        String log = Files.isRegularFile(dir.resolve("server.log")) ? Files.readString(dir.resolve("server.log")) : "";
        throw new IOException(String.join(" ", cmd) + " failed (" + p.exitValue() + "): " + Files.readString(output) + log);
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
    }
  }
}
