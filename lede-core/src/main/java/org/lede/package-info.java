/** Lede's core: values, pipeline stages and analyzers, with no web and no database. */
package org.lede;
