package org.lede.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lede.source.InputException;

/**
 * Reads the list of sources {@code lede watch} polls: one source a line, its kind then its URL, as in
 *
 * <pre>
 * # world desk
 * feed     https://news.example.org/world/rss.xml
 * sitemap  https://news.example.org/sitemap-news.xml
 * </pre>
 *
 * A colon after the kind and a leading {@code - } are allowed, so a YAML list ({@code - feed: URL}) reads the same.
 * Blank lines and {@code #} comments are ignored.
 *
 * <p>Stateless and thread-safe.
 */
public final class SourcesFile {
  private SourcesFile() {}

  /**
   * Returns the sources in {@code file}, in order, each once.
   *
   * @throws InputException naming the file and line when it is missing or a line is not {@code KIND URL}
   */
  public static List<Source> read(Path file) throws InputException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file", e);
    } catch (IOException e) {
      throw new InputException(file.toString(), "could not be read: " + e.getMessage(), e);
    }
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      if (line.startsWith("- ")) line = line.substring(2).strip();
      String[] parts = line.split("\\s+", 2);
      String kind = parts[0].toLowerCase(Locale.ROOT);
      if (kind.endsWith(":")) kind = kind.substring(0, kind.length() - 1);
      String where = file + " line " + (i + 1);
      if (parts.length < 2) throw new InputException(where, "expected `feed URL` or `sitemap URL`, got: " + line);
      Source.Kind k = switch (kind) {
        case "feed", "rss", "atom" -> Source.Kind.FEED;
        case "sitemap" -> Source.Kind.SITEMAP;
        default -> throw new InputException(where, "unknown source kind '" + parts[0] + "' (feed or sitemap)");
      };
      URI uri;
      try {
        uri = URI.create(parts[1].strip());
      } catch (IllegalArgumentException e) {
        throw new InputException(where, "not a URL: " + parts[1], e);
      }
      if (Links.resolve(uri, uri.toString()) == null || !uri.isAbsolute()) {
        throw new InputException(where, "not an absolute http(s) URL: " + parts[1]);
      }
      Source s = new Source(k, uri);
      if (!sources.contains(s)) sources.add(s);
    }
    return sources;
  }
}
