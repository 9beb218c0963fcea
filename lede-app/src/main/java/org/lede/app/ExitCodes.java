package org.lede.app;

/** What {@code lede}'s exit codes mean; the same for every command. */
final class ExitCodes {
  /** Everything asked for was done. */
  static final int OK = 0;
  /** Some inputs failed and were reported; the rest were processed. */
  static final int SOME_FAILED = 1;
  /** The command line was wrong (picocli's own code for usage errors). */
  static final int USAGE = 2;
  /** Lede itself failed: a bug or an unusable data directory. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
