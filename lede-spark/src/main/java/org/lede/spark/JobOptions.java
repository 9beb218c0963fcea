package org.lede.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What one run of the job reads, writes and how: shipped to every executor with the work.
 *
 * @param inputs      paths, directories or globs, on any file system Hadoop reads (local, HDFS, S3...)
 * @param output      the directory to create; it must not hold anything yet
 * @param annotations whether quotes, entities, quantities and dates are found, as {@code lede extract} does
 * @param asOf        the instant relative times are resolved against, or null for each input's own time
 * @param maxBytes    the largest document read; larger ones are rejected
 * @param splitBytes  a local WARC larger than this is read as splits of this size by different tasks
 * @param corpus      whether the corpus tables (linked entities, corpus quotes, copies) are computed; needs annotations
 */
record JobOptions(List<String> inputs, String output, boolean annotations, Instant asOf, long maxBytes,
    long splitBytes, boolean corpus) implements Serializable {
  /** A WARC is split into parts of 128 MB: CC-NEWS's 1 GB files become 8 tasks each. */
  static final long DEFAULT_SPLIT_BYTES = 128L * 1024 * 1024;

  JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) throw new IllegalArgumentException("no input given");
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    if (splitBytes <= 0) throw new IllegalArgumentException("splitBytes must be positive: " + splitBytes);
    if (corpus && !annotations) throw new IllegalArgumentException("the corpus tables need the annotations");
  }

  /** Options with the corpus tables computed whenever the annotations are. */
  JobOptions(List<String> inputs, String output, boolean annotations, Instant asOf, long maxBytes, long splitBytes) {
    this(inputs, output, annotations, asOf, maxBytes, splitBytes, annotations);
  }

  /** Returns these options with the corpus stage on or off. */
  JobOptions withCorpus(boolean on) {
    return new JobOptions(inputs, output, annotations, asOf, maxBytes, splitBytes, on);
  }

  /** Options with WARCs split at the default size. */
  JobOptions(List<String> inputs, String output, boolean annotations, Instant asOf, long maxBytes) {
    this(inputs, output, annotations, asOf, maxBytes, DEFAULT_SPLIT_BYTES);
  }
}
