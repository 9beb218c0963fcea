/** Entities: who and what an article mentions (people, organizations, places, other names), found and linked. */
package org.lede.entity;
