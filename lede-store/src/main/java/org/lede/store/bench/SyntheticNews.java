package org.lede.store.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lede.article.Article;
import org.lede.article.ArticleBuilder;
import org.lede.article.Dateline;
import org.lede.article.StatedTime;

/**
 * Makes up news articles from a made-up vocabulary: words of invented syllables drawn with a Zipf-like skew, so
 * term statistics resemble real prose (a few very common words, a long tail). Deterministic for a seed; not
 * thread-safe.
 */
final class SyntheticNews {
  private static final String[] ONSETS = {"b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pl",
      "r", "s", "st", "t", "tr", "v", "w", "z", "sh", "ch", "th"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "y"};
  private static final String[] CODAS = {"", "", "n", "r", "s", "t", "l", "m", "nd", "rt", "st", "x"};
  private static final long FIRST_DAY = Instant.parse("2022-01-01T00:00:00Z").getEpochSecond();
  private static final long SPAN_SECONDS = 3L * 365 * 24 * 3600;

  private final Random random;
  private final String[] words;
  private final double[] cumulative;
  private final String[] sites;
  private final String[] people;
  private final String[] places;

  SyntheticNews(long seed, int vocabulary) {
    random = new Random(seed);
    words = new String[vocabulary];
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < vocabulary; i++) {
      String w;
      do {
        w = word(1 + (i < 200 ? random.nextInt(2) : 1 + random.nextInt(3)));
      } while (!seen.add(w));
      words[i] = w;
    }
    cumulative = new double[vocabulary];
    double sum = 0;
    for (int i = 0; i < vocabulary; i++) {
      sum += 1.0 / Math.pow(i + 1, 1.07);
      cumulative[i] = sum;
    }
    for (int i = 0; i < vocabulary; i++) cumulative[i] /= sum;
    sites = names(40, 2, " Post", " Herald", " Ledger", " Courier", " Times");
    people = names(2000, 2, "", "", "", "", "");
    places = names(300, 1, "", "", "", "", "");
  }

  private SyntheticNews(SyntheticNews same, long seed) {
    random = new Random(seed);
    words = same.words;
    cumulative = same.cumulative;
    sites = same.sites;
    people = same.people;
    places = same.places;
  }

  /**
   * Returns a stream with the same vocabulary, sites and people whose articles are drawn from {@code seed}: so that
   * parts of one corpus can be made up on several threads, each part the same on every run.
   */
  SyntheticNews part(long seed) {
    return new SyntheticNews(this, seed);
  }

  int vocabulary() {
    return words.length;
  }

  String site(int i) {
    return sites[i % sites.length];
  }

  int siteCount() {
    return sites.length;
  }

  Article article(int n) {
    return builder(n).build();
  }

  /** Returns article {@code n} with the id the store would give it, for building an index without the store. */
  Article identified(int n) {
    ArticleBuilder b = builder(n);
    String url = "https://news" + (n % 40) + ".example/story/" + n;
    return b.id(org.lede.extract.ArticleIds.of(url, url, 0)).build();
  }

  private ArticleBuilder builder(int n) {
    ArticleBuilder b = Article.builder()
        .canonicalUrl("https://news" + (n % 40) + ".example/story/" + n)
        .site(sites[random.nextInt(sites.length)])
        .language("en")
        .headline(capitalised(sentenceWords(6 + random.nextInt(7))))
        .dek(sentence(12 + random.nextInt(14)))
        .dateline(new Dateline(places[random.nextInt(places.length)].toUpperCase(java.util.Locale.ROOT), null, null))
        .published(new StatedTime(Instant.ofEpochSecond(FIRST_DAY + (long) (random.nextDouble() * SPAN_SECONDS)),
            StatedTime.Precision.MINUTE, null));
    b.addByline(people[random.nextInt(people.length)]);
    if (random.nextInt(4) == 0) b.addByline(people[random.nextInt(people.length)]);
    int paragraphs = 6 + random.nextInt(14);
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder para = new StringBuilder();
      int sentences = 1 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) para.append(' ');
        para.append(sentence(8 + random.nextInt(18)));
      }
      b.addParagraph(para.toString());
    }
    return b;
  }

  /** Returns a raw HTML page carrying {@code a}, as a scraper would have saved it. */
  static String page(Article a) {
    StringBuilder html = new StringBuilder(a.text().length() + 600);
    html.append("<!doctype html><html><head><title>").append(a.headline()).append(" | ").append(a.site())
        .append("</title><link rel=\"canonical\" href=\"").append(a.canonicalUrl()).append("\"></head><body>")
        .append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a></nav>")
        .append("<article><h1>").append(a.headline()).append("</h1><p class=\"dek\">").append(a.dek()).append("</p>")
        .append("<p class=\"byline\">By ").append(String.join(" and ", a.byline())).append("</p>");
    for (String p : a.paragraphs()) html.append("<p>").append(p).append("</p>");
    return html.append("</article><footer>All rights reserved.</footer></body></html>").toString();
  }

  /** Returns a word whose frequency rank is in [fromRank, toRank) (rank 0 is the most common). */
  String randomWord(int fromRank, int toRank) {
    return words[fromRank + random.nextInt(toRank - fromRank)];
  }

  Random random() {
    return random;
  }

  private String sentence(int length) {
    return capitalised(sentenceWords(length)) + ".";
  }

  private String sentenceWords(int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (i > 0) s.append(i % 9 == 8 && random.nextBoolean() ? ", " : " ");
      s.append(zipfWord());
    }
    return s.toString();
  }

  private String zipfWord() {
    int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
    return words[Math.min(i < 0 ? -i - 1 : i, words.length - 1)];
  }

  private String word(int syllables) {
    StringBuilder w = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
    }
    return w.append(CODAS[random.nextInt(CODAS.length)]).toString();
  }

  private String[] names(int count, int parts, String... suffixes) {
    List<String> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (out.size() < count) {
      StringBuilder n = new StringBuilder();
      for (int p = 0; p < parts; p++) {
        if (p > 0) n.append(' ');
        n.append(capitalised(word(2 + random.nextInt(2))));
      }
      n.append(suffixes[random.nextInt(suffixes.length)]);
      if (seen.add(n.toString())) out.add(n.toString());
    }
    return out.toArray(String[]::new);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
