package org.lede.spark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Spark standalone cluster, one Master and one Worker, on loopback ports, started from the jars Maven
 * resolved: a worker builds each executor's command from a Spark home, so a temporary one is made with an empty
 * {@code RELEASE} and a {@code jars/} folder of links to those jars. Stopped (processes killed) on close.
 */
final class StandaloneCluster implements AutoCloseable {
  private final Path home;
  private final List<Process> processes = new ArrayList<>();
  private final List<Path> logs = new ArrayList<>();
  final String masterUrl;
  private final int masterUi;

  private StandaloneCluster(Path home, String masterUrl, int masterUi) {
    this.home = home;
    this.masterUrl = masterUrl;
    this.masterUi = masterUi;
  }

  /** Starts a Master and a Worker with {@code cores} cores and waits until the worker has registered. */
  static StandaloneCluster start(Path dir, List<Path> sparkJars, Path jvmOptions, int cores)
      throws IOException, InterruptedException {
    Path home = Files.createDirectories(dir.resolve("spark-home"));
    Files.writeString(home.resolve("RELEASE"), "");
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (Path jar : sparkJars) {
      Path link = jars.resolve(jar.getFileName());
      if (!Files.exists(link)) Files.createSymbolicLink(link, jar);
    }
    int port = freePort(), ui = freePort();
    StandaloneCluster cluster = new StandaloneCluster(home, "spark://127.0.0.1:" + port, ui);
    try {
      cluster.launch(dir.resolve("master.log"), jvmOptions, "org.apache.spark.deploy.master.Master",
          "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(ui));
      cluster.launch(dir.resolve("worker.log"), jvmOptions, "org.apache.spark.deploy.worker.Worker",
          cluster.masterUrl, "--host", "127.0.0.1", "--port", String.valueOf(freePort()),
          "--webui-port", String.valueOf(freePort()), "--cores", String.valueOf(cores), "--memory", "2g",
          "--work-dir", Files.createDirectories(dir.resolve("work")).toString());
      cluster.awaitWorker(Duration.ofSeconds(90));
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private void launch(Path log, Path jvmOptions, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "@" + jvmOptions,
        "-cp", home.resolve("jars") + "/*", mainClass));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_HOME", home.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    processes.add(pb.start());
    logs.add(log);
  }

  /** Polls the Master's status page until one worker is alive. */
  private void awaitWorker(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      for (int i = 0; i < processes.size(); i++) {
        Process p = processes.get(i);
        if (!p.isAlive()) {
          throw new IllegalStateException("a Spark daemon exited with " + p.exitValue() + ":\n" + Files.readString(logs.get(i)));
        }
      }
      try {
        String status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
        if (status.replace(" ", "").contains("\"aliveworkers\":1")) return;
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("no worker registered with " + masterUrl + " within " + timeout);
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    for (Process p : processes) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    for (Process p : processes) {
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
