package org.lede.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The newest corpus quotes holding some words, found without listing every quote that holds them when the words are
 * common. Listing the full-text matches and sorting them by first appearance reads every match: nothing for a rare
 * word, but in a million quotes "government" is in 300,000 of them (460 ms), and that grows with the store. When the
 * words are common, reading quotes newest first and keeping those whose text holds them finds a page within a few
 * hundred.
 *
 * <p>How common the words are is not known beforehand (the full-text index counts a word's quotes only by reading
 * them), so the reading watches what it finds: when the matches so far say a page would take more than about
 * {@code √(limit × quotes)} reads — the point where listing the matches becomes the cheaper way — it stops and
 * leaves the page to the listing. Neither way then costs much more than that square root: 3,000 reads at 400,000
 * quotes, 14,000 at ten million. Words no quote read so far holds are given up on after {@code √(quotes ÷ limit)}
 * reads: 220 at a million quotes.
 *
 * <p>A quote's text is split and folded as SQLite's full-text index does (runs of letters and digits, lower case,
 * accents removed), so both ways find the same quotes.
 */
final class NewestMatches {
  /** Rows read between two judgements of how common the words are. */
  private static final int LOOK_EVERY = 100;
  /** The least a reading may take, however small the store. */
  private static final int LEAST = 200;
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{Co}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private NewestMatches() {}

  /** Binds a cursor's values into a statement, returning the next parameter index. */
  @FunctionalInterface
  interface AfterBinder {
    int bind(PreparedStatement ps, int from) throws SQLException;
  }

  /**
   * Returns the ids of the newest {@code limit} quotes (by first appearance, then id, undated last) holding every one
   * of {@code words}, after the cursor; or null when the words proved too rare for reading newest first to pay.
   *
   * @param dialect     how the store orders undated quotes last
   * @param afterClause the cursor's condition on {@code first_published} and {@code id} ("" for the first page)
   * @param afterBinder binds the cursor's values from the given parameter index
   */
  static List<Long> ids(Connection c, Dialect dialect, List<String> words, String afterClause, AfterBinder afterBinder, int limit)
      throws SQLException {
    if (words.isEmpty() || limit <= 0) return null;
    Set<String> wanted = new HashSet<>();
    for (String w : words) wanted.add(folded(w));
    long budget = Math.max(LEAST, (long) Math.sqrt((double) limit * newestId(c)));
    List<Long> found = new ArrayList<>();
    long read = 0;
    try (PreparedStatement ps = c.prepareStatement("SELECT id, text FROM corpus_quote WHERE 1 = 1" + afterClause
        + " ORDER BY " + dialect.newestFirst("first_published") + ", id DESC LIMIT ?")) {
      int i = afterBinder.bind(ps, 1);
      ps.setLong(i, budget + 1);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (++read > budget) return null;
          if (holds(rs.getString(2), wanted)) {
            found.add(rs.getLong(1));
            if (found.size() == limit) return found;
          }
          // what was found so far foretells how many reads the page takes
          if (read % LOOK_EVERY == 0 && read * limit / Math.max(1, found.size()) > budget) return null;
        }
      }
    }
    return found; // every quote after the cursor was read
  }

  /** Whether {@code text}, split and folded as the full-text index does, holds every word of {@code wanted}. */
  static boolean holds(String text, Set<String> wanted) {
    if (text == null) return false;
    Set<String> missing = new HashSet<>(wanted);
    for (String token : NOT_WORD.split(folded(text))) {
      if (missing.remove(token) && missing.isEmpty()) return true;
    }
    return missing.isEmpty();
  }

  /** Lower case without accents, as the full-text index's tokenizer folds a word ("Ciarán" → "ciaran"). */
  static String folded(String s) {
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The largest quote id: the table's size, near enough, read from the end of its key. */
  private static long newestId(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM corpus_quote");
         ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }
}
