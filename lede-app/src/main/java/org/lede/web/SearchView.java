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
 * @param stories     this page's hits grouped by story when grouping was asked for ({@code group=story}), else null
 * @param groupLink   the same search grouped by story, or as a plain list when it is grouped
 * @param read        how many hits this page read (its rows fold copies, and stories group rows)
 */
record SearchView(SearchForm form, long total, List<HitView> hits, List<Facet> sites, List<Facet> months,
    List<Facet> sortLinks, String previous, String next, boolean syntaxError, List<Facet> feeds, List<Facet> speakers,
    List<Facet> entities, int sampled, List<StoryView> stories, String groupLink, int read) {

  /**
   * One story of a grouped page.
   *
   * @param title   its title, or the headline of its only hit when it is in no story
   * @param href    its page, or null when the hit is in no story
   * @param size    its articles in all
   * @param outlets the sites that ran it
   * @param hits    its hits on this page, copies folded
   */
  record StoryView(String title, String href, int size, int outlets, List<HitView> hits) {}

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
    return read == 0 ? 0 : (form.page() - 1) * window() + 1;
  }

  int lastShown() {
    return (form.page() - 1) * window() + read;
  }

  private int window() {
    return form.byStory() ? form.perPage() * SearchForm.STORY_WINDOW : form.perPage();
  }
}
