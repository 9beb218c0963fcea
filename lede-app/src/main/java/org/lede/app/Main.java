package org.lede.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lede} command: raw news in, structured and searchable knowledge out. */
@Command(
    name = "lede",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
        "Lede turns raw news (text dumps of scraped pages, HTML pages, directories and .gz files of them)",
        "into structured articles, stores them and makes them searchable.",
        "",
        "Start with:  lede demo        (ingests the bundled sample corpus and runs a search)",
        "Then:        lede ingest DIR  and  lede search \"query\"",
    },
    subcommands = {
        DemoCommand.class,
        IngestCommand.class,
        WatchCommand.class,
        ExtractCommand.class,
        SearchCommand.class,
        AttentionCommand.class,
        CollectionCommand.class,
        SaidCommand.class,
        QuotesCommand.class,
        EntitiesCommand.class,
        EntityCommand.class,
        ShowCommand.class,
        ExportCommand.class,
        LoadCommand.class,
        ServeCommand.class,
        TokenCommand.class,
        ReindexCommand.class,
        RelinkCommand.class,
        RestoryCommand.class,
        StoriesCommand.class,
        StoryCommand.class,
        ReprocessCommand.class,
        EvalCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class,
    },
    footer = {
        "",
        "Exit codes: 0 success; 1 some inputs failed (the rest were processed); 2 bad usage; 3 internal error.",
        "Data lives in ./lede-data unless --data DIR is given.",
    })
public final class Main implements Runnable {
  // Held strongly: java.util.logging forgets the level of a logger nobody references.
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting: the tests call this. */
  public static int run(String... args) {
    // Lucene warns on every start that the incubating Vector API is not enabled; it is optional for Lede's use.
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    // commands with --log and --log-level set up their own; the rest show errors only
    Logs.configure(java.util.logging.Level.SEVERE, null, java.util.logging.Level.OFF, LogOptions.FAILURES);
    return new CommandLine(new Main())
        .setUsageHelpAutoWidth(true)
        .setCaseInsensitiveEnumValuesAllowed(true) // --log-level warn, as the help and README write it
        .setExecutionExceptionHandler((ex, cmd, parsed) -> {
          LogOptions.failures().log(java.util.logging.Level.SEVERE, "lede " + String.join(" ", args) + " failed", ex);
          if (unusableData(ex)) {
            // a full disk, a read-only or locked data directory: the user's to fix, so one line that says what
            cmd.getErr().println("lede: " + oneLine(ex.getMessage()));
          } else {
            cmd.getErr().println("lede: internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
          }
          return ExitCodes.INTERNAL;
        })
        .execute(args);
  }

  /** True when {@code ex} says the data directory or another file could not be read or written, not a bug. */
  static boolean unusableData(Throwable ex) {
    return ex instanceof org.lede.store.StoreException || ex instanceof java.io.UncheckedIOException
        || ex instanceof java.io.IOException;
  }

  private static String oneLine(String message) {
    return message == null ? "failed" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
