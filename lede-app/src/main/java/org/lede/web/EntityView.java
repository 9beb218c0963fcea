package org.lede.web;

import java.util.List;

/**
 * What an entity page shows: who the person, organization or place is, what they said, who they appear with and
 * how often they are mentioned over time. Every text is escaped by the template.
 *
 * @param id          the corpus-wide entity id
 * @param name        the canonical name
 * @param type        "Person", "Organization", "Place" or "Other"
 * @param titles      titles written before the name
 * @param roles       roles written beside it
 * @param aliases     other names it goes by
 * @param followed    whether the reader follows it
 * @param mentions    mentions in all articles
 * @param articles    the articles naming it, newest first (at most {@link EntityPages#ARTICLES})
 * @param articleCount how many articles name it
 * @param quotes      its corpus quotes, newest first, of the kind chosen (at most {@link EntityPages#QUOTES})
 * @param quoteCount  how many corpus quotes it has in all
 * @param kinds       the quote-kind filter: all, direct, partial, reported
 * @param coMentioned the entities named in the same articles, most shared first
 * @param chart       mentions over time
 * @param searchLink  a search for the articles naming it
 * @param self        this page's path
 */
record EntityView(String id, String name, String type, List<String> titles, List<String> roles, List<String> aliases,
    boolean followed, int mentions, List<ArticleItem> articles, int articleCount, List<QuoteItem> quotes, int quoteCount,
    List<SearchView.Facet> kinds, List<Related> coMentioned, MentionChart chart, String searchLink, String self) {

  /** Whether the entity said more than the page lists. */
  public boolean moreQuotes() {
    return quotes.size() >= EntityPages.QUOTES && quoteCount > quotes.size();
  }

  /** An article naming the entity: where, when and how often. */
  record ArticleItem(String href, String headline, String site, String published, String publishedIso, int mentions) {}

  /**
   * One quote, listed once however many articles carried it.
   *
   * @param text         what was said, as its first carrier has it
   * @param kind         "direct", "partial" or "indirect", for styling
   * @param kindLabel    how a reader names the kind
   * @param href         the quote's place in the article that carried it first ("/a/ID#q-123")
   * @param headline     that article's headline
   * @param site         that article's outlet, or null
   * @param published    its date for display, or null
   * @param publishedIso its date in ISO-8601, or null
   * @param mention      how that article refers to the speaker there ("the general"), or null
   * @param carried      how many articles carried it
   * @param outlets      how many outlets carried it
   * @param carriers     the articles that carried it, earliest first, when more than one did (at most
   *                     {@link EntityPages#CARRIERS})
   */
  record QuoteItem(String text, String kind, String kindLabel, String href, String headline, String site,
      String published, String publishedIso, String mention, int carried, int outlets, List<CarrierItem> carriers) {

    /** "carried by 3 outlets" or "carried by 2 articles" (one outlet twice), or null when only one article did. */
    String carriedBy() {
      if (carried <= 1) return null;
      return outlets > 1 ? "carried by " + outlets + " outlets" : "carried by " + carried + " articles";
    }
  }

  /** One article carrying a quote: the quote's place in it, its headline, outlet and date. */
  record CarrierItem(String href, String headline, String site, String published, String publishedIso) {}

  /** Another entity named alongside, with how many articles they share. */
  record Related(String name, String type, String href, int shared) {}
}
