package org.lede.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real OpenSearch cluster on loopback for the integration tests, started from the distribution Maven unpacked into
 * {@code target/opensearch} and stopped, its directories deleted, by {@link #close()}.
 *
 * <p>Each node gets a directory of its own (config, data, logs, tmp) under one temporary folder; the distribution
 * itself is shared and only read. OpenSearch refuses to run as root, so under root each node runs as a system user
 * made for the tests ({@value #USER}, created when absent) through {@code runuser}. The nodes bind 127.0.0.1 only
 * (the integ-test distribution has no security plugin), on free HTTP and transport ports, with 512 MB of heap each,
 * and run on the JDK the tests run on.
 *
 * <p>Not thread-safe: one test class owns one cluster.
 */
public final class OpenSearchCluster implements AutoCloseable {
  static final String USER = "lede-opensearch";
  private static final String HEAP = "512m";

  private final Path root;
  private final List<Process> processes = new ArrayList<>();
  private final List<Integer> httpPorts = new ArrayList<>();
  private final Thread reaper = new Thread(this::stopNodes, "opensearch-cluster-reaper");
  private final Duration startTime;

  private OpenSearchCluster(Path distribution, int size, Duration timeout) throws IOException, InterruptedException {
    long started = System.nanoTime();
    boolean asRoot = isRoot();
    if (asRoot) ensureUser();
    this.root = Files.createTempDirectory("lede-opensearch-");
    // a JVM that ends without close() (a killed test run) must not leave nodes behind
    Runtime.getRuntime().addShutdownHook(reaper);
    try {
      Path home = distribution;
      if (asRoot && !userCanRun(home)) {
        // a checkout under a directory only root may enter (mktemp -d makes one): the nodes get their own copy
        home = root.resolve("distribution");
        run("cp", "-a", distribution.toString(), home.toString());
      }
      List<Integer> transportPorts = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        httpPorts.add(freePort());
        transportPorts.add(freePort());
      }
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= size; i++) names.add("node-" + i);
      String seeds = transportPorts.stream().map(p -> "\"127.0.0.1:" + p + "\"").collect(Collectors.joining(", "));
      String initial = names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
      String clusterName = "lede-test-" + UUID.randomUUID().toString().substring(0, 8);
      List<Path> nodeDirs = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        Path dir = root.resolve(names.get(i));
        nodeDirs.add(dir);
        prepareNode(home, dir, String.join("\n",
            "cluster.name: " + clusterName,
            "node.name: " + names.get(i),
            "path.data: " + dir.resolve("data"),
            "path.logs: " + dir.resolve("logs"),
            "network.host: 127.0.0.1",
            "http.port: " + httpPorts.get(i),
            "transport.port: " + transportPorts.get(i),
            "discovery.seed_hosts: [" + seeds + "]",
            "cluster.initial_cluster_manager_nodes: [" + initial + "]",
            // a nearly full disk on a build machine must not keep the replicas unassigned (never green)
            "cluster.routing.allocation.disk.threshold_enabled: false",
            ""));
      }
      if (asRoot) run("chown", "-R", USER + ":", this.root.toString());
      else run("chmod", "700", this.root.toString());
      for (int i = 0; i < size; i++) processes.add(launch(home, nodeDirs.get(i), asRoot));
      waitForGreen(size, timeout);
      startTime = Duration.ofNanos(System.nanoTime() - started);
    } catch (IOException | InterruptedException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * Starts {@code size} nodes from the distribution at {@code home} and waits until the cluster is green with all of
   * them in it.
   *
   * @throws IllegalStateException when a node exits or the cluster is not green within {@code timeout}; the message
   *                               holds the end of each node's console
   */
  static OpenSearchCluster start(Path home, int size, Duration timeout) throws IOException, InterruptedException {
    if (!Files.isExecutable(home.resolve("bin/opensearch"))) {
      throw new IllegalStateException("no OpenSearch distribution at " + home
          + " (the build unpacks it before the integration tests: ./mvnw verify)");
    }
    return new OpenSearchCluster(home, size, timeout);
  }

  /** The HTTP address of node {@code i} (0-based). */
  public URI http(int i) {
    return URI.create("http://127.0.0.1:" + httpPorts.get(i));
  }

  /** Lede's address of index {@code name} on the first node: {@code opensearch://127.0.0.1:PORT/name}. */
  public URI index(String name) {
    return URI.create("opensearch://127.0.0.1:" + httpPorts.getFirst() + "/" + name);
  }

  /** How long the nodes took from the first copy to green. */
  Duration startTime() {
    return startTime;
  }

  /** CPU seconds the nodes' processes (their JVMs) have used so far, from the operating system's accounts. */
  double nodesCpuSeconds() {
    return processes.stream().flatMap(p -> Stream.concat(Stream.of(p.toHandle()), p.descendants()))
        .mapToDouble(h -> h.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0)).sum();
  }

  @Override
  public void close() {
    stopNodes();
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook runs anyway
    }
    if (root != null) deleteTree(root);
  }

  private void stopNodes() {
    // runuser passes SIGTERM on to the node, which shuts down in order; a node that hangs is killed
    for (Process p : processes) p.destroy();
    for (Process p : processes) {
      try {
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void prepareNode(Path home, Path dir, String settings) throws IOException {
    Path config = dir.resolve("config");
    copyTree(home.resolve("config"), config);
    for (String sub : List.of("data", "logs", "tmp")) Files.createDirectories(dir.resolve(sub));
    Path jvmOptions = config.resolve("jvm.options");
    String options = Files.readString(jvmOptions);
    // relative paths in jvm.options resolve against the working directory; each node's must point into its own
    Map<String, String> absolute = Map.of(
        "-XX:HeapDumpPath=data", "-XX:HeapDumpPath=" + dir.resolve("data"),
        "-XX:ErrorFile=logs/", "-XX:ErrorFile=" + dir.resolve("logs") + "/",
        "file=logs/gc.log", "file=" + dir.resolve("logs/gc.log"),
        "-javaagent:agent/", "-javaagent:" + home.resolve("agent") + "/");
    for (var e : absolute.entrySet()) {
      if (!options.contains(e.getKey())) {
        throw new IllegalStateException(jvmOptions + " no longer says " + e.getKey() + ": check the node set-up");
      }
      options = options.replace(e.getKey(), e.getValue());
    }
    Files.writeString(jvmOptions, options);
    Files.writeString(config.resolve("jvm.options.d/heap.options"), "-Xms" + HEAP + "\n-Xmx" + HEAP + "\n");
    Files.writeString(config.resolve("opensearch.yml"), "\n" + settings, StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
  }

  private static Process launch(Path home, Path dir, boolean root) throws IOException {
    List<String> command = new ArrayList<>();
    if (root) command.addAll(List.of("runuser", "-u", USER, "--"));
    command.add(home.resolve("bin/opensearch").toString());
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("console.log").toFile());
    Map<String, String> env = pb.environment();
    env.put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
    env.put("OPENSEARCH_PATH_CONF", dir.resolve("config").toString());
    env.put("OPENSEARCH_TMPDIR", dir.resolve("tmp").toString());
    env.remove("OPENSEARCH_JAVA_OPTS");
    env.remove("JAVA_TOOL_OPTIONS");
    env.remove("JAVA_HOME");
    return pb.start();
  }

  private void waitForGreen(int size, Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      for (Process p : processes) {
        if (!p.isAlive()) throw new IllegalStateException("an OpenSearch node exited (" + p.exitValue() + ")\n" + consoles());
      }
      try {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                http(0).resolve("/_cluster/health?wait_for_status=green&wait_for_nodes=" + size + "&timeout=2s"))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        last = r.statusCode() + " " + r.body();
        if (r.statusCode() == 200 && r.body().contains("\"status\":\"green\"")
            && r.body().contains("\"number_of_nodes\":" + size + ",")) return;
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the cluster was not green within " + timeout + " (last health: " + last + ")\n"
        + consoles());
  }

  private String consoles() {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> nodes = Files.list(root)) {
      for (Path node : nodes.sorted().toList()) {
        Path console = node.resolve("console.log");
        if (!Files.exists(console)) continue;
        List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
        sb.append("--- ").append(node.getFileName()).append(" (last lines)\n");
        lines.subList(Math.max(0, lines.size() - 20), lines.size()).forEach(l -> sb.append(l).append('\n'));
      }
    } catch (IOException e) {
      sb.append("(consoles unreadable: ").append(e).append(")");
    }
    return sb.toString();
  }

  /** Whether the test user may run the distribution where it is: every directory above it must let them in. */
  private static boolean userCanRun(Path home) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("runuser", "-u", USER, "--", "test", "-x", home.resolve("bin/opensearch").toString())
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor() == 0;
  }

  private static boolean isRoot() throws IOException, InterruptedException {
    return "0".equals(output("id", "-u").strip());
  }

  private static void ensureUser() throws IOException, InterruptedException {
    Process id = new ProcessBuilder("id", "-u", USER).redirectErrorStream(true).start();
    id.getInputStream().readAllBytes();
    if (id.waitFor() == 0) return;
    run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER);
  }

  private static String output(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) throw new IOException(String.join(" ", command) + " failed: " + out.strip());
    return out;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    output(command);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + dir, e);
    }
  }
}
