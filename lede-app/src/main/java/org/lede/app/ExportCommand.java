package org.lede.app;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lede.export.ArticleExport;
import org.lede.library.Library;
import org.lede.postgres.PostgresAddress;
import org.lede.postgres.PostgresStore;
import org.lede.store.StoreException;
import org.lede.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede export}: stored articles as JSON Lines or CSV, streamed. */
@Command(
    name = "export",
    header = "Stored articles as JSON Lines (the contract) or CSV, streamed.",
    mixinStandardHelpOptions = true,
    description = {
        "Write every stored article, or those matching QUERY (the search syntax of `lede search`, newest first),",
        "to stdout or --output FILE. JSON Lines are the contract of `lede extract --format jsonl`, with quotes,",
        "entities, numbers and dates; CSV has a header row and one row per article (RFC 4180 quoting). Articles",
        "are read and written a page at a time, so memory stays flat however large the store.",
        "",
        "With --store postgres://..., the articles `lede load` put in PostgreSQL are written instead, in the order",
        "loaded, as JSON Lines (the lines lede export wrote come back byte for byte); CSV and QUERY are not supported",
        "there yet.",
        "",
        "Examples:  lede export --format jsonl > all.jsonl",
        "           lede export --format csv --output dairy.csv 'dairy site:\"Harbour Herald\"'",
        "           lede export --store postgres://lede@127.0.0.1:5432/news > all.jsonl",
    })
final class ExportCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT", description = "jsonl or csv (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of stdout")
  Path output;

  @Option(names = "--store", paramLabel = "URL",
      description = "read from this PostgreSQL store (" + PostgresAddress.FORM + ") instead of --data")
  String store;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "only articles matching this search (words are joined)")
  List<String> query;

  @Override
  public Integer call() throws IOException {
    ArticleExport.Format f;
    try {
      f = ArticleExport.Format.parse(format);
    } catch (IllegalArgumentException e) {
      System.err.println("lede export: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    String q = query == null ? "" : String.join(" ", query);
    if (store != null) return exportStore(f, q);
    try (Library library = data.open();
         OutputStream raw = output == null ? nonClosing(System.out) : new FileOutputStream(output.toFile());
         Writer out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
         Stream<StoredArticle> articles = ArticleExport.select(library, q)) {
      long n = ArticleExport.write(f, articles, out, library.copies(), library.stories());
      System.err.printf("lede export: %,d %s%n", n, n == 1 ? "article" : "articles");
    }
    return ExitCodes.OK;
  }

  private int exportStore(ArticleExport.Format f, String q) throws IOException {
    if (f != ArticleExport.Format.JSONL || !q.isBlank()) {
      System.err.println("lede export: from a PostgreSQL store only JSON Lines of every article, for now (no --format csv, no QUERY)");
      return ExitCodes.USAGE;
    }
    PostgresAddress address;
    try {
      address = PostgresAddress.parse(store);
    } catch (IllegalArgumentException e) {
      System.err.println("lede export: --store " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (PostgresStore source = PostgresStore.open(address);
         OutputStream raw = output == null ? nonClosing(System.out) : new FileOutputStream(output.toFile());
         Writer out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
         Stream<String> lines = source.lines()) {
      long n = ArticleExport.writeStored(lines, out);
      System.err.printf("lede export: %,d %s%n", n, n == 1 ? "article" : "articles");
    } catch (StoreException e) {
      System.err.println("lede export: " + e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip());
      return ExitCodes.INTERNAL;
    }
    return ExitCodes.OK;
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
