package org.lede.opensearch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.lede.annotate.Annotations;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.extract.Extraction;
import org.lede.json.ArticleJson;
import org.lede.source.Document;
import org.lede.source.MediaType;

/**
 * A Spark job's output written by the tests: news pages made up here (a few topics, outlets, reporters and quoted
 * people, mixed by a seeded random), run through Lede's own extraction and annotation, written as the contract's
 * lines into gzip'd {@code articles/part-NNNNN.jsonl.gz} files — one of them with a line that is not JSON.
 */
final class NewsOutput {
  /** One line of a part that is not an article: where it is. */
  static final String BAD_PART = "part-00002.jsonl.gz";
  static final int BAD_LINE = 3;

  private static final String[] SITES = {"Coastal Ledger", "Valley Courier", "Northgate Observer", "Harbour Times"};
  private static final String[] REPORTERS = {"Mara Lindqvist", "Tomas Oyelaran", "Priya Raman", "Jonas Kettering",
      "Alice Ferreira"};

  /** A topic: words for headlines, sentences for bodies, and who is quoted. */
  private record Topic(String[] headlines, String[] sentences, String speaker, String[] sayings) {}

  private static final Topic[] TOPICS = {
      new Topic(new String[] {"Harbour bridge reopens after repairs", "Bridge repairs run over budget",
          "Commuters return to the harbour bridge"},
          new String[] {"The harbour bridge reopened on Thursday after two years of repairs to its steel deck.",
              "Engineers found corrosion spread further than expected along the bridge cables.",
              "Ferry operators carried most commuters while the crossing was closed.",
              "The council will publish the final cost of the repairs next month."},
          "Helena Brandt", new String[] {"The bridge is safe and it will stay open", "We underestimated the corrosion"}),
      new Topic(new String[] {"Late frost damages apple orchards", "Orchard growers count frost losses",
          "Frost threatens the valley apple harvest"},
          new String[] {"A late frost on Sunday night damaged blossoms in apple orchards across the valley.",
              "The growers association estimated that a third of the early blossoms were lost.",
              "Some orchards lit fires between the rows to keep the frost off the trees.",
              "Cider makers expect higher prices for apples this autumn."},
          "Samuel Okafor", new String[] {"We have not seen a frost this late in twenty years", "The harvest will be small"}),
      new Topic(new String[] {"Hospital nurses vote to strike", "Nurses strike closes hospital wards",
          "Talks to end the nurses strike resume"},
          new String[] {"Nurses at the city hospital voted to strike over pay and staffing levels.",
              "The hospital cancelled planned operations during the strike.",
              "Union leaders said talks with the health board had broken down.",
              "Patients were asked to attend emergency departments only when necessary."},
          "Grace Mbeki", new String[] {"Our members have been patient for too long", "The wards are dangerously short of staff"}),
      new Topic(new String[] {"River floods low-lying streets", "Flood defences tested by storm",
          "Residents clean up after the river flood"},
          new String[] {"The river burst its banks after three days of heavy rain and a storm surge.",
              "Sandbags were handed out to residents of the low-lying streets near the river.",
              "The new flood defences held along most of the embankment.",
              "Insurers expect thousands of claims after the flood."},
          "Daniel Whitcombe", new String[] {"The defences did what they were built to do", "More rain is forecast"}),
      new Topic(new String[] {"School budget cuts spark protest", "Parents protest school budget",
          "Council approves school budget after debate"},
          new String[] {"Parents protested outside the town hall against cuts to the school budget.",
              "The council said falling pupil numbers made the cuts unavoidable.",
              "Teachers warned that class sizes would grow if the budget was cut.",
              "The budget debate lasted late into the evening."},
          "Ruth Adebayo", new String[] {"Our children deserve better than this budget", "Every school will feel the cuts"}),
      new Topic(new String[] {"Wind farm approved off the coast", "Offshore wind farm wins approval",
          "Fishermen object to wind farm plans"},
          new String[] {"Ministers approved a wind farm of sixty turbines off the coast.",
              "The wind farm will supply electricity to about two hundred thousand homes.",
              "Fishermen said the turbines would close traditional fishing grounds.",
              "Construction of the wind farm is expected to start next spring."},
          "Owen Prytherch", new String[] {"This is the largest investment in clean energy the region has seen",
              "The fishing grounds will be protected"}),
  };

  private NewsOutput() {}

  /** What was written: the articles' contract lines, in order, and the parts. */
  record Written(List<String> lines, List<Path> parts) {}

  /** Writes {@code parts} part files of {@code perPart} articles each under {@code out/articles}. */
  static Written write(Path out, int parts, int perPart) throws IOException {
    Extraction extraction = Extraction.standard();
    Annotator annotator = Annotator.standard();
    Random random = new Random(13);
    Path articles = Files.createDirectories(out.resolve("articles"));
    List<String> lines = new ArrayList<>();
    List<Path> written = new ArrayList<>();
    int n = 0;
    for (int p = 0; p < parts; p++) {
      Path part = articles.resolve(String.format("part-%05d.jsonl.gz", p));
      written.add(part);
      try (OutputStream file = Files.newOutputStream(part);
           Writer w = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
        for (int i = 0; i < perPart; i++, n++) {
          if (part.getFileName().toString().equals(BAD_PART) && i == BAD_LINE - 1) {
            w.write("{\"id\": \"broken\", \"headline\": \"cut off in the middle\n");
          }
          Document page = page(n, random);
          for (Article a : extractionOf(extraction, page)) {
            Annotations found = annotator.annotate(a);
            String line = ArticleJson.toLine(a, found);
            lines.add(line);
            w.write(line);
            w.write('\n');
          }
        }
      }
    }
    return new Written(lines, written);
  }

  private static List<Article> extractionOf(Extraction extraction, Document page) {
    try {
      return extraction.extract(page);
    } catch (org.lede.source.InputException e) {
      throw new IllegalStateException("a test page did not extract: " + e.getMessage(), e);
    }
  }

  private static Document page(int n, Random random) {
    Topic topic = TOPICS[n % TOPICS.length];
    String site = SITES[random.nextInt(SITES.length)];
    String reporter = REPORTERS[random.nextInt(REPORTERS.length)];
    String headline = topic.headlines()[random.nextInt(topic.headlines().length)] + " (" + (n + 1) + ")";
    Instant published = Instant.parse("2025-01-06T08:00:00Z").plusSeconds(86_400L * (n % 40) + 3_600L * (n % 7));
    StringBuilder body = new StringBuilder();
    List<String> sentences = new ArrayList<>(List.of(topic.sentences()));
    java.util.Collections.shuffle(sentences, random);
    for (int s = 0; s < sentences.size(); s++) {
      body.append("<p>").append(sentences.get(s));
      // now and then a sentence of another topic, so words are shared across topics as in real news
      if (random.nextInt(3) == 0) {
        Topic other = TOPICS[random.nextInt(TOPICS.length)];
        body.append(' ').append(other.sentences()[random.nextInt(other.sentences().length)]);
      }
      body.append("</p>\n");
      if (s == 1) {
        body.append("<p>\u201c").append(topic.sayings()[random.nextInt(topic.sayings().length)])
            .append(",\u201d said ").append(topic.speaker()).append(", who spoke to reporters on ")
            .append(random.nextBoolean() ? "Monday" : "Tuesday").append(".</p>\n");
      }
    }
    String slug = "story-" + n;
    String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>" + headline + " - " + site + "</title>"
        + "<link rel=\"canonical\" href=\"https://news.example/" + slug + "\">"
        + "<meta property=\"og:site_name\" content=\"" + site + "\">"
        + "<meta property=\"og:title\" content=\"" + headline + "\">"
        + "<meta property=\"article:published_time\" content=\"" + published + "\">"
        + "<meta name=\"author\" content=\"" + reporter + "\">"
        + "</head><body><article><h1>" + headline + "</h1>"
        + "<p class=\"byline\">By " + reporter + "</p>\n" + body + "</article></body></html>";
    return new Document("https://news.example/" + slug, html.getBytes(StandardCharsets.UTF_8), MediaType.HTML,
        StandardCharsets.UTF_8, Instant.parse("2025-03-01T00:00:00Z"), null);
  }
}
