/** Quantities: the numbers an article reports, with their units, qualifiers and what they count. */
package org.lede.quantity;
