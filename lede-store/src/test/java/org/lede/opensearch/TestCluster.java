package org.lede.opensearch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** How the integration tests get their 2-node cluster: skipped only outside CI and without the distribution. */
public final class TestCluster {
  private TestCluster() {}

  /**
   * Starts a 2-node cluster from the distribution the build unpacked. Under {@code CI=true} a missing distribution is
   * a failure like any other; elsewhere (an IDE run without {@code mvn verify}) the test is skipped, saying why.
   */
  public static OpenSearchCluster start() throws Exception {
    String configured = System.getProperty("lede.opensearch.home");
    Path home = configured == null ? null : Path.of(configured);
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (!ci) {
      assumeTrue(home != null && Files.isDirectory(home),
          "no OpenSearch distribution (lede.opensearch.home=" + configured + "): run through ./mvnw verify");
    }
    if (home == null) throw new IllegalStateException("lede.opensearch.home is not set: run through ./mvnw verify");
    OpenSearchCluster cluster = OpenSearchCluster.start(home, 2, Duration.ofMinutes(4));
    System.out.printf("OpenSearch: 2 nodes green in %.1f s%n", cluster.startTime().toMillis() / 1000.0);
    return cluster;
  }
}
