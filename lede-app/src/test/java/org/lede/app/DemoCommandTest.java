package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path tmp;

  @Test
  void demo_ingests_every_bundled_sample_and_a_second_run_adds_nothing() {
    String data = tmp.resolve("data").toString();

    Cli.Run first = Cli.run("demo", "--data", data);

    assertThat(first.err()).doesNotContain("lede: ");
    assertThat(first.exit()).isZero();
    assertThat(first.out()).contains("store: 15 articles from 12 inputs");
    assertThat(first.out()).contains("$ lede search 'takeover'").contains("Lindqvist Foods agrees");

    Cli.Run second = Cli.run("demo", "--data", data);
    assertThat(second.exit()).isZero();
    assertThat(second.out()).contains("store: 15 articles from 12 inputs").contains("0 new articles");
  }
}
