package org.lede.explore;

import java.util.Locale;

/** What an attention chart plots on its y axis. */
public enum Measure {
  /** Matching articles per period. */
  ARTICLES("count", "Articles", "articles"),
  /** Matching articles as a share of all the articles (or the base's) published in the period. */
  SHARE("share", "Share of articles", "share of all articles"),
  /** Distinct stories with a matching article in the period: ten wire copies of one report count once. */
  STORIES("stories", "Stories", "stories");

  private final String word;
  private final String title;
  private final String label;

  Measure(String word, String title, String label) {
    this.word = word;
    this.title = title;
    this.label = label;
  }

  /** The value of {@code measure=} in a chart's query string. */
  public String word() {
    return word;
  }

  /** How a chart's title starts: "Stories per week". */
  public String title() {
    return title;
  }

  /** What a chart plots, in a sentence: "share of all articles". */
  public String label() {
    return label;
  }

  /** The value period {@code i} of {@code series} has in this measure. */
  public double of(org.lede.index.AttentionCounts.Series series, int i) {
    return switch (this) {
      case ARTICLES -> series.counts()[i];
      case SHARE -> series.share(i);
      case STORIES -> series.stories()[i];
    };
  }

  /**
   * Reads {@code measure=}: count (or blank), share or stories.
   *
   * @throws IllegalArgumentException for any other word
   */
  public static Measure parse(String word) {
    String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
    if (w.isEmpty()) return ARTICLES;
    for (Measure m : values()) if (m.word.equals(w)) return m;
    throw new IllegalArgumentException("measure must be count, share or stories, not \"" + word + "\"");
  }
}
