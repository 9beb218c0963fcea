/** Evaluation: scoring Lede against the labelled development sets in {@code shared/data}. */
package org.lede.eval;
