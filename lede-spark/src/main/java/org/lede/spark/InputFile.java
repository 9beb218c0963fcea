package org.lede.spark;

import java.io.Serializable;

/**
 * One file the job reads, as the driver listed it.
 *
 * @param uri      the file's fully qualified URI, as Hadoop names it ({@code file:/data/a.warc.gz}, {@code hdfs://...})
 * @param name     what Lede calls it in articles and rejects: a local file's path as {@code lede extract} names it,
 *                 any other file's URI
 * @param bytes    its size
 * @param modified its modification time, epoch milliseconds (relative times in a page count from it)
 * @param from     the first byte of the split of it to read: the records that start in {@code [from, to)}
 * @param to       the end of the split ({@link Long#MAX_VALUE}: to the end of the file)
 * @param place    its place in the listing: the order {@code lede ingest} reads files in, then splits in file order
 */
record InputFile(String uri, String name, long bytes, long modified, long from, long to, long place)
    implements Serializable {

  /** A split of a file, not yet placed. */
  InputFile(String uri, String name, long bytes, long modified, long from, long to) {
    this(uri, name, bytes, modified, from, to, 0);
  }

  /** The whole of a file. */
  InputFile(String uri, String name, long bytes, long modified) {
    this(uri, name, bytes, modified, 0, Long.MAX_VALUE);
  }

  /** Returns this file at {@code place} in the listing. */
  InputFile placed(long place) {
    return new InputFile(uri, name, bytes, modified, from, to, place);
  }

  /** Whether this is a part of its file rather than the whole of it. */
  boolean isSplit() {
    return from > 0 || to != Long.MAX_VALUE;
  }
}
