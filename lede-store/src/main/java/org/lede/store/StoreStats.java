package org.lede.store;

/**
 * How much the store holds.
 *
 * @param documents raw inputs
 * @param articles  distinct articles
 * @param versions  article versions, first versions included
 * @param maxSeq    the store's change counter: the seq of the newest version, 0 when empty
 */
public record StoreStats(long documents, long articles, long versions, long maxSeq) {}
