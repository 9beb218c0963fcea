package org.lede.web;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.lede.export.ArticleExport;
import org.lede.library.Newsroom;
import org.lede.store.StoredArticle;

/**
 * {@code /api/v1/export?format=jsonl|csv&q=}: the same bytes as {@code lede export}, streamed as they are read
 * (chunked), so a large export neither waits nor fills the server's memory.
 */
final class ExportApi {
  private final Newsroom library;

  ExportApi(Newsroom library) {
    this.library = library;
  }

  void export(Context ctx) {
    ArticleExport.Format format;
    try {
      format = ArticleExport.Format.parse(ctx.queryParamAsClass("format", String.class).getOrDefault("jsonl"));
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest(e.getMessage());
    }
    String q = SearchForm.text(ctx.queryParam("q"), 500);
    ctx.contentType(format.contentType());
    ctx.header("Content-Disposition", "attachment; filename=\"lede-export." + format.extension() + "\"");
    ctx.header("Cache-Control", "no-store");
    try (Stream<StoredArticle> articles = ArticleExport.select(library, q);
         Writer out = new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8), 1 << 16)) {
      ArticleExport.write(format, articles, out, library.copies(), library.stories());
    } catch (IOException e) {
      // the client went away mid-export; there is nobody left to tell
      throw new UncheckedIOException(e);
    }
  }
}
