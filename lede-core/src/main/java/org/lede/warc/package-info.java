/** Reading web archives (WARC, as Common Crawl's CC-NEWS writes them) into documents to extract. */
package org.lede.warc;
