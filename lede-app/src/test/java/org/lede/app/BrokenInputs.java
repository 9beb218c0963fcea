package org.lede.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes broken inputs of eighteen kinds, ten of each, made at run time from good pages handed in (damaged copies)
 * or from nothing (tag soup, nesting, binaries): what a scrape left on disk after things went wrong. Deterministic
 * for a seed. Nothing it writes is kept in the repository.
 */
final class BrokenInputs {
  /** What a decompression bomb inflates to: run ingest with {@code --max-size 8} (MB) to have them refused. */
  static final long BOMB_BYTES = 12L << 20;

  /** How many of each kind {@link #write} makes. */
  static final int EACH = 10;

  /** The kinds, each a file-name prefix. */
  static final List<String> KINDS = List.of("flipped", "truncated", "nul", "soup", "nested", "word", "badgzip",
      "binary", "jsonl", "warc", "empty", "attribute", "jsonld", "charset", "inline", "oneline", "unclosed", "bomb");

  private final Random random;
  private final List<byte[]> pages;

  /** {@code pages}: good pages to damage; none of them is written whole. */
  BrokenInputs(long seed, List<byte[]> pages) {
    if (pages.isEmpty()) throw new IllegalArgumentException("no pages to damage");
    this.random = new Random(seed);
    this.pages = pages;
  }

  /** Writes {@code EACH} inputs of every kind into {@code dir}; returns their paths. */
  List<Path> write(Path dir) throws IOException {
    List<Path> written = new ArrayList<>();
    for (String kind : KINDS) {
      for (int i = 0; i < EACH; i++) written.add(write(dir, kind, i));
    }
    return written;
  }

  private Path write(Path dir, String kind, int i) throws IOException {
    String stem = "broken-" + kind + "-" + i;
    return switch (kind) {
      case "flipped" -> save(dir.resolve(stem + ".html"), flipped(page(), 0.01));
      case "truncated" -> {
        byte[] p = page();
        yield save(dir.resolve(stem + ".html"), Arrays.copyOf(p, 1 + random.nextInt(Math.max(1, p.length / 3))));
      }
      case "nul" -> save(dir.resolve(stem + ".html"), withNuls(page()));
      case "soup" -> save(dir.resolve(stem + ".html"), utf8(tagSoup(200_000)));
      case "nested" -> save(dir.resolve(stem + ".html"), utf8(nested("div", 50_000 + i)));
      case "word" -> save(dir.resolve(stem + ".html"), utf8(page("A page of one word",
          "<p>" + "w".repeat(200_000 + i) + "</p>")));
      case "badgzip" -> save(dir.resolve(stem + ".html.gz"), brokenGzip(page(), i));
      case "binary" -> save(dir.resolve(stem + ".html"), binary(i));
      case "jsonl" -> save(dir.resolve(stem + ".jsonl"), utf8(brokenJsonLines(i)));
      case "warc" -> truncatedWarc(dir.resolve(stem + (i % 2 == 0 ? ".warc.gz" : ".warc")), i);
      case "empty" -> save(dir.resolve(stem + ".html"), utf8(i % 2 == 0 ? "" : " \n\t\n".repeat(i)));
      case "attribute" -> save(dir.resolve(stem + ".html"), utf8(page("A page with a huge attribute " + i,
          "<p title=\"" + "x".repeat(2_000_000) + "\">Short text.</p>")));
      case "jsonld" -> save(dir.resolve(stem + ".html"), utf8(page("A page with nested JSON-LD " + i,
          "<script type=\"application/ld+json\">" + "[".repeat(200_000) + "</script><p>Some words.</p>")));
      case "charset" -> save(dir.resolve(stem + ".txt"), mixedCharsets());
      case "inline" -> save(dir.resolve(stem + ".html"), utf8(nestedInline(50_000)));
      case "oneline" -> save(dir.resolve(stem + ".txt"), utf8(words(60_000, false)));
      case "unclosed" -> save(dir.resolve(stem + ".html"), utf8(unclosed(i)));
      case "bomb" -> save(dir.resolve(stem + ".html.gz"), bomb(BOMB_BYTES + i));
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private byte[] page() {
    return pages.get(random.nextInt(pages.size()));
  }

  private static Path save(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
    return file;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String page(String title, String body) {
    return "<!doctype html><html><head><title>" + title + "</title></head><body><h1>" + title + "</h1>" + body
        + "</body></html>";
  }

  private byte[] flipped(byte[] page, double rate) {
    byte[] out = page.clone();
    int n = Math.max(1, (int) (out.length * rate));
    for (int k = 0; k < n; k++) out[random.nextInt(out.length)] ^= (byte) (1 + random.nextInt(255));
    return out;
  }

  private byte[] withNuls(byte[] page) {
    byte[] out = page.clone();
    for (int k = 0; k < 1 + out.length / 500; k++) out[random.nextInt(out.length)] = 0;
    return out;
  }

  private static final String[] WORDS = ("harbour council ferry storm minister said would the of and to in repairs "
      + "cost million island school roof office people week").split(" ");
  private static final String[] TAGS = {"div", "span", "b", "i", "a", "p", "td", "li", "font", "table", "u"};

  private String words(int n, boolean stops) {
    StringBuilder s = new StringBuilder();
    for (int w = 0; w < n; w++) {
      s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      if (stops && random.nextInt(20) == 0) s.append('.');
    }
    return s.toString();
  }

  /** Tags opened and closed at random around words, no sentence break anywhere. */
  private String tagSoup(int chars) {
    StringBuilder s = new StringBuilder("<html><body>");
    while (s.length() < chars) {
      String tag = TAGS[random.nextInt(TAGS.length)];
      switch (random.nextInt(4)) {
        case 0 -> s.append('<').append(tag).append(" class=\"c").append(random.nextInt(9)).append("\">");
        case 1 -> s.append("</").append(tag).append('>');
        default -> s.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
    }
    return s.toString();
  }

  private static String nested(String tag, int depth) {
    return "<html><body>" + ("<" + tag + ">").repeat(depth) + "Deep text." + ("</" + tag + ">").repeat(depth)
        + "</body></html>";
  }

  private String nestedInline(int depth) {
    StringBuilder s = new StringBuilder("<html><body><p>");
    for (int d = 0; d < depth; d++) s.append('<').append(TAGS[random.nextInt(4) + 1]).append('>').append(d % 7 == 0 ? "x " : "");
    return s.append("</p></body></html>").toString();
  }

  private byte[] brokenGzip(byte[] page, int i) throws IOException {
    byte[] gz = gzip(page);
    if (i % 3 == 0) return Arrays.copyOf(gz, Math.max(3, gz.length / 2));
    byte[] out = gz.clone();
    for (int k = 12; k < out.length; k += 1 + random.nextInt(200)) out[k] ^= (byte) 0x5A;
    if (i % 3 == 1) return out;
    return Arrays.copyOf(gz, 10);
  }

  private byte[] binary(int i) {
    byte[] out = new byte[4096 + random.nextInt(60_000)];
    random.nextBytes(out);
    byte[][] magic = {{(byte) 0x89, 'P', 'N', 'G'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'%', 'P', 'D', 'F'},
        {'P', 'K', 3, 4}, {0x7F, 'E', 'L', 'F'}};
    if (i < magic.length) System.arraycopy(magic[i], 0, out, 0, magic[i].length);
    return out;
  }

  private String brokenJsonLines(int i) {
    return switch (i % 5) {
      case 0 -> "{\"headline\": \"Cut off\", \"text\": \"The council met on\n";
      case 1 -> "[".repeat(200_000) + "\n";
      case 2 -> "not json at all\n{\"headline\": 5, \"text\": [1, 2]}\n";
      case 3 -> "{\"headline\": \"" + "h".repeat(300_000) + "\"}\n\u0000\u0000\n";
      default -> "{\"a\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_001) + "\n";
    };
  }

  /** A WARC whose last record is cut mid-body, or whose record declares more bytes than it holds. */
  private Path truncatedWarc(Path file, int i) throws IOException {
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(whole),
        file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (int r = 0; r < 3; r++) {
        String html = page("Broken archive story " + i + "-" + r, "<p>" + words(300, true) + "</p>");
        HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html; charset=utf-8")
            .body(MediaType.parse("text/html; charset=utf-8"), utf8(html)).build();
        w.write(new WarcResponse.Builder(URI.create("https://broken-warc.example/" + i + "/" + r))
            .date(Instant.parse("2026-03-03T10:00:00Z")).body(http).build());
      }
    }
    byte[] bytes = whole.toByteArray();
    byte[] out = i % 4 == 3 ? lyingLength(bytes) : Arrays.copyOf(bytes, bytes.length * 2 / 3 + random.nextInt(bytes.length / 4));
    try (OutputStream o = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
      o.write(out);
    }
    return file;
  }

  /** Rewrites every Content-Length in a plain WARC to a huge number, keeping the bytes as they are. */
  private static byte[] lyingLength(byte[] warc) {
    String s = new String(warc, StandardCharsets.ISO_8859_1);
    return s.replaceAll("Content-Length: \\d+", "Content-Length: 99999999999").getBytes(StandardCharsets.ISO_8859_1);
  }

  private byte[] mixedCharsets() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] latin = "Caf\u00e9 owners said prices rose.\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf16 = "Harbour news\n".getBytes(StandardCharsets.UTF_16LE);
    for (int k = 0; k < 200; k++) {
      out.writeBytes(k % 3 == 0 ? latin : k % 3 == 1 ? utf16 : new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xF0, '\n'});
    }
    return out.toByteArray();
  }

  private String unclosed(int i) {
    String open = switch (i % 4) {
      case 0 -> "<!-- ";
      case 1 -> "<script>var x = \"";
      case 2 -> "<![CDATA[";
      default -> "<textarea>";
    };
    return "<html><head><title>Unclosed</title></head><body><p>Before.</p>" + open + words(20_000, true);
  }

  /** A gzip that inflates to {@code bytes} of spaces and one word: a few kilobytes on disk. */
  private static byte[] bomb(long bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      byte[] block = new byte[1 << 16];
      Arrays.fill(block, (byte) ' ');
      gz.write(utf8("<html><body><p>"));
      for (long n = 0; n < bytes; n += block.length) gz.write(block);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  /** Writes broken inputs from the pages in DIR into OUT: {@code java -cp TEST-CLASSPATH ... OUT PAGE...}. */
  public static void main(String[] args) throws IOException {
    List<byte[]> pages = new ArrayList<>();
    for (int k = 1; k < args.length; k++) pages.add(Files.readAllBytes(Path.of(args[k])));
    Path out = Files.createDirectories(Path.of(args[0]));
    new BrokenInputs(15, pages).write(out);
  }
}
