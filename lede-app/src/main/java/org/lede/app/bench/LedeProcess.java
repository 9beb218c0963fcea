package org.lede.app.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

  /** A process builder for Lede with {@code args}, on this process's Java and class path. */
  static ProcessBuilder builder(String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.lede.app.Main");
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
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
