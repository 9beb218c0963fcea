package org.lede.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;

/** No stage may grow faster than the article: a 50,000-word article is read in well under a second. */
class QuoteFinderScaleTest {

  /** Paragraphs of every shape the finder handles, repeated with fresh names until the word count is reached. */
  static Article longArticle(int words) {
    List<String> paragraphs = new ArrayList<>();
    int count = 0;
    for (int i = 0; count < words; i++) {
      String name = "Mara Lind" + (char) ('a' + i % 26) + "qvist" + i;
      String surname = name.substring(name.indexOf(' ') + 1);
      String[] block = {
          "Harbor engineer " + name + " inspected the old bridge on Tuesday, and the city council met late.",
          "“The bridge will open in May,” said " + name + ", who oversees the works. “We are on time.”",
          "The repairs cost about 3 million dollars, " + surname + " said, adding that the “worst part” was over.",
          "“It was a hard winter,” she said.",
          "“But the crews kept going.”",
          "The ministry says the road will be widened, according to a senior transport official.",
          "Residents, who have complained for years, said the noise was unbearable; analysts have said the plan is sound."
      };
      for (String p : block) {
        paragraphs.add(p);
        count += p.split("\\s+").length;
      }
    }
    return Article.builder().paragraphs(paragraphs).build();
  }

  @Test
  void fifty_thousand_word_article_is_read_in_linear_time() {
    QuoteFinder finder = new QuoteFinder();
    Article small = longArticle(5_000);
    Article big = longArticle(50_000);
    for (int i = 0; i < 3; i++) finder.find(small);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long bestWall = Long.MAX_VALUE;
    long bestCpu = Long.MAX_VALUE;
    int found = 0;
    for (int run = 0; run < 3; run++) {
      long w0 = System.nanoTime();
      long c0 = cpu.getCurrentThreadCpuTime();
      found = finder.find(big).size();
      bestCpu = Math.min(bestCpu, (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000);
      bestWall = Math.min(bestWall, (System.nanoTime() - w0) / 1_000_000);
    }
    System.out.printf("50,000 words: %d quotes, best of 3: %d ms wall, %d ms CPU%n", found, bestWall, bestCpu);
    assertThat(found).isGreaterThan(5_000);
    // The target is under a second of CPU; the bound is loose because the build machine is shared.
    assertThat(bestCpu).isLessThan(2_000);
  }
}
