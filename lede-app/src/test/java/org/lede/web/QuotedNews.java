package org.lede.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lede.Lede;
import org.lede.annotate.Annotator;
import org.lede.app.Samples;
import org.lede.article.Article;
import org.lede.eval.SharedData;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.FileInputs;
import org.lede.source.InputException;

/**
 * A library whose articles carry quotes, entities and numbers, as {@code lede ingest} stores them: Lede's bundled
 * fiction corpus, annotated, plus the shared seed dump when it is on this machine.
 */
final class QuotedNews {
  /** A page the team wrote whose quote, speaker's words and numbers carry markup as text. */
  static final String HOSTILE_QUOTE = """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
      <title>Quay council rejects lantern budget</title>
      <meta property="og:site_name" content="Hostile Quotes Daily">
      <meta property="article:published_time" content="2026-10-12T08:00:00Z">
      </head><body><article><h1>Quay council rejects lantern budget</h1>
      <p>The Quay council voted against the lantern budget of 40,000 euros on Monday.</p>
      <p>“A budget with &lt;script&gt;window.ledePwned=11&lt;/script&gt; in it is not a plan,” said Dana Whitlock, \
      who leads the council. “We will not pay &lt;img src=x onerror=window.ledePwned=12&gt; for lanterns.”</p>
      <p>Whitlock said the council would look at the plan again in spring.</p>
      </article></body></html>
      """;

  private QuotedNews() {}

  /** Two of the bundled samples and a hostile page, annotated. */
  static Library library(Path dir) {
    try {
      Path corpus = Samples.copyTo(dir.resolve("samples"));
      Library library = Library.open(dir.resolve("data"));
      // a few articles only: annotating runs the entity recognizer, the slow part of these tests
      ingest(library, FileInputs.standard(), corpus.resolve("html/meridian-times-dairy-takeover.html"));
      ingest(library, FileInputs.standard().withPlainText(true), corpus.resolve("plain"));
      Path hostile = dir.resolve("hostile/quoted.html");
      Files.createDirectories(hostile.getParent());
      Files.writeString(hostile, HOSTILE_QUOTE);
      ingest(library, FileInputs.standard(), hostile);
      return library;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed dump's text files ({@code data/seed/*.txt}), or empty when the shared data is not here. */
  static Optional<List<Path>> seed() {
    return SharedData.locate("seed").map(dir -> {
      try (var files = Files.list(dir)) {
        return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).filter(files -> !files.isEmpty());
  }

  /** Ingests {@code paths}, annotated, into {@code library}. */
  static void ingest(Library library, FileInputs inputs, Path... paths) {
    Annotator annotator = Annotator.standard();
    for (Path file : inputs.expand(List.of(paths)).toList()) {
      try {
        Document doc = inputs.read(file);
        List<Article> articles = Lede.extraction().extract(doc);
        if (!articles.isEmpty()) library.ingest(doc, articles, articles.stream().map(annotator::annotate).toList());
      } catch (InputException e) {
        System.err.println("QuotedNews: skipped " + e.getMessage());
      }
    }
    library.commit();
  }
}
