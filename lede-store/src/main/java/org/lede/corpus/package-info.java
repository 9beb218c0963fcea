/**
 * The corpus layer as stored: entities linked across articles, their mentions, and quotes carried by several
 * articles, kept in the store's tables and updated inside each article's ingest transaction.
 */
package org.lede.corpus;
