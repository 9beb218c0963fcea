package org.lede.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lede.json.ArticleJson;
import org.lede.library.Library;
import org.lede.store.ArticleDiff;
import org.lede.store.StoredArticle;
import org.lede.store.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede show}: one stored article, its versions, and what changed between them. */
@Command(
    name = "show",
    header = "One stored article with what was found in it, its versions and diffs.",
    mixinStandardHelpOptions = true,
    description = {
        "Show a stored article: its fields and body, and its version history.",
        "",
        "Examples:  lede show 709791857dc87734",
        "           lede show 709791857dc87734 --json",
        "           lede show 709791857dc87734 --diff 1..2",
    })
final class ShowCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--json", description = "print the article as one line of the JSON Lines contract")
  boolean json;

  @Option(names = "--version", paramLabel = "N", description = "show version N instead of the latest")
  Integer version;

  @Option(names = "--diff", paramLabel = "FROM..TO", description = "show what changed between two versions")
  String diff;

  @Parameters(paramLabel = "ID", description = "the article id (from `lede search`)")
  String id;

  @Override
  public Integer call() {
    try (Library library = data.open()) {
      if (diff != null) return showDiff(library);
      Optional<StoredArticle> found = version == null ? library.article(id) : library.version(id, version);
      if (found.isEmpty()) {
        System.err.println("lede show: no article " + id + (version == null ? "" : " version " + version)
            + " in " + library.dataDir());
        return ExitCodes.SOME_FAILED;
      }
      StoredArticle stored = found.get();
      if (json) {
        System.out.println(ArticleJson.toLine(stored.article(), stored.annotations()));
        return ExitCodes.OK;
      }
      System.out.print(ArticleText.render(stored.article()));
      System.out.print(AnnotationText.render(stored.article(), stored.annotations()));
      List<Version> versions = library.versions(id);
      System.out.printf("version %d of %d; first stored %s, this version %s%n", stored.version(), versions.size(),
          stored.firstIngestedAt(), stored.ingestedAt());
      return ExitCodes.OK;
    }
  }

  private int showDiff(Library library) {
    String[] parts = diff.split("\\.\\.");
    int from, to;
    try {
      from = Integer.parseInt(parts[0].strip());
      to = Integer.parseInt(parts[1].strip());
    } catch (RuntimeException e) {
      System.err.println("lede show: --diff wants FROM..TO, e.g. 1..2; got \"" + diff + "\"");
      return ExitCodes.USAGE;
    }
    Optional<ArticleDiff> d = library.diff(id, from, to);
    if (d.isEmpty()) {
      System.err.println("lede show: article " + id + " has no versions " + from + " and " + to);
      return ExitCodes.SOME_FAILED;
    }
    if (!d.get().changed()) System.out.println("versions " + from + " and " + to + " are the same");
    for (ArticleDiff.FieldChange f : d.get().fields()) {
      System.out.printf("%s:%n  - %s%n  + %s%n", f.field(), f.before(), f.after());
    }
    for (ArticleDiff.ParagraphEdit p : d.get().paragraphs()) {
      if (p.kind() != ArticleDiff.ParagraphEdit.Kind.KEPT) {
        System.out.println((p.kind() == ArticleDiff.ParagraphEdit.Kind.ADDED ? "+ " : "- ") + p.text());
      }
    }
    return ExitCodes.OK;
  }
}
