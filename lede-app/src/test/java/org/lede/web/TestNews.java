package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lede.Lede;
import org.lede.app.Samples;
import org.lede.article.Article;
import org.lede.index.SearchRequest;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.FileInputs;
import org.lede.source.InputException;

/**
 * A real library for web tests: Lede's bundled sample corpus plus a hostile page the team wrote, whose headline,
 * caption, byline and body carry script tags, event handlers and javascript: links as text.
 */
final class TestNews {
  static final String HOSTILE_HEADLINE_PART = "<script>window.ledePwned=1</script>";

  private TestNews() {}

  static Library library(Path dir) {
    try {
      Path corpus = Samples.copyTo(dir.resolve("samples"));
      Library library = Library.open(dir.resolve("data"));
      ingest(library, FileInputs.standard(), corpus.resolve("dumps"), corpus.resolve("html"), corpus.resolve("latin1"),
          corpus.resolve("gz"));
      ingest(library, FileInputs.standard().withPlainText(true), corpus.resolve("plain"));
      Path hostile = dir.resolve("hostile/hostile.html");
      Files.createDirectories(hostile.getParent());
      try (InputStream in = TestNews.class.getResourceAsStream("hostile.html")) {
        Files.write(hostile, in.readAllBytes());
      }
      ingest(library, FileInputs.standard(), hostile);
      library.commit();
      return library;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the hostile article's id, checking the fixture still carries its markup into the article. */
  static String hostileId(Library library) {
    var hits = library.search(SearchRequest.of("harbour gala lantern")).hits();
    assertThat(hits).as("the hostile fixture is indexed").isNotEmpty();
    Article a = library.article(hits.get(0).id()).orElseThrow().article();
    assertThat(a.headline()).as("extraction keeps the hostile headline as text").contains("<script>");
    return a.id();
  }

  private static void ingest(Library library, FileInputs inputs, Path... paths) {
    List<Path> files = inputs.expand(List.of(paths)).toList();
    for (Path file : files) {
      try {
        Document doc = inputs.read(file);
        List<Article> articles = Lede.extraction().extract(doc);
        if (!articles.isEmpty()) library.ingest(doc, articles);
      } catch (InputException e) {
        // as `lede ingest` does: a failed input is skipped; the tests count what was stored, not what was given
        System.err.println("TestNews: skipped " + e.getMessage());
      }
    }
  }
}
