package org.lede.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Wall and CPU time read together, so a bench can report both: on a machine shared with other work, wall time
 * measures the neighbours as much as Lede, while this thread's CPU time does not. Not thread-safe.
 */
final class Clocks {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final boolean cpu = threads.isCurrentThreadCpuTimeSupported();

  /** Returns {wall nanos, this thread's CPU nanos (0 where the JVM cannot tell)}. */
  long[] now() {
    return new long[] {System.nanoTime(), cpu ? threads.getCurrentThreadCpuTime() : 0};
  }

  /** Returns the CPU nanos every thread of this process has used, or 0 where the JVM cannot tell. */
  long process() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** Returns the milliseconds the JVM has spent collecting garbage, summed over its collectors. */
  long gcMillis() {
    long total = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) total += Math.max(0, gc.getCollectionTime());
    return total;
  }

  /** Returns the milliseconds the JIT compilers have spent, or 0 where the JVM cannot tell. */
  long jitMillis() {
    var jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  /** Adds the time from {@code from} to {@code to} to {@code total}, element by element. */
  static void add(long[] total, long[] from, long[] to) {
    total[0] += to[0] - from[0];
    total[1] += to[1] - from[1];
  }
}
