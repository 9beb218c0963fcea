package org.lede.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostGateTest {
  @Test
  void every_start_on_one_host_is_at_least_the_delay_after_the_previous_even_from_many_threads() throws Exception {
    Duration delay = Duration.ofMillis(10);
    HostGate gate = new HostGate(delay, 3);
    List<Long> starts = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    for (int i = 0; i < 40; i++) {
      pool.submit(() -> {
        try (HostGate.Permit p = gate.enter("News.Example.org")) {
          starts.add(p.startedNanos());
          most.accumulateAndGet(inside.incrementAndGet(), Math::max);
          Thread.sleep(15);
          inside.decrementAndGet();
        }
        return null;
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();

    List<Long> sorted = starts.stream().sorted().toList();
    assertThat(sorted).hasSize(40);
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(sorted.get(i) - sorted.get(i - 1)).isGreaterThanOrEqualTo(delay.toNanos());
    }
    assertThat(most.get()).isLessThanOrEqualTo(3);
  }

  @Test
  void hosts_do_not_wait_for_each_other() throws Exception {
    HostGate gate = new HostGate(Duration.ofSeconds(5), 1);
    try (HostGate.Permit a = gate.enter("a.example.org")) {
      long t = System.nanoTime();
      try (HostGate.Permit b = gate.enter("b.example.org")) {
        assertThat(Duration.ofNanos(System.nanoTime() - t)).isLessThan(Duration.ofSeconds(1));
      }
    }
  }
}
