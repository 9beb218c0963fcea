package org.lede.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A folder of invented news in each form the job reads, good and bad. */
final class NewsFiles {
  private NewsFiles() {}

  static String page(String town, int n) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + town + " council votes on"
        + " the bridge, meeting " + n + "</title><meta property=\"article:published_time\""
        + " content=\"2026-04-0" + (n % 9 + 1) + "T08:30:00Z\"></head><body><nav><a href=\"/\">Home</a></nav><article>"
        + "<h1>" + town + " council votes on the bridge, meeting " + n + "</h1><p class=\"byline\">By Marta Okafor</p>"
        + "<p>" + town.toUpperCase() + ": The town council voted on Monday to rebuild the old stone bridge over the"
        + " river, after a lorry struck its parapet in March.</p>"
        + "<p>\u201cWe cannot leave the east bank cut off for another winter,\u201d said council leader Owen Hartley."
        + " The work will cost about " + (n + 2) + " million pounds and take nine months, the council said.</p>"
        + "<p>Shopkeepers on the east bank said trade had fallen by a third since the bridge closed.</p>"
        + "</article><footer>Copyright Invented Gazette</footer></body></html>";
  }

  /** Writes the folder: 3 HTML pages (one gzipped, one in a subfolder), a text dump, a WARC, JSON Lines, bad files. */
  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("more"));
    Files.writeString(dir.resolve("a.html"), page("Lowford", 1));
    Files.writeString(dir.resolve("more/b.html"), page("Ashby", 2));
    try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("c.html.gz")))) {
      gz.write(page("Penrith Vale", 3).getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("d.txt"), """
        Ferry fares to rise in spring
        Short Url
        Updated 5 sec ago
        Follow

        KELLBY: Ferry fares between Kellby and the islands will rise by 8 per cent in April, the operator said on \
        Tuesday.
        "Fuel has doubled in two years," said operations director Priya Lund. "We held prices as long as we could."
        Islanders said the rise would hit families who cross daily for school and work.
        """);
    Files.writeString(dir.resolve("e.jsonl"), """
        {"id":"inv-1","headline":"Library reopens after flood","text":"The town library reopened on Friday after \
        repairs to its flooded basement, the council said.","url":"https://gazette.example/library"}
        {this line is not JSON
        {"headline":"Market moves to the square","text":"The Saturday market moves to the main square next month."}
        """);
    Files.write(dir.resolve("empty.html"), new byte[0]);
    Files.write(dir.resolve("picture.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    Files.writeString(dir.resolve(".hidden.html"), page("Hidden", 9));
    warc(dir.resolve("crawl.warc.gz"));
    return dir;
  }

  /** Two pages, a 404 and an image, as CC-NEWS captures them. */
  static void warc(Path file) throws IOException {
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
      Instant at = Instant.parse("2026-04-05T10:00:00Z");
      w.write(response("https://gazette.example/bridge/4", at, 200, "text/html; charset=utf-8", page("Tarnby", 4)));
      w.write(response("https://gazette.example/missing", at, 404, "text/html", "<html>Not found</html>"));
      w.write(response("https://gazette.example/photo.png", at, 200, "image/png", "PNG"));
      w.write(response("https://gazette.example/bridge/5", at, 200, "text/html; charset=utf-8", page("Oldcastle", 5)));
    }
  }

  private static WarcResponse response(String url, Instant at, int status, String type, String body)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .addHeader("Content-Type", type).body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url)).date(at).body(http).build();
  }
}
