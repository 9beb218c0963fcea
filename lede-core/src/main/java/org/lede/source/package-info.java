/** Where news comes from: files, directories and gzipped files read into {@link org.lede.source.Document}s. */
package org.lede.source;
