package org.lede.corpus;

import org.lede.entity.EntityType;

/**
 * An entity named in the same articles as another, as "mentioned with" lists it: enough to name and link it, without
 * its whole profile.
 *
 * @param shared how many of the other entity's articles (among its newest few hundred) also name this one
 */
public record CoMention(String id, EntityType type, String name, int mentions, int shared) {}
