/** The corpus tables of a {@code lede spark} run: entities linked, quotes keyed and copies found as {@code lede ingest} does, by distributed joins over the same keys. */
package org.lede.spark.corpus;
