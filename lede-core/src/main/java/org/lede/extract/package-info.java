/** Extraction: from a raw document to the articles it holds, clutter set apart into fields. */
package org.lede.extract;
