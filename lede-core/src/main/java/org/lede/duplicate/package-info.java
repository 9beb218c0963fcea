/**
 * Near-duplicates: a MinHash signature of an article's word shingles, cut into LSH bands, so that copies of a text
 * (a wire story run by many outlets, a page republished under a new headline) are found by looking up a few keys.
 */
package org.lede.duplicate;
