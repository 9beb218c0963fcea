package org.lede.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where Lede's log records go: java.util.logging, which the web server's SLF4J logging reaches through slf4j-jdk14,
 * so one level governs Lede's own records and Javalin's and Jetty's. Records are one line each on stderr; with a log
 * file, they are written there too, with the full cause (stack trace) of each failure.
 *
 * <p>Configured once per command, before it runs; later calls replace the earlier set-up.
 */
final class Logs {
  /** Lede's loggers are named under here: {@code lede.http} for requests, {@code lede.ingest} for failed inputs. */
  static final String ROOT = "lede";
  private static final Logger JUL_ROOT = Logger.getLogger("");

  private Logs() {}

  /** The levels {@code --log-level} takes, as users name them. */
  enum Threshold {
    ERROR(Level.SEVERE), WARN(Level.WARNING), INFO(Level.INFO), DEBUG(Level.FINE), TRACE(Level.FINEST), OFF(Level.OFF);

    final Level level;

    Threshold(Level level) {
      this.level = level;
    }
  }

  /**
   * Sends records at {@code console} and above to stderr, one line each, and, when {@code file} is given, records at
   * {@code fileLevel} and above to it (appended), each failure with its stack trace.
   *
   * @param fileOnly a logger whose records go to the file only (null: none), e.g. failures the command itself
   *                 reports on stderr in one line
   * @throws UncheckedIOException when the log file cannot be opened
   */
  static void configure(Level console, Path file, Level fileLevel, String fileOnly) {
    for (Handler h : JUL_ROOT.getHandlers()) {
      JUL_ROOT.removeHandler(h);
      h.close();
    }
    Level lowest = console;
    Handler stderr = new ConsoleHandler();
    stderr.setFormatter(new OneLine(false));
    stderr.setLevel(console);
    if (fileOnly != null) stderr.setFilter(r -> !fileOnly.equals(r.getLoggerName()));
    JUL_ROOT.addHandler(stderr);
    if (file != null) {
      try {
        FileHandler out = new FileHandler(file.toAbsolutePath().toString(), true);
        out.setEncoding("UTF-8");
        out.setFormatter(new OneLine(true));
        out.setLevel(fileLevel);
        JUL_ROOT.addHandler(out);
        if (fileLevel.intValue() < lowest.intValue()) lowest = fileLevel;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the log file " + file + ": " + e.getMessage(), e);
      }
    }
    JUL_ROOT.setLevel(lowest);
  }

  /** Returns the logger {@code lede.NAME}. */
  static Logger logger(String name) {
    return Logger.getLogger(ROOT + "." + name);
  }

  /** {@code 2026-03-03T09:15:00.123Z WARN lede.ingest message}, and in a file the cause's stack trace below. */
  private static final class OneLine extends Formatter {
    private final boolean causes;

    OneLine(boolean causes) {
      this.causes = causes;
    }

    @Override
    public String format(LogRecord r) {
      StringBuilder b = new StringBuilder()
          .append(Instant.ofEpochMilli(r.getMillis()).truncatedTo(ChronoUnit.MILLIS)).append(' ')
          .append(name(r.getLevel())).append(' ')
          .append(r.getLoggerName()).append(' ')
          .append(formatMessage(r).replace('\n', ' ').replace('\r', ' '));
      Throwable t = r.getThrown();
      if (t != null && causes) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        b.append(System.lineSeparator()).append(trace.toString().stripTrailing());
      } else if (t != null && !b.toString().contains(String.valueOf(t.getMessage()))) {
        b.append(": ").append(t);
      }
      return b.append(System.lineSeparator()).toString();
    }

    private static String name(Level level) {
      for (Threshold t : Threshold.values()) if (t.level.equals(level)) return t.name();
      return level.getName().toUpperCase(Locale.ROOT);
    }
  }
}
