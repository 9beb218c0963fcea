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
        "Examples:  lede export --format jsonl > all.jsonl",
        "           lede export --format csv --output dairy.csv 'dairy site:\"Harbour Herald\"'",
    })
final class ExportCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT", description = "jsonl or csv (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of stdout")
  Path output;

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
    try (Library library = data.open();
         OutputStream raw = output == null ? nonClosing(System.out) : new FileOutputStream(output.toFile());
         Writer out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
         Stream<StoredArticle> articles = ArticleExport.select(library, q)) {
      long n = ArticleExport.write(f, articles, out, library.copies(), library.stories());
      System.err.printf("lede export: %,d %s%n", n, n == 1 ? "article" : "articles");
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
