package org.lede.postgres;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.extract.Extraction;
import org.lede.json.ArticleJson;
import org.lede.source.Document;
import org.lede.source.InputException;
import org.lede.source.MediaType;

/**
 * An output shaped as {@code lede spark} writes it ({@code OUT/articles/part-*.jsonl.gz}), of articles made by Lede's
 * own extraction and annotation, run in-process on invented news pages written here.
 */
public final class SparkOutput {
  private static final String[] TOWNS = {"Lowford", "Ashby", "Penrith Vale", "Kellby", "Tarnby", "Oldcastle",
      "Marrow Bay", "Eastwick", "Hollin", "Brackenridge"};
  private static final String[][] SPEAKERS = {{"Owen Hartley", "council leader"}, {"Priya Lund", "operations director"},
      {"Marta Okafor", "head teacher"}, {"Tomas Vries", "harbour master"}, {"Agnes Obi", "chief engineer"}};
  private static final String[] TOPICS = {"rebuild the old stone bridge", "close the east ferry", "repair the sea wall",
      "open a night bus", "sell the old library"};

  private SparkOutput() {}

  /** Returns an invented news page, its words drawn from {@code n}. */
  public static String page(int n) {
    Random r = new Random(n);
    String town = TOWNS[n % TOWNS.length];
    String[] speaker = SPEAKERS[r.nextInt(SPEAKERS.length)];
    String topic = TOPICS[r.nextInt(TOPICS.length)];
    String headline = town + " council votes to " + topic + ", meeting " + n;
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline + "</title>"
        + "<link rel=\"canonical\" href=\"https://gazette.example/" + town.toLowerCase().replace(' ', '-') + "/" + n + "\">"
        + "<meta property=\"article:published_time\" content=\"2026-04-" + String.format("%02d", n % 28 + 1)
        + "T08:" + String.format("%02d", n % 60) + ":00Z\"></head><body><article><h1>" + headline + "</h1>"
        + "<p class=\"byline\">By " + SPEAKERS[(n + 1) % SPEAKERS.length][0] + "</p>"
        + "<p>" + town.toUpperCase() + ": The town council voted on Monday to " + topic + ", after " + (n % 7 + 2)
        + " hours of debate and a petition signed by " + (n * 13 % 900 + 100) + " residents.</p>"
        + "<p>\u201cWe cannot leave the east bank cut off for another winter,\u201d said " + speaker[1] + " "
        + speaker[0] + ". The work will cost about " + (n % 9 + 2) + " million pounds, the council said.</p>"
        + "<p>" + speaker[0].split(" ")[1] + " told reporters that the vote on " + topic + " was \u201clong"
        + " overdue\u201d and that the Harbour Trust would pay a share.</p>"
        + "<p>Shopkeepers in " + town + " said trade had fallen by a third since March.</p>"
        + "</article></body></html>";
  }

  /** Returns the contract lines of {@code count} pages, extracted and annotated as {@code lede spark} does. */
  public static List<String> articleLines(int count) {
    Extraction extraction = Extraction.standard();
    Annotator annotator = Annotator.standard();
    List<String> lines = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      byte[] html = page(n).getBytes(StandardCharsets.UTF_8);
      try {
        for (Article a : extraction.extract(new Document("pages/" + n + ".html", html, MediaType.HTML, null, null, null))) {
          lines.add(ArticleJson.toLine(a, annotator.annotate(a)));
        }
      } catch (InputException e) {
        throw new IllegalStateException("an invented page has no article: " + e.getMessage(), e);
      }
    }
    return lines;
  }

  /** Returns {@code lines} again {@code times} times over, each copy's ids suffixed with its number: a larger load. */
  public static List<String> copies(List<String> lines, int times) {
    List<String> out = new ArrayList<>(lines.size() * times);
    for (int k = 0; k < times; k++) {
      for (String line : lines) {
        try {
          ObjectNode node = (ObjectNode) ArticleJson.mapper().readTree(line);
          node.put("id", node.get("id").asText() + "-" + k);
          out.add(ArticleJson.mapper().writeValueAsString(node));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return out;
  }

  /**
   * Writes {@code lines} as {@code parts} gzip'd part files under {@code out/articles}, in order, as Spark names them;
   * returns the part files.
   */
  public static List<Path> write(Path out, List<String> lines, int parts) throws IOException {
    Path dir = Files.createDirectories(out.resolve("articles"));
    List<Path> files = new ArrayList<>();
    int per = (lines.size() + parts - 1) / parts;
    for (int p = 0; p < parts; p++) {
      Path file = dir.resolve(String.format("part-%05d-5f1c0e2a-c000.jsonl.gz", p));
      try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
        for (String line : lines.subList(Math.min(lines.size(), p * per), Math.min(lines.size(), (p + 1) * per))) {
          gz.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
      files.add(file);
    }
    Files.createDirectories(out.resolve("rejects"));
    Files.writeString(out.resolve("_SUCCESS"), "");
    return files;
  }
}
