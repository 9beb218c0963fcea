/**
 * Articles that arrive already extracted, one record each: JSON Lines in Lede's own contract or news-please's shape,
 * and CSV files whose columns are named by a header row.
 */
package org.lede.extract.records;
