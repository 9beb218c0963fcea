/**
 * Stories: articles about the same event grouped as they arrive, each joining the story its headline and lead
 * match (TF-IDF with the statistics of what came before) or starting one; candidates come from a term index.
 */
package org.lede.story;
