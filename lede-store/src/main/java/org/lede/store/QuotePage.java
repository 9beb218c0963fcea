package org.lede.store;

import java.util.List;

/**
 * One page of quotes listed across the store.
 *
 * @param quotes the quotes of this page, newest article first
 * @param next   the key to pass for the next page, or null when this page is the last
 */
public record QuotePage(List<StoredQuote> quotes, String next) {
  public QuotePage {
    quotes = List.copyOf(quotes);
  }

  /** The position of a quote in the listing order: undated last, then newest first, then article, then place in it. */
  record Key(int undated, long negatedPublished, String articleId, int ordinal) {
    /** Before every quote. */
    static final Key FIRST = new Key(-1, 0, "", 0);

    static Key parse(String key) {
      String[] parts = key.split("\\|", -1);
      try {
        if (parts.length == 4) return new Key(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), parts[2], Integer.parseInt(parts[3]));
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException("not a quote page key: " + key);
    }

    @Override
    public String toString() {
      return undated + "|" + negatedPublished + "|" + articleId + "|" + ordinal;
    }
  }
}
