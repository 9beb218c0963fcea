/** Polite, bounded HTTP fetching of news pages, feeds and sitemaps: robots.txt, per-host limits, retries, caps. */
package org.lede.fetch;
