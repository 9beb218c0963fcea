/** Scores story clustering on the UCI News Aggregator development slice, beside an in-run TF-IDF baseline. */
package org.lede.eval.stories;
