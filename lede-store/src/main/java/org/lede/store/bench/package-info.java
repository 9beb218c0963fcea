/** A repeatable load test of the store and index on synthetic news, for {@code lede bench} and release notes. */
package org.lede.store.bench;
