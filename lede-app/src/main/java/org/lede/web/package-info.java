/** Lede's web surfaces: the reader's and analyst's pages, the REST API, feeds, short URLs and follows. */
package org.lede.web;
