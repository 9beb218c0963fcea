/** Measures HTML article extraction against labelled third-party sets (trafilatura's and Readability's). */
package org.lede.eval.extraction;
