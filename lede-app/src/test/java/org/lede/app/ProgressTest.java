package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void ingest_progress_shows_pages_and_tokens_per_second() {
    AtomicLong nanos = new AtomicLong();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), "pages", 100, false, false, nanos::get);

    nanos.set(10_000_000_000L);
    p.update(40, 30_000, "new 40  updated 0  failed 0");

    assertThat(out.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("[#########...............] 40/100 pages  4.0 pages/s  3,000 tokens/s  new 40  updated 0  failed 0");
  }

  @Test
  void work_without_tokens_shows_its_own_rate_only() {
    AtomicLong nanos = new AtomicLong();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), "articles", 10, false, false, nanos::get);

    nanos.set(6_000_000_000L);
    p.update(3, "");

    assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("[#######.................] 3/10 articles  0.5 articles/s");
  }
}
