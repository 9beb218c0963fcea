package org.lede.app;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar for long work, on stderr: redrawn in place on a terminal, a line every few seconds otherwise
 * (logs, CI), silent when quiet. Not thread-safe: call it from the thread doing the work.
 */
final class Progress {
  private static final long TERMINAL_EVERY_NS = 100_000_000L;
  private static final long LOG_EVERY_NS = 5_000_000_000L;
  private static final int WIDTH = 24;

  private final PrintStream err;
  private final String unit;
  private final long total;
  private final boolean terminal;
  private final boolean quiet;
  private final LongSupplier nanos;
  private final long start;
  private long lastDraw;
  private boolean drawn;

  Progress(PrintStream err, String unit, long total, boolean terminal, boolean quiet, LongSupplier nanos) {
    this.err = err;
    this.unit = unit;
    this.total = total;
    this.terminal = terminal;
    this.quiet = quiet;
    this.nanos = nanos;
    this.start = nanos.getAsLong();
    this.lastDraw = start;
  }

  /** A bar on the process's stderr, drawn in place when stderr is a terminal. */
  static Progress onStderr(String unit, long total, boolean quiet) {
    return new Progress(System.err, unit, total, System.console() != null, quiet, System::nanoTime);
  }

  /** Reports that {@code done} of the total are finished; {@code detail} follows the counts. */
  void update(long done, String detail) {
    update(done, -1, detail);
  }

  /**
   * Reports that {@code done} of the total are finished, holding {@code tokens} words of text between them (their
   * rate is shown beside the rate of the units; negative shows none); {@code detail} follows.
   */
  void update(long done, long tokens, String detail) {
    if (quiet) return;
    long now = nanos.getAsLong();
    if (now - lastDraw < (terminal ? TERMINAL_EVERY_NS : LOG_EVERY_NS) && done < total) return;
    lastDraw = now;
    String line = line(done, tokens, detail, now);
    if (terminal) {
      err.print("\r" + line + "\033[K");
      drawn = true;
    } else if (done < total) {
      err.println(line);
    }
    err.flush();
  }

  /** Ends the bar, leaving the terminal on a fresh line. */
  void finish() {
    if (drawn) {
      err.println();
      drawn = false;
    }
  }

  /** Seconds since the bar was made. */
  double elapsedSeconds() {
    return (nanos.getAsLong() - start) / 1e9;
  }

  String line(long done, long tokens, String detail, long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, done * WIDTH / total);
    String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
    String rates = String.format(Locale.ROOT, "%.1f %s/s", done / seconds, unit)
        + (tokens < 0 ? "" : String.format(Locale.ROOT, "  %,.0f tokens/s", tokens / seconds));
    return String.format(Locale.ROOT, "[%s] %d/%d %s  %s  %s", bar, done, total, unit, rates, detail);
  }
}
