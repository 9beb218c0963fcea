/** What sites list as new (RSS, Atom and JSON feeds, news sitemaps), and polling those lists for new pages. */
package org.lede.feed;
