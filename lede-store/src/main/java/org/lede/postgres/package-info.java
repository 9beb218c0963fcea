/**
 * The PostgreSQL store for Lede at scale: the schema and its migrations, {@code lede load}'s bulk load of the Spark
 * job's JSON Lines parts (COPY, one transaction a part, resumable), and the articles read back as contract lines.
 */
package org.lede.postgres;
