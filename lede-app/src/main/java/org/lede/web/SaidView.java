package org.lede.web;

import java.util.List;

/**
 * The "what was said" panel of the explore page.
 *
 * @param query      the query it is about, as labelled
 * @param span       the period, as a reader reads it
 * @param articles   matching articles
 * @param sampled    matches people, names and quotes were counted over
 * @param wordSample matches words and phrases were counted over
 * @param tabs       one per query of the chart, to switch the panel
 * @param quoted     people quoted most, each linking to their page
 * @param named      entities named most
 * @param outlets    outlets, each linking to their articles in the search
 * @param words      over-represented words, each linking to a search for the query and it
 * @param phrases    over-represented phrases
 * @param quotes     sample quotes
 * @param csv        the panel as CSV
 * @param api        the panel from the API
 */
record SaidView(String query, String span, long articles, int sampled, int wordSample, List<SearchView.Facet> tabs,
    List<Item> quoted, List<Item> named, List<Item> outlets, List<Item> words, List<Item> phrases, List<Said> quotes,
    String csv, String api) {

  /** A ranked name, its count, a note ("PERSON", "G² 85") and where it links. */
  record Item(String label, long count, String note, String href) {}

  /** A sample quote. */
  record Said(String text, boolean direct, String speaker, String speakerHref, String headline, String articleHref,
      int carriers) {}
}
