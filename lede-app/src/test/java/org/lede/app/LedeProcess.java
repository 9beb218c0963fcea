package org.lede.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code lede} jar run as a user runs it, in a process of its own that a test can kill with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux). Output goes to files in {@code logs}.
 */
final class LedeProcess {
  /** Where {@code mvn package} leaves the runnable jar, from the repository root the integration tests run in. */
  static final Path JAR = Path.of("lede-app/target/lede.jar");
  private static int started;

  private final Process process;
  private final Path out;
  private final Path err;

  private LedeProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Skips the calling test, saying why, when the jar has not been built (the tests run after {@code package}). */
  static void assumeJar() {
    assumeTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath() + " is missing: run `mvn package` (or `verify`) first");
  }

  /** Starts {@code lede ARGS...}. */
  static LedeProcess start(Path logs, String... args) throws IOException {
    return start(logs, List.of(), args);
  }

  /**
   * Starts {@code lede ARGS...} behind {@code shell}: e.g. {@code sh -c 'ulimit -f 64; exec "$0" "$@"'}, so a
   * limit applies to lede alone.
   */
  static synchronized LedeProcess start(Path logs, List<String> shell, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(shell);
    cmd.addAll(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    Files.createDirectories(logs);
    int n = ++started;
    Path out = logs.resolve("lede-" + n + ".out");
    Path err = logs.resolve("lede-" + n + ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    return new LedeProcess(p, out, err);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** Waits up to {@code millis} for it to end; returns whether it has. */
  boolean endsWithin(long millis) throws InterruptedException {
    return process.waitFor(millis, TimeUnit.MILLISECONDS);
  }

  /** Kills it with SIGKILL and waits for it to die; returns false when it had ended already. */
  boolean kill() throws InterruptedException {
    boolean wasAlive = process.isAlive();
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("lede " + pid() + " survived SIGKILL");
    return wasAlive;
  }

  /** Waits for it to end and returns its exit code; kills it and fails when it takes longer than {@code seconds}. */
  int await(long seconds) throws InterruptedException, IOException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("lede did not end within " + seconds + " s; stderr:\n" + err());
    }
    return process.exitValue();
  }

  String out() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  String err() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }
}
