/**
 * A parsed HTML page as the extraction stages read it: attribute reads that skip jsoup's case-insensitive lookup,
 * and the parts of a page (meta tags, JSON-LD, links, {@code <time>}, microdata) gathered in one walk so that the
 * stages that need them do not each walk the page again.
 */
package org.lede.html;
