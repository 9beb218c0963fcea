/** Annotation: what is found in an article's text — quotes, entities, quantities, dates — in one pass. */
package org.lede.annotate;
