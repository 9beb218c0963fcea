package org.lede.index;

/**
 * One line of an attention chart: a query in Lede's search syntax, counted as a share of the articles matching
 * {@code base}.
 *
 * @param label what the chart and the CSV call it
 * @param query the query counted; blank counts every article
 * @param base  the query whose articles the share is of ("collection:uk" to compare collections); null or blank for
 *              every article
 */
public record AttentionQuery(String label, String query, String base) {
  public AttentionQuery {
    if (query == null) query = "";
    if (base != null && base.isBlank()) base = null;
    if (label == null) label = query;
  }

  /** A query counted against every article, labelled with its own text. */
  public static AttentionQuery of(String query) {
    return new AttentionQuery(query, query, null);
  }

  /** The text a search for this line runs: the query, narrowed to the base when there is one. */
  public String searchText() {
    if (base == null) return query;
    return query.isBlank() ? base : "(" + query + ") AND (" + base + ")";
  }
}
