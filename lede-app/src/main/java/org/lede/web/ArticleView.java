package org.lede.web;

import java.util.List;

/**
 * What an article page shows, every value as the reader sees it. Article text is untrusted: the templates escape
 * all of it, and {@code sourceUrl} and image URLs are kept only when they are http(s).
 *
 * @param id          the article id
 * @param headline    the headline ("Untitled article" when none was found)
 * @param dek         the standfirst, or null
 * @param site        the publication, or null
 * @param siteFollowed whether the reader follows the site
 * @param byline      the authors, each with whether the reader follows them
 * @param keyPoints   the bulleted summary
 * @param dateline    the dateline as printed, or null
 * @param published   the publication time for display, or null
 * @param publishedIso the publication instant in ISO-8601, or null
 * @param updatedIso  the instant "Updated N ago" counts from (the update time, else publication), or null
 * @param updatedAgo  the server's rendering of "N ago" for readers without script
 * @param images      images with caption and credit
 * @param body        paragraphs and subheads in reading order, paragraphs with their quotes, names and numbers marked
 * @param quotes      quotes found in the article, each with where it is and who said it
 * @param entities    the people, organizations and places it names, most mentioned first
 * @param sourceUrl   the page the article came from, when it is an http(s) URL
 * @param input       the input the article was extracted from, as given
 * @param shortUrl    the absolute short URL, or null
 * @param version     which version this is
 * @param versions    how many versions exist
 */
record ArticleView(String id, String headline, String dek, String site, boolean siteFollowed, List<Person> byline,
    List<String> keyPoints, String dateline, String published, String publishedIso, String updatedIso, String updatedAgo,
    List<Picture> images, List<Block> body, List<QuoteView> quotes, List<Named> entities, String sourceUrl, String input, String shortUrl,
    int version, int versions) {

  /** An author, and whether the reader follows them. */
  record Person(String name, boolean followed) {}

  /** An image: its URL (http(s) only, else null), caption and credit. */
  record Picture(String url, String caption, String credit) {}

  /**
   * One block of the body: a subhead or a paragraph; the first paragraph carries the dateline.
   *
   * @param runs a paragraph's text as marked runs; empty for a subhead
   */
  record Block(boolean subhead, boolean first, String text, List<Marked> runs) {}

  /**
   * A quote and who said it, for the quotes panel.
   *
   * @param text        what was said
   * @param kind        "direct", "partial" or "indirect"
   * @param anchor      its place in the body ("#q-123")
   * @param speaker     who said it as the article resolved it
   * @param speakerHref the speaker's entity page, or null when the speaker is not a linked entity
   */
  record QuoteView(String text, String kind, String anchor, String speaker, String speakerHref) {}

  /**
   * A person, organization or place the article names.
   *
   * @param name     its canonical name across the store
   * @param type     "Person", "Organization", "Place" or "Other"
   * @param href     its entity page, or null when it is not linked
   * @param mentions how often this article names it
   * @param followed whether the reader follows it
   */
  record Named(String name, String type, String href, int mentions, boolean followed) {}
}
