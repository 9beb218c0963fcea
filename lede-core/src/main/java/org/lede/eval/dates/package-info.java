/** Scoring page-date finding against the htmldate evaluation set in {@code shared/data/extraction-dev/dates}. */
package org.lede.eval.dates;
