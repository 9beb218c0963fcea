package org.lede.corpus;

import java.time.Instant;

/**
 * One article naming an entity.
 *
 * @param articleId the article
 * @param headline  its headline, or null
 * @param site      its publication, or null
 * @param published its publication time, or null
 * @param mentions  how often it names the entity
 * @param quotes    how many of its quotes the entity speaks
 */
public record Appearance(String articleId, String headline, String site, Instant published, int mentions, int quotes) {}
