package org.lede.quote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lede.article.Article;
import org.lede.eval.quotes.SeedEval;
import org.lede.extract.dump.TextDumpExtractor;
import org.lede.source.FileInputs;

/**
 * Builds the seed dump's articles for tests, straight from the shared data file (never copied into the repository):
 * through {@link TextDumpExtractor} when it finds every article, else by hand: the body is the dateline-bearing line
 * and the non-empty lines after it, ALL-CAPS subheads left out. Either way each paragraph keeps its file line.
 */
final class SeedArticles {
  /** An article and, for each of its paragraphs, the 1-based line of the file it came from. */
  record Seeded(Article article, List<Integer> lines) {
    int paragraphOfLine(int line) {
      return lines.indexOf(line);
    }
  }

  private SeedArticles() {}

  /** Reads the dump with the extractor; empty when it does not find one article per gold range. */
  static List<Seeded> extract(Path file, List<int[]> ranges) throws Exception {
    List<Article> found = new TextDumpExtractor().extract(FileInputs.standard().read(file), Instant.now());
    if (found.size() != ranges.size()) return List.of();
    List<String> all = Files.readAllLines(file);
    List<Seeded> out = new ArrayList<>();
    for (int a = 0; a < found.size(); a++) {
      Article article = found.get(a);
      List<Integer> lines = new ArrayList<>();
      int next = ranges.get(a)[0];
      for (String paragraph : article.paragraphs()) {
        int line = -1;
        for (int n = next; n <= ranges.get(a)[1] && n <= all.size(); n++) {
          if (all.get(n - 1).contains(paragraph.strip())) {
            line = n;
            next = n + 1;
            break;
          }
        }
        lines.add(line);
      }
      out.add(new Seeded(article, lines));
    }
    return out;
  }

  static Seeded read(Path file, int firstLine, int lastLine) throws IOException {
    SeedEval.Seeded read = SeedEval.read(Files.readAllLines(file), firstLine, lastLine, null);
    return new Seeded(read.article(), read.lines());
  }
}
