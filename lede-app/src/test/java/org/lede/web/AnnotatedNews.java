package org.lede.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.lede.Lede;
import org.lede.annotate.Annotations;
import org.lede.annotate.Annotator;
import org.lede.app.Samples;
import org.lede.article.Article;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.FileInputs;

/**
 * The bundled sample dumps (the part of the corpus with the most quotes) and one page with a site, ingested
 * as {@code lede ingest} does: extracted and annotated (quotes, entities).
 */
final class AnnotatedNews {
  private AnnotatedNews() {}

  static Library library(Path dir) {
    try {
      Path corpus = Samples.copyTo(dir.resolve("samples"));
      Library library = Library.open(dir.resolve("data"));
      Annotator annotator = Annotator.standard();
      FileInputs inputs = FileInputs.standard();
      for (Path file : inputs.expand(List.of(corpus.resolve("dumps"), corpus.resolve("html/meridian-times-dairy-takeover.html"))).toList()) {
        Document doc = inputs.read(file);
        List<Article> articles = Lede.extraction().extract(doc);
        List<Annotations> found = articles.stream().map(annotator::annotate).toList();
        if (!articles.isEmpty()) library.ingest(doc, articles, found);
      }
      library.commit();
      return library;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.lede.source.InputException e) {
      throw new IllegalStateException("a bundled sample cannot be read: " + e.getMessage(), e);
    }
  }
}
