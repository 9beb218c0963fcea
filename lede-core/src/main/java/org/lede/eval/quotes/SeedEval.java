package org.lede.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.article.Article;
import org.lede.quote.Quote;
import org.lede.quote.QuoteKind;
import org.lede.quote.Speaker;

/**
 * Scores a quote finder on the hand-labelled seed dump ({@code seed/000_eeaa64c69777ef11}): direct quotes found with
 * their speaker, partial quotes with theirs, indirect speech given to the right speaker, and nicknames wrongly taken
 * for quotes. The articles are built from the dump by line ranges (body from the dateline on, subheads left out), so
 * every finder reads the same text.
 *
 * <p>{@code SeedEval.score(dir, new QuoteFinder()::find).table()}
 *
 * <p>Thread-safe: holds no state.
 */
public final class SeedEval {
  /** The seed's file name, without extension, under {@code shared/data/seed}. */
  public static final String SEED = "000_eeaa64c69777ef11";
  private static final Pattern DATELINE = Pattern.compile("^([A-Z][A-Z .'-]+):\\s+");

  private SeedEval() {}

  /**
   * One article of the seed with the file line of each paragraph.
   *
   * @param article the article
   * @param lines   for each paragraph, its 1-based line in the dump
   */
  public record Seeded(Article article, List<Integer> lines) {}

  /**
   * The scores of one run; each figure is items right out of items in the gold.
   *
   * @param direct      direct quotes found with the right text and speaker
   * @param directGold  direct quotes in the gold
   * @param partial     partial quotes found with the right text and speaker (any kind of quote counts)
   * @param partialGold partial quotes in the gold
   * @param indirect    indirect speech on the right line given to the right speaker
   * @param indirectGold indirect speech in the gold
   * @param nicknames   nicknames ("Iron Lady") wrongly returned as quotes
   */
  public record Result(int direct, int directGold, int partial, int partialGold, int indirect, int indirectGold,
      int nicknames) {

    /** Returns the figures as one line per measure. */
    public String table() {
      return String.format("seed direct quotes with speaker %d/%d, partial %d/%d, indirect %d/%d, nicknames taken %d%n",
          direct, directGold, partial, partialGold, indirect, indirectGold, nicknames);
    }
  }

  /** The seed's articles, read from {@code seedDir} (the folder holding the dump and its gold). */
  public static List<Seeded> articles(Path seedDir) {
    try {
      JsonNode gold = new ObjectMapper().readTree(seedDir.resolve(SEED + ".gold.json").toFile());
      List<String> all = Files.readAllLines(seedDir.resolve(SEED + ".txt"));
      List<Seeded> out = new ArrayList<>();
      int n = 0;
      for (JsonNode a : gold.get("articles")) {
        out.add(read(all, a.get("lines").get(0).asInt(), a.get("lines").get(1).asInt(), "seed-" + n++));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scores {@code finder}, called once per seed article in order, against the seed's gold. */
  public static Result score(Path seedDir, Function<Article, List<Quote>> finder) {
    JsonNode gold;
    try {
      gold = new ObjectMapper().readTree(seedDir.resolve(SEED + ".gold.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Seeded> articles = articles(seedDir);
    List<List<Quote>> found = new ArrayList<>();
    for (Seeded s : articles) found.add(finder.apply(s.article()));
    int direct = 0;
    for (JsonNode g : gold.get("direct_quotes")) {
      String text = norm(g.get("text").asText());
      if (onLine(articles, found, g, QuoteKind.DIRECT).stream()
          .anyMatch(q -> norm(q.text()).equals(text) && speakerIs(q, g.get("speaker").asText()))) {
        direct++;
      }
    }
    int partial = 0;
    for (JsonNode g : gold.get("partial_quotes")) {
      String text = norm(g.get("text").asText());
      if (onLine(articles, found, g, null).stream()
          .anyMatch(q -> norm(q.text()).equals(text) && speakerIs(q, g.get("speaker").asText()))) {
        partial++;
      }
    }
    int indirect = 0;
    for (JsonNode g : gold.get("indirect_speech")) {
      if (onLine(articles, found, g, QuoteKind.INDIRECT).stream().anyMatch(q -> speakerIs(q, g.get("speaker").asText()))) {
        indirect++;
      }
    }
    int nicknames = 0;
    for (JsonNode g : gold.get("not_quotes")) {
      for (List<Quote> qs : found) nicknames += (int) qs.stream().filter(q -> norm(q.text()).equals(g.get("text").asText())).count();
    }
    return new Result(direct, gold.get("direct_quotes").size(), partial, gold.get("partial_quotes").size(), indirect,
        gold.get("indirect_speech").size(), nicknames);
  }

  private static List<Quote> onLine(List<Seeded> articles, List<List<Quote>> found, JsonNode g, QuoteKind kind) {
    int a = g.get("article").asInt();
    Seeded s = articles.get(a);
    int para = s.lines().indexOf(g.get("line").asInt());
    if (para < 0) return List.of();
    int from = s.article().paragraphStart(para);
    int to = from + s.article().paragraphs().get(para).length();
    return found.get(a).stream().filter(q -> (kind == null || q.kind() == kind) && q.start() >= from && q.end() <= to)
        .toList();
  }

  private static boolean speakerIs(Quote q, String expected) {
    Speaker s = q.speaker();
    return s != null && (expected.equalsIgnoreCase(s.name()) || expected.equalsIgnoreCase(s.mention()));
  }

  /** Quote texts compared without their marks and surrounding blanks: peers differ on whether marks are content. */
  private static String norm(String s) {
    return s.replaceAll("\\s+", " ").replaceAll("^[\"“”‘’']+|[\"“”‘’']+$", "").strip();
  }

  /**
   * Reads one article of the seed dump by hand, from the lines of the file: the body is the dateline-bearing line
   * and the non-empty lines after it up to {@code lastLine}, ALL-CAPS subheads left out; each paragraph keeps its
   * 1-based file line.
   */
  public static Seeded read(List<String> all, int firstLine, int lastLine, String id) {
    List<String> paragraphs = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    boolean inBody = false;
    for (int n = firstLine; n <= lastLine && n <= all.size(); n++) {
      String line = all.get(n - 1).strip();
      if (!inBody) {
        Matcher m = DATELINE.matcher(line);
        if (!m.find()) continue;
        inBody = true;
        line = line.substring(m.end());
      }
      if (line.isEmpty() || isSubhead(line)) continue;
      paragraphs.add(line);
      lines.add(n);
    }
    return new Seeded(Article.builder().id(id).paragraphs(paragraphs).build(), lines);
  }

  private static boolean isSubhead(String line) {
    return line.length() < 80 && line.equals(line.toUpperCase()) && line.chars().anyMatch(Character::isLetter);
  }
}
