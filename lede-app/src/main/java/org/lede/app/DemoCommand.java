package org.lede.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lede.Lede;
import org.lede.annotate.Annotator;
import org.lede.index.SearchRequest;
import org.lede.library.Library;
import org.lede.library.LibraryStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lede demo}: Lede's main job on its embedded defaults — the bundled sample corpus in, searchable. */
@Command(
    name = "demo",
    header = "Ingest the bundled sample corpus and search it: Lede end to end.",
    mixinStandardHelpOptions = true,
    description = {
        "Run Lede end to end on its bundled sample corpus (14+ articles the Lede team wrote: text dumps with",
        "clutter, HTML pages with and without metadata, a Latin-1 page, a gzipped page, plain text): extract,",
        "store and index them in the data directory, then run a few searches. Safe to run again: nothing is",
        "stored twice. The sample files are left in DATA/samples/ to look at.",
    })
final class DemoCommand implements Callable<Integer> {
  private static final List<String> QUERIES = List.of("takeover", "\"flood\" OR storm", "minister said");

  @Mixin DataOption data;

  @Override
  public Integer call() throws IOException {
    // A fixed place keeps the inputs' names, and so the articles' ids, the same from one run to the next.
    Path corpus = Samples.copyTo(data.dir.resolve("samples"));
    Annotator annotator = Annotator.standard();
    try (Library library = data.open()) {
      System.out.println("Lede demo: the bundled sample corpus, copied to " + corpus);
      IngestRun.Summary pages = new IngestRun(Lede.files(), Lede.extraction(), annotator, library, System.err, true)
          .run(List.of(corpus.resolve("dumps"), corpus.resolve("html"), corpus.resolve("latin1"), corpus.resolve("gz")));
      IngestRun.Summary plain = new IngestRun(Lede.files().withPlainText(true), Lede.extraction(), annotator, library, System.err, true)
          .run(List.of(corpus.resolve("plain")));
      System.out.println("ingest: " + pages.describe());
      System.out.println("ingest --plain: " + plain.describe());
      LibraryStats stats = library.stats();
      System.out.printf("store: %d articles from %d inputs in %s (SQLite %.1f KB, Lucene index %.1f KB)%n%n",
          stats.articles(), stats.documents(), library.dataDir(), stats.storeBytes() / 1024.0, stats.indexBytes() / 1024.0);
      for (String query : QUERIES) {
        System.out.println("$ lede search " + shellQuote(query));
        var results = library.search(SearchRequest.of(query).withLimit(3));
        System.out.println(SearchCommand.render(results, library.foldCopies(results.hits()), null, false));
        System.out.println();
      }
      System.out.println("Next: lede search \"your words\" · lede show ID · lede extract --format text FILE · lede --help");
      return pages.failed() + plain.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
  }

  private static String shellQuote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
