/** Who said what: finds direct, partial and indirect quotes in an article's text and attributes each to its speaker. */
package org.lede.quote;
