package org.lede.postgres;

import java.nio.file.Path;

/**
 * One part file loaded, in one transaction.
 *
 * @param part     the part file
 * @param bytes    its size in bytes (as stored, compressed)
 * @param lines    the lines it holds
 * @param articles the articles loaded from it (an id met twice in one part counts once: the later line wins)
 * @param refused  its lines refused
 */
public record LoadedPart(Path part, long bytes, long lines, long articles, long refused) {}
