/** Lede's full-text search: a Lucene index derived from the store, rebuildable from it at any time. */
package org.lede.index;
