package org.lede.store;

/**
 * What ingesting did to one article.
 *
 * @param id      the article's id
 * @param change  whether it was new, unchanged or a new version
 * @param version the article's latest version after the ingest
 */
public record ArticleOutcome(String id, Change change, int version) {

  /** How an ingested article compared with what the store held. */
  public enum Change {
    /** The store had no article with this id. */
    NEW,
    /** The latest stored version has the same content; nothing was written. */
    UNCHANGED,
    /** The content differs from the latest stored version; a new version was written. */
    UPDATED
  }
}
