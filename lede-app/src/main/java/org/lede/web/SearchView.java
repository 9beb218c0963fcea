package org.lede.web;

import java.util.List;

/**
 * What the search page shows.
 *
 * @param form        the search as asked
 * @param total       how many articles match
 * @param hits        this page's hits
 * @param sites       the site facet
 * @param months      the month histogram, oldest first
 * @param sortLinks   relevance and date ordering
 * @param previous    the previous page's link, or null
 * @param next        the next page's link, or null
 * @param syntaxError whether the query was read as plain words
 * @param feeds       Atom, RSS and JSON Feed links for this search
 * @param speakers    who is quoted in the top hits (counted over at most {@link EntityFacets#SAMPLE} of them)
 * @param entities    who and what the top hits name (counted the same way)
 * @param sampled     how many top hits the speaker and entity counts were taken over
 */
record SearchView(SearchForm form, long total, List<HitView> hits, List<Facet> sites, List<Facet> months,
    List<Facet> sortLinks, String previous, String next, boolean syntaxError, List<Facet> feeds, List<Facet> speakers,
    List<Facet> entities, int sampled) {

  /**
   * One choice that narrows or reorders the search.
   *
   * @param label   what it says
   * @param count   hits with it (0 when not a count)
   * @param link    the search with it applied (or removed when active)
   * @param active  whether it is applied now
   * @param percent its bar's width, for the histogram
   */
  record Facet(String label, long count, String link, boolean active, int percent) {}

  int firstShown() {
    return hits.isEmpty() ? 0 : (form.page() - 1) * form.perPage() + 1;
  }

  int lastShown() {
    return (form.page() - 1) * form.perPage() + hits.size();
  }
}
