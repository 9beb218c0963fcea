package org.lede.web;

import java.util.List;
import org.lede.explore.AttentionChart;

/**
 * What the explore page shows.
 *
 * @param form        the chart asked for
 * @param inputs      five query boxes, the asked queries first, blanks after
 * @param chart       the chart, or null when no query was asked
 * @param legend      one entry per line
 * @param periods     the table's rows
 * @param interval    "day", "week" or "month"
 * @param csv         the CSV download's link
 * @param png         the PNG download's link
 * @param api         the same data from the API
 * @param measures    the same chart plotting each other measure (articles, share, stories)
 * @param collections every collection, for the compare boxes
 * @param said        the "what was said" panel, or null
 */
record ExploreView(ExploreForm form, List<String> inputs, AttentionChart chart, List<Legend> legend, List<Row> periods,
    String interval, String csv, String png, String api, List<Choice> measures,
    List<Choice> collections, SaidView said) {

  /**
   * One line's key.
   *
   * @param label       the query
   * @param colour      its colour
   * @param dash        its dash pattern ("" solid)
   * @param total       articles it matched over the span
   * @param stories     distinct stories those articles are in
   * @param syntaxError true when it was not valid syntax and was counted as plain words
   * @param search      its search over the whole span
   * @param saidLink    the panel about it
   * @param saidActive  true when the panel is about it
   */
  record Legend(String label, String colour, String dash, long total, long stories, boolean syntaxError, String search,
      String saidLink, boolean saidActive) {}

  /** One period of the table: its label and a cell per line. */
  record Row(String period, List<Cell> cells) {}

  /**
   * One count.
   *
   * @param count   articles
   * @param stories distinct stories among them
   * @param share   of the base's articles, as a reader reads it ("3.1%")
   * @param href    its search
   */
  record Cell(long count, long stories, String share, String href) {}

  /** A choice: a collection to compare across and whether the chart does, or another measure and its link. */
  record Choice(String name, boolean checked, String href) {}

  /** The dash pattern for an SVG attribute; "none" for a solid line. */
  static String dashOf(String dash) {
    return dash.isEmpty() ? "none" : dash;
  }
}
