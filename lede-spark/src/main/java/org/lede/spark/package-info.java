/**
 * Lede's batch pipeline as a Spark job: the same extraction and annotation stages run per record on executors, and
 * the articles come out in the JSON Lines contract and as Parquet. Built apart from lede.jar (Spark's jars are large);
 * see {@link org.lede.spark.LedeJob}.
 */
package org.lede.spark;
