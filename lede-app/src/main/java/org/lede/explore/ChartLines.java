package org.lede.explore;

import java.util.ArrayList;
import java.util.List;
import org.lede.index.AttentionQuery;

/** The lines a chart asks for: each query alone, or each query once per collection to compare collections. */
public final class ChartLines {
  /** The most queries one chart compares. */
  public static final int MAX_QUERIES = 5;
  /** The most lines on one chart, queries times collections. */
  public static final int MAX_LINES = 10;

  private ChartLines() {}

  /**
   * Returns one line per query when {@code collections} is empty; else one per query and collection, each counted
   * as a share of that collection's articles and labelled "query · collection".
   *
   * @throws IllegalArgumentException when there are no queries, more than {@value #MAX_QUERIES}, or more than
   *                                  {@value #MAX_LINES} lines in all
   */
  public static List<AttentionQuery> of(List<String> queries, List<String> collections) {
    List<String> qs = queries == null ? List.of() : queries.stream().map(q -> q == null ? "" : q.strip()).toList();
    List<String> cs = collections == null ? List.of()
        : collections.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
    if (qs.isEmpty()) throw new IllegalArgumentException("give a query to count (\"\" counts every article)");
    if (qs.size() > MAX_QUERIES) throw new IllegalArgumentException("at most " + MAX_QUERIES + " queries, not " + qs.size());
    if (qs.size() * Math.max(1, cs.size()) > MAX_LINES) {
      throw new IllegalArgumentException(qs.size() + " queries across " + cs.size() + " collections is more than "
          + MAX_LINES + " lines");
    }
    List<AttentionQuery> out = new ArrayList<>();
    for (String q : qs) {
      if (cs.isEmpty()) {
        out.add(new AttentionQuery(q.isEmpty() ? "all articles" : q, q, null));
        continue;
      }
      for (String c : cs) {
        if (c.contains("\"")) throw new IllegalArgumentException("a collection name has no double quote: " + c);
        out.add(new AttentionQuery(q.isEmpty() ? c : q + " · " + c, q, "collection:\"" + c + "\""));
      }
    }
    return out;
  }
}
