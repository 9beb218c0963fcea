package org.lede.entity;

import java.util.List;
import java.util.Optional;

/**
 * Where {@link CorpusLinker} keeps the corpus it links into: entities found through keys, and their members. The
 * store keeps it in tables; {@link MemoryLinkState} in maps. Every call touches only the rows it names, so linking
 * costs the same whatever the corpus holds.
 */
public interface LinkState {

  /** Returns the ids of the live entities registered under {@code key}, oldest first. */
  List<String> lookup(String key);

  /** Returns at most {@code limit} of the live entities registered under {@code key}, the most mentioned first. */
  List<String> lookup(String key, int limit);

  /** Registers entity {@code id} under {@code key} (no effect when it is already). */
  void addKey(String key, String id);

  /** Returns the profile of live entity {@code id}. */
  Optional<EntityProfile> profile(String id);

  /** Stores a new or changed profile. */
  void save(EntityProfile profile);

  /** Returns true when some entity, live or merged, has id {@code id}. */
  boolean idTaken(String id);

  /** Adds a member (its entity's profile is saved by the caller). */
  void addMember(LinkMember member);

  /** Replaces the stored member with the same article and local id by {@code member}. */
  void moveMember(LinkMember member);

  /** Returns the members of article {@code articleId}. */
  List<LinkMember> members(String articleId);

  /** Removes a member (its entity's profile is saved by the caller). */
  void removeMember(LinkMember member);

  /**
   * Returns the newest {@code limit} members of entity {@code id} that joined it for {@code reason}, oldest first.
   */
  List<LinkMember> members(String id, LinkReason reason, int limit);

  /**
   * Merges entity {@code from} into {@code into}: its members, keys and quotes go to {@code into}, and {@code from}
   * answers from then on as {@code into}. Keys of unresolved surnames ({@code "Q|"}) are dropped rather than moved:
   * they name the holder of mentions no person has taken, which {@code into} is not. The caller has saved {@code into}'s profile with {@code from}'s added.
   */
  void merge(String from, String into);
}
