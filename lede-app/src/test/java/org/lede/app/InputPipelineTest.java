package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lede.source.InputException;

class InputPipelineTest {
  /** Records what the writer was handed, and on which thread. */
  private static final class Recorder implements InputPipeline.Writer<String> {
    final List<String> seen = new ArrayList<>();
    final List<String> threads = new ArrayList<>();

    @Override
    public void write(String prepared) {
      seen.add(prepared);
      threads.add(Thread.currentThread().getName());
    }

    @Override
    public void failed(InputException failure) {
      seen.add("failed " + failure.getMessage());
      threads.add(Thread.currentThread().getName());
    }
  }

  @Test
  void the_writer_gets_inputs_in_submission_order_on_the_submitting_thread_however_the_workers_finish() {
    Recorder writer = new Recorder();
    List<String> expected = new ArrayList<>();
    try (InputPipeline<String> pipeline = new InputPipeline<>(4, writer)) {
      for (int i = 0; i < 40; i++) {
        String name = "input-" + i;
        expected.add(name);
        pipeline.submit(name, () -> {
          sleepUpTo(5);
          return name;
        });
      }
      pipeline.drain();
    }
    assertThat(writer.seen).isEqualTo(expected);
    assertThat(writer.threads).containsOnly(Thread.currentThread().getName());
  }

  @Test
  void at_most_twice_the_threads_are_in_flight_between_submission_and_writing() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    InputPipeline.Writer<String> writer = new InputPipeline.Writer<>() {
      @Override
      public void write(String prepared) {
        inFlight.decrementAndGet();
      }

      @Override
      public void failed(InputException failure) {
        inFlight.decrementAndGet();
      }
    };
    try (InputPipeline<String> pipeline = new InputPipeline<>(3, writer)) {
      for (int i = 0; i < 60; i++) {
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        pipeline.submit("input-" + i, () -> {
          sleepUpTo(2);
          return "done";
        });
      }
      pipeline.drain();
    }
    assertThat(inFlight.get()).isZero();
    // the one just submitted counts before submit() writes the oldest to make room
    assertThat(most.get()).isEqualTo(2 * 3 + 1);
  }

  @Test
  void a_failing_input_is_reported_in_its_place_and_the_next_ones_are_written() {
    Recorder writer = new Recorder();
    try (InputPipeline<String> pipeline = new InputPipeline<>(2, writer)) {
      pipeline.submit("a.html", () -> "a");
      pipeline.submit("b.html", () -> {
        throw new InputException("b.html", "empty file");
      });
      pipeline.submit("c.html", () -> {
        throw new IllegalArgumentException("offset -1");
      });
      pipeline.submit("d.html", () -> "d");
      pipeline.drain();
    }
    assertThat(writer.seen).containsExactly("a", "failed b.html: empty file",
        "failed c.html: failed: java.lang.IllegalArgumentException: offset -1", "d");
  }

  @Test
  void with_one_thread_everything_runs_on_the_calling_thread() {
    Recorder writer = new Recorder();
    List<String> workedOn = new ArrayList<>();
    try (InputPipeline<String> pipeline = new InputPipeline<>(1, writer)) {
      pipeline.submit("a.html", () -> {
        workedOn.add(Thread.currentThread().getName());
        return "a";
      });
      assertThat(writer.seen).as("written before submit returns").containsExactly("a");
    }
    assertThat(workedOn).containsExactly(Thread.currentThread().getName());
  }

  private static void sleepUpTo(int ms) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(ms + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
