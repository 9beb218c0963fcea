/**
 * Lede's articles in OpenSearch, for corpora one machine cannot hold: the index template, the {@code _bulk} load of
 * the Spark job's output, and search in Lede's query syntax. Speaks plain HTTP with the JDK's client.
 */
package org.lede.opensearch;
