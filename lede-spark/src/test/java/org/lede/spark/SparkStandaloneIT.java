package org.lede.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job submitted to a real standalone cluster (a Master and a Worker on loopback) as a user submits it: the driver
 * a process of its own with the job jar (Lede without Spark) shipped to the executors. What it writes equals what
 * Lede's stages make in process.
 */
class SparkStandaloneIT {
  private static final Path TARGET = Path.of("target");

  @Test
  void theJobJarRunOnAStandaloneClusterWritesWhatLedeExtractWould(@TempDir Path tmp) throws Exception {
    Path news = NewsFiles.write(tmp.resolve("news"));
    Path out = tmp.resolve("out");
    // the cluster's Spark home holds Spark and the common libraries, as a Spark distribution does, but not Lede or
    // CoreNLP: executors can run the job only with what the job jar brings them
    List<Path> sparkJars = Arrays.stream(Files.readString(TARGET.resolve("full-classpath.txt")).strip().split(":"))
        .filter(jar -> !jar.contains("lede-core") && !jar.contains("stanford-corenlp")).map(Path::of).toList();
    Path jobJar = TARGET.resolve("lede-spark.jar").toAbsolutePath();
    Path jvmOptions = Path.of("spark-jvm.options").toAbsolutePath();

    try (StandaloneCluster cluster = StandaloneCluster.start(tmp.resolve("cluster"), sparkJars, jvmOptions, 2)) {
      List<String> command = new ArrayList<>(List.of(StandaloneCluster.java(), "-Xmx1g", "@" + jvmOptions,
          "-Dspark.jars=" + jobJar, "-Dspark.executor.memory=1g", "-Dspark.ui.enabled=false",
          "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
          "-cp", jobJar + ":" + Files.readString(TARGET.resolve("spark-classpath.txt")).strip(),
          "org.lede.spark.SparkMain", "--master", cluster.masterUrl, "--input", news.toString(),
          "--output", out.toString()));
      Path log = tmp.resolve("driver.log");
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
      Process driver = pb.start();
      boolean ended = driver.waitFor(5, TimeUnit.MINUTES);
      if (!ended) driver.destroyForcibly();
      String said = Files.readString(log);
      assertThat(ended).as("the driver ended within 5 minutes:\n%s", said).isTrue();
      assertThat(driver.exitValue()).as(said).isZero();
      assertThat(said).contains("-> 8 articles, 3 rejects");
    }

    assertThat(LedeJobTest.byId(LedeJobTest.lines(out.resolve("articles"))))
        .isEqualTo(LedeJobTest.inProcess(news, true));
    assertThat(LedeJobTest.lines(out.resolve("rejects"))).hasSize(3);
    assertThat(out.resolve("parquet/_SUCCESS")).exists();
  }


}
