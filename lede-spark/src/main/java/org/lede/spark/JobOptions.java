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
 */
record JobOptions(List<String> inputs, String output, boolean annotations, Instant asOf, long maxBytes)
    implements Serializable {
  JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) throw new IllegalArgumentException("no input given");
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
  }
}
