package org.lede.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code lede serve} process read by a steady mix of pages, searches, API calls and feeds while a writer
 * sends it new articles: every request is answered, every write lands and can be read back, and the server's
 * threads and open files do not grow. Short and small here, to fit the build; {@code lede bench load} runs the same
 * for ten minutes on 100,000 articles, where latency and heap are measured (never asserted in a test: they depend
 * on the machine).
 */
class ServeUnderLoadIT {
  @TempDir Path tmp;

  @Test
  void a_served_store_taking_writes_answers_every_request_and_grows_no_threads_or_open_files() throws Exception {
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    LoadBench.Outcome o;
    try (PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8)) {
      o = new LoadBench(out).run(tmp.resolve("store"), 1_000, 40, 20, 2);
    }
    String text = report.toString(StandardCharsets.UTF_8);
    System.out.println(text);
    assertThat(o.writer().sent()).as(text).isGreaterThanOrEqualTo(5);
    assertThat(o.kinds()).as("every kind of request was made").hasSize(9)
        .allSatisfy(k -> assertThat(k.ok()).as(k.name()).isPositive());
    assertThat(o.heldWithoutErrors(8, 8)).as(text).isTrue();
  }
}
