package org.lede.app;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --threads N} option of the commands that read, extract and annotate many inputs. */
final class ThreadsOption {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  private int count = IngestRun.defaultThreads();

  @Option(names = "--threads", paramLabel = "N",
      description = "read, extract and annotate on N threads; one writer stores in input order, so the store is "
          + "the same whatever N (default: the available cores)")
  void count(int n) {
    if (n < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + n);
    count = n;
  }

  /** The number of threads asked for, or the available cores. */
  int count() {
    return count;
  }
}
