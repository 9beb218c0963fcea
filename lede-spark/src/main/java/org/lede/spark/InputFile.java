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
 */
record InputFile(String uri, String name, long bytes, long modified) implements Serializable {}
