package org.lede.app;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Option;

/**
 * The {@code --log FILE} and {@code --log-level LEVEL} options of the long-running commands (ingest, watch, serve,
 * reprocess). Failed inputs stay one line each on stderr; the file gets every record at the level, each failure with
 * its full cause.
 */
final class LogOptions {
  static final String FAILURES = Logs.ROOT + ".failure";

  @Option(names = "--log", paramLabel = "FILE",
      description = "also write log records to FILE (appended), each failure with its full cause (stack trace)")
  Path file;

  @Option(names = "--log-level", paramLabel = "LEVEL",
      description = "error, warn, info, debug, trace or off: the least severe records logged (default: info for "
          + "serve, which logs each request; warn otherwise)")
  Logs.Threshold level;

  /** Sets up logging for a command whose stderr shows records at {@code consoleDefault} unless a level is given. */
  void apply(Logs.Threshold consoleDefault) {
    Logs.Threshold chosen = level != null ? level : consoleDefault;
    Logs.configure(chosen.level, file, level != null ? level.level : Level.INFO, FAILURES);
  }

  /**
   * Sets up logging for a batch command: stderr keeps its one line per failed input (printed by the command itself,
   * so log records reach stderr only when {@code --log-level} asks), and the log file gets each failure in full.
   */
  void applyToBatch() {
    Logs.configure(level != null ? level.level : Level.SEVERE, file, level != null ? level.level : Level.INFO,
        FAILURES);
  }

  /** The logger failed inputs and failed commands are recorded on, with their causes, for the log file only. */
  static Logger failures() {
    return Logger.getLogger(FAILURES);
  }
}
