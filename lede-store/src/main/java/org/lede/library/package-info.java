/** Lede's front door to stored, searchable news: one {@link org.lede.library.Library} over the store and its index. */
package org.lede.library;
