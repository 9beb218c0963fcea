package org.lede.store;

import java.time.Instant;

/**
 * One entry in an article's history.
 *
 * @param version        1 for the first version
 * @param seq            the store's change counter at this version
 * @param ingestedAt     when this version was stored
 * @param contentHash    SHA-256 of the version's content (its JSON without the input it came from)
 * @param headline       the version's headline
 * @param documentSha256 SHA-256 of the raw input it was extracted from, or null
 */
public record Version(int version, long seq, Instant ingestedAt, String contentHash, String headline, String documentSha256) {}
