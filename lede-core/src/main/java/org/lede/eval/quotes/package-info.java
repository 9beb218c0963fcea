/** Measures quote finding against labelled attribution corpora (PolNeAR). */
package org.lede.eval.quotes;
