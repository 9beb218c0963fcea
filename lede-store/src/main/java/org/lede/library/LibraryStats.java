package org.lede.library;

/**
 * How much a library holds.
 *
 * @param documents  raw inputs stored
 * @param articles   distinct articles stored
 * @param versions   article versions stored, first versions included
 * @param indexed    articles in the search index (equals {@code articles} when the index is in step)
 * @param storeBytes size of the SQLite files (database and write-ahead log)
 * @param indexBytes size of the search index
 */
public record LibraryStats(long documents, long articles, long versions, long indexed, long storeBytes, long indexBytes) {}
