/** {@code lede bench}: Lede's speed and memory beside its floor (jsoup) and its peers, measured in one run. */
package org.lede.app.bench;
