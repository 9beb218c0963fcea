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
 * @param body        paragraphs and subheads in reading order
 * @param quotes      quotes found in the article; empty until the store holds them
 * @param sourceUrl   the page the article came from, when it is an http(s) URL
 * @param input       the input the article was extracted from, as given
 * @param shortUrl    the absolute short URL, or null
 * @param version     which version this is
 * @param versions    how many versions exist
 */
record ArticleView(String id, String headline, String dek, String site, boolean siteFollowed, List<Person> byline,
    List<String> keyPoints, String dateline, String published, String publishedIso, String updatedIso, String updatedAgo,
    List<Picture> images, List<Block> body, List<QuoteView> quotes, String sourceUrl, String input, String shortUrl,
    int version, int versions) {

  /** An author, and whether the reader follows them. */
  record Person(String name, boolean followed) {}

  /** An image: its URL (http(s) only, else null), caption and credit. */
  record Picture(String url, String caption, String credit) {}

  /** One block of the body: a subhead or a paragraph; the first paragraph carries the dateline. */
  record Block(boolean subhead, boolean first, String text) {}

  /** A quote and who said it, for the quotes panel once quotes are stored. */
  record QuoteView(String text, String speaker) {}
}
