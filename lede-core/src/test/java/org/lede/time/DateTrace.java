package org.lede.time;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.lede.html.PageParser;
import org.lede.html.PageParts;
import org.lede.source.TextDecoder;

/**
 * A development tool, not a test: prints every date candidate each source of {@link PageDates} finds on one page,
 * to see which won and why. Run from the repository root after {@code test-compile}:
 *
 * <pre>
 * java -cp lede-app/target/lede.jar:lede-core/target/test-classes org.lede.time.DateTrace PAGE.html.gz URL
 * </pre>
 */
final class DateTrace {
  private DateTrace() {}

  public static void main(String[] args) throws Exception {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])))) {
      bytes = in.readAllBytes();
    }
    String url = args.length > 1 ? args[1] : null;
    org.jsoup.nodes.Document page = PageParser.parse(TextDecoder.decode(bytes, null).text(), url == null ? "" : url);
    PageParts parts = PageParts.of(page);
    Instant reference = Instant.parse("2026-01-01T00:00:00Z");
    DateReader reader = new DateReader(reference);
    Regions regions = new Regions();
    System.out.println("url: " + UrlDates.find(url));
    List<DateCandidate> c = new ArrayList<>();
    StructuredDates.jsonLd(parts, reader, c);
    print("json-ld", c);
    StructuredDates.meta(parts, reader, c = new ArrayList<>());
    print("meta", c);
    StructuredDates.microdata(parts, reader, c = new ArrayList<>());
    print("microdata", c);
    MarkupDates.times(parts, reader, regions, c = new ArrayList<>(), true);
    print("time (own)", c);
    MarkupDates.classed(parts, reader, regions, c = new ArrayList<>(), true);
    print("classed (own)", c);
    TextDates.scan(page, parts, reader, regions, c = new ArrayList<>());
    print("text", c);
    MarkupDates.times(parts, reader, regions, c = new ArrayList<>(), false);
    MarkupDates.classed(parts, reader, regions, c, false);
    print("markup anywhere", c);
    // Every text node that reads as a date, with what the text scan thinks of it.
    java.time.LocalDate today = java.time.LocalDate.of(2026, 1, 1);
    for (org.jsoup.nodes.Element e : page.body().getAllElements()) {
      for (org.jsoup.nodes.TextNode t : e.textNodes()) {
        String text = t.text().strip();
        if (text.isEmpty() || text.length() > 300) continue;
        DateCandidate d = reader.read(text, DateCandidate.Role.UNKNOWN, "text", false);
        if (d == null) continue;
        System.out.println("text node: " + d.day() + " dateLine=" + TextDates.dateLine(text, today) + " elsewhere="
            + regions.elsewhere(e) + " in <" + e.normalName() + " class='" + e.className() + "'>: "
            + text.substring(0, Math.min(80, text.length())));
      }
    }
    System.out.println("=> " + PageDates.find(page, url, reference));
  }

  private static void print(String source, List<DateCandidate> candidates) {
    for (DateCandidate c : candidates) {
      System.out.println(source + ": " + c.day() + " " + c.role() + " from '" + c.time().raw() + "'");
    }
  }
}
