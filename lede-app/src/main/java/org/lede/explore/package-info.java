/** The analyst's view: attention over time as a chart, a table, CSV and PNG, and what was said about a query. */
package org.lede.explore;
