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
 * @param quotes      its quotes, newest first, of the kind chosen
 * @param quoteCount  how many quotes it has in all
 * @param kinds       the quote-kind filter: all, direct, partial, reported
 * @param coMentioned the entities named in the same articles, most shared first
 * @param chart       mentions over time
 * @param searchLink  a search for the articles naming it
 * @param self        this page's path
 */
record EntityView(String id, String name, String type, List<String> titles, List<String> roles, List<String> aliases,
    boolean followed, int mentions, List<ArticleItem> articles, int articleCount, List<QuoteItem> quotes, int quoteCount,
    List<SearchView.Facet> kinds, List<Related> coMentioned, MentionChart chart, String searchLink, String self) {

  /** An article naming the entity: where, when and how often. */
  record ArticleItem(String href, String headline, String published, String publishedIso, int mentions) {}

  /**
   * One quote.
   *
   * @param text      what was said
   * @param kind      "direct", "partial" or "indirect", for styling
   * @param kindLabel how a reader names the kind
   * @param href      the quote's place in its article ("/a/ID#q-123")
   * @param headline  the article's headline
   * @param published its date for display, or null
   * @param publishedIso its date in ISO-8601, or null
   * @param mention   how the article refers to the speaker there ("the general"), or null
   */
  record QuoteItem(String text, String kind, String kindLabel, String href, String headline, String published,
      String publishedIso, String mention) {}

  /** Another entity named alongside, with how many articles they share. */
  record Related(String name, String type, String href, int shared) {}
}
