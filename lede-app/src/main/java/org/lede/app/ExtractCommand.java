package org.lede.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.lede.Lede;
import org.lede.annotate.Annotations;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.extract.Extraction;
import org.lede.json.ArticleJson;
import org.lede.source.Document;
import org.lede.source.FileInputs;
import org.lede.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede extract}: prints the articles in files without storing anything. */
@Command(
    name = "extract",
    header = "Print the articles in files as JSON Lines or text; store nothing.",
    mixinStandardHelpOptions = true,
    description = {
        "Extract articles from files and print them; nothing is stored.",
        "",
        "Each article is one line of JSON (--format jsonl, the contract documented in the README) or a readable",
        "summary (--format text), with the quotes, entities, quantities and dates found in it (unless",
        "--no-annotations). Inputs that fail are reported on stderr, one line each; the rest go on.",
        "",
        "Example:  lede extract --format jsonl --as-of 2026-02-05T12:00:00Z pages/*.txt",
    })
final class ExtractCommand implements Callable<Integer> {
  enum Format { jsonl, text }

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or text (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "resolve relative times (\"Updated 5 sec ago\") against this ISO-8601 instant instead of the file's time")
  Instant asOf;

  @Option(names = "--plain", description = "treat each input as plain article text: the body, nothing else")
  boolean plain;

  @Option(names = "--no-annotations",
      description = "articles only: skip finding quotes, entities, quantities and dates (faster)")
  boolean noAnnotations;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "32",
      description = "refuse documents larger than this many megabytes (default: ${DEFAULT-VALUE})")
  int maxSizeMb;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or directories (recursive); .gz is read")
  List<Path> paths;

  @Override
  public Integer call() {
    FileInputs inputs = Lede.files().withPlainText(plain).withMaxBytes(maxSizeMb * 1024L * 1024L);
    Extraction extraction = Lede.extraction().withAsOf(asOf);
    Annotator annotator = noAnnotations ? null : Annotator.standard();
    PrintWriter out = new PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
    int[] failed = {0};
    inputs.expand(paths).forEach(path -> {
      try {
        Document document = inputs.read(path);
        for (Article article : extraction.extract(document)) {
          Annotations found = annotator == null ? Annotations.NONE : annotator.annotate(article);
          if (format == Format.jsonl) {
            out.println(annotator == null ? ArticleJson.toLine(article) : ArticleJson.toLine(article, found));
          } else {
            out.println(ArticleText.render(article) + AnnotationText.render(article, found));
          }
        }
        out.flush();
      } catch (InputException e) {
        out.flush();
        System.err.println("lede: " + e.getMessage());
        failed[0]++;
      }
    });
    out.flush();
    return failed[0] == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
