package org.lede.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lede.library.Library;
import org.lede.source.FileInputs;

/**
 * A library holding only hostile articles the team wrote, annotated: markup, script, SVG, CSS, JSON-LD breakouts and
 * {@code javascript:}/{@code data:} links in every field a page can carry (headline, dek, site, byline, captions,
 * credits, image and canonical URLs, quotes and body), and pictures at loopback, private and local addresses. Two
 * of them are one report from two outlets, so they make a story.
 */
final class HostileNews {
  /** The test resources, each a page as a hostile site would serve it. */
  static final List<String> PAGES = List.of("hostile.html", "hostile/ferry-jsonld.html", "hostile/ferry-copy.html");

  /** The domain of every off-site URL in the fixtures: a browser that asks anything of it was made to by an article. */
  static final String HOSTS = "hostile.example";

  private HostileNews() {}

  static Library library(Path dir) {
    try {
      Path pages = dir.resolve("pages");
      Files.createDirectories(pages.resolve("hostile"));
      for (String page : PAGES) {
        try (InputStream in = HostileNews.class.getResourceAsStream(page)) {
          Files.write(pages.resolve(page), in.readAllBytes());
        }
      }
      Files.writeString(pages.resolve("quoted.html"), QuotedNews.HOSTILE_QUOTE);
      Library library = Library.open(dir.resolve("data"));
      QuotedNews.ingest(library, FileInputs.standard(), pages);
      return library;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
