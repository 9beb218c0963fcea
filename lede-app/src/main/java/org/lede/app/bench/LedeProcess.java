package org.lede.app.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lede run as a new process, as a user runs it, for the benches that time whole commands and server starts. */
final class LedeProcess {
  static final Duration START_LIMIT = Duration.ofSeconds(120);

  private LedeProcess() {}

  /** Starts Lede on this process's Java and class path with {@code args}; its output is discarded. */
  static Process start(String... args) throws IOException {
    return owned(builder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start());
  }

  /**
   * Returns {@code p}, which ends when this process ends however it ends (Ctrl-C, kill): a bench stopped half-way
   * must not leave a server holding its store.
   */
  static Process owned(Process p) {
    Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
    return p;
  }

  /**
   * A process builder for Lede with {@code args}, on this process's Java and class path, with the class-data
   * sharing archive {@code ./lede} keeps for the command (see {@link #sharedArchive}).
   */
  static ProcessBuilder builder(String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    Path archive = args.length == 0 ? null : sharedArchive(args[0]);
    if (archive != null) {
      command.add("-XX:+AutoCreateSharedArchive");
      command.add("-XX:SharedArchiveFile=" + archive);
      command.add("-Xlog:cds=off");
      command.add("-Xlog:cds+dynamic=off");
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.lede.app.Main");
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /**
   * Where {@code ./lede} keeps the class-data sharing archive of {@code subcommand} (its first run after a build saves
   * the classes it loaded; later runs map them instead of reading them from the jar), so a bench starts Lede as a user
   * of {@code ./lede} does: {@code cds/NAME.jsa} beside {@code lede.jar}. Null when Lede runs from a class path that is
   * not that one jar, or when {@code LEDE_CDS=0} turns the archive off as it does for {@code ./lede}.
   */
  static Path sharedArchive(String subcommand) {
    String classPath = System.getProperty("java.class.path");
    if ("0".equals(System.getenv("LEDE_CDS")) || classPath.contains(File.pathSeparator)
        || !classPath.endsWith(".jar")) {
      return null;
    }
    Path dir = Path.of(classPath).toAbsolutePath().resolveSibling("cds");
    try {
      Files.createDirectories(dir);
    } catch (IOException | SecurityException e) {
      return null;
    }
    String name = subcommand.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return Files.isWritable(dir) ? dir.resolve((name.isEmpty() ? "other" : name) + ".jsa") : null;
  }

  /** Seconds from {@code t0} until {@code url} answers 200 (polled), or an exception after the limit. */
  static double firstAnswer(String url, long t0) throws Exception {
    return firstAnswer(url, t0, null);
  }

  /** As {@link #firstAnswer(String, long)}, failing at once when {@code server} (if given) has ended. */
  static double firstAnswer(String url, long t0, Process server) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(START_LIMIT).GET().build();
    while (System.nanoTime() - t0 < START_LIMIT.toNanos()) {
      try {
        HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) return (System.nanoTime() - t0) / 1e9;
        throw new IllegalStateException(url + " answered " + r.statusCode());
      } catch (IOException notYet) {
        if (server != null && !server.isAlive()) {
          throw new IllegalStateException("the server ended (exit " + server.exitValue() + ") before " + url + " answered");
        }
        Thread.sleep(20);
      }
    }
    throw new IllegalStateException(url + " did not answer within " + START_LIMIT.toSeconds() + " s");
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
