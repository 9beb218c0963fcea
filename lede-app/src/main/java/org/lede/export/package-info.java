/** Stored articles written out in bulk, as JSON Lines in the contract or as CSV, streamed in constant memory. */
package org.lede.export;
