package org.lede.app;

import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.lede.source.InputException;

/**
 * Prepares inputs on worker threads and hands each result to one writer, on the calling thread, in the order the
 * inputs were submitted: the slow, independent work (reading, extracting, annotating) runs in parallel while the
 * store sees the same writes in the same order whatever the number of threads.
 *
 * <p>At most {@code 2 × threads} inputs are submitted and not yet written; {@link #submit} writes the oldest
 * before it takes another, so memory stays bounded however long the run. With one thread there is no worker:
 * each input is prepared and written on the calling thread, exactly in sequence.
 *
 * <p>An input whose preparation fails — an {@link InputException}, a bug's exception, an {@link OutOfMemoryError}
 * on one huge input, a {@link StackOverflowError} — reaches the writer as a failure naming it; the others go on.
 *
 * <p>Not thread-safe: one thread submits, and the writer runs on it.
 *
 * <pre>{@code
 * try (InputPipeline<Prepared> p = new InputPipeline<>(4, writer)) {
 *   for (Path f : files) p.submit(f.toString(), () -> prepare(f));
 *   p.drain();
 * }
 * }</pre>
 *
 * @param <T> what a worker hands the writer for one input
 */
final class InputPipeline<T> implements AutoCloseable {

  /** The work for one input, done on a worker thread; it must not write to the store. */
  @FunctionalInterface
  interface Work<T> {
    /** Returns what the writer needs; throws naming the input when it cannot be read, extracted or annotated. */
    T prepare() throws InputException;
  }

  /** Takes the inputs in submission order, on the submitting thread. */
  interface Writer<T> {
    /** Stores one prepared input. */
    void write(T prepared);

    /** Reports one input that could not be prepared. */
    void failed(InputException failure);
  }

  /** One input's outcome on a worker: a value or a failure, never a thrown exception. */
  private record Outcome<T>(T value, InputException failure) {}

  private record Pending<T>(String input, Future<Outcome<T>> outcome) {}

  private final Writer<T> writer;
  private final ExecutorService workers;
  private final int window;
  private final ArrayDeque<Pending<T>> inFlight = new ArrayDeque<>();

  /**
   * @param threads worker threads; 1 runs everything on the calling thread
   * @param writer  what stores each prepared input, in order
   */
  InputPipeline(int threads, Writer<T> writer) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, not " + threads);
    this.writer = writer;
    this.workers = threads == 1 ? null : Executors.newFixedThreadPool(threads, new Workers());
    this.window = 2 * threads;
  }

  /**
   * Submits one input, writing the oldest ones first while {@code 2 × threads} are already in flight.
   *
   * @param input the path or URL of the input, to name it when its work fails
   */
  void submit(String input, Work<T> work) {
    if (workers == null) {
      deliver(outcome(input, work));
      return;
    }
    while (inFlight.size() >= window) writeOldest();
    inFlight.addLast(new Pending<>(input, workers.submit(() -> outcome(input, work))));
  }

  /** Writes every input submitted so far, in order; returns when all are written. */
  void drain() {
    while (!inFlight.isEmpty()) writeOldest();
  }

  /** Stops the workers; inputs submitted and not drained are dropped, unwritten. */
  @Override
  public void close() {
    if (workers == null) return;
    inFlight.forEach(p -> p.outcome().cancel(true));
    inFlight.clear();
    workers.shutdownNow();
  }

  private void writeOldest() {
    Pending<T> oldest = inFlight.removeFirst();
    try {
      deliver(oldest.outcome().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for " + oldest.input());
    } catch (ExecutionException e) {
      // outcome() turns what an input can cause into a failure; what is left (a LinkageError...) is Lede's own fault
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException(e.getCause());
    }
  }

  private void deliver(Outcome<T> outcome) {
    if (outcome.failure() != null) writer.failed(outcome.failure());
    else writer.write(outcome.value());
  }

  private static <T> Outcome<T> outcome(String input, Work<T> work) {
    try {
      return new Outcome<>(work.prepare(), null);
    } catch (InputException e) {
      return new Outcome<>(null, e);
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      // What this input held is garbage once we return: the heap and the stack are there for the next one.
      return new Outcome<>(null, failure(input, e));
    }
  }

  /** The one-line failure for an input whose work threw {@code t}. */
  static InputException failure(String input, Throwable t) {
    String reason = switch (t) {
      case OutOfMemoryError e -> "too large to analyse in memory (" + e.getMessage() + "); skipped";
      case StackOverflowError e -> "too deeply nested to analyse (stack overflow); skipped";
      default -> "failed: " + t;
    };
    return new InputException(input, reason, t);
  }

  /** Daemon worker threads, so a run that ends with an exception never waits on them to exit. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger n = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "lede-ingest-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
