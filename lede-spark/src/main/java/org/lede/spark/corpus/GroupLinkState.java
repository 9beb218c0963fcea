package org.lede.spark.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lede.entity.EntityProfile;
import org.lede.entity.LinkMember;
import org.lede.entity.LinkReason;
import org.lede.entity.LinkState;

/**
 * The linker's state for one group of members whose keys meet, in memory, answering every call as the store's
 * tables answer it in {@code lede ingest} ({@code SqliteLinkState}): keys and members ordered by one running number,
 * the most mentioned bearers first with ties in key order, a member moved keeps its number, a merged entity's
 * unresolved-surname keys dropped and its other keys taken over. {@code MemoryLinkState} orders a moved member last,
 * which the store does not, so it is not used here.
 *
 * <p>Holds one group at a time; not thread-safe.
 */
final class GroupLinkState implements LinkState {
  private final Map<String, LinkedHashMap<String, Long>> keys = new HashMap<>();
  private final Map<String, Set<String>> keysOfEntity = new HashMap<>();
  private final Map<String, EntityProfile> live = new LinkedHashMap<>();
  private final Map<String, String> mergedInto = new LinkedHashMap<>();
  private final Map<String, EntityProfile> retired = new LinkedHashMap<>();
  private final Map<String, Linked> members = new LinkedHashMap<>();
  private final Map<String, Set<String>> membersOfEntity = new HashMap<>();
  private long seq;

  /** A member with the number it was added under. */
  record Linked(LinkMember member, long seq) {}

  @Override
  public List<String> lookup(String key) {
    LinkedHashMap<String, Long> ids = keys.get(key);
    if (ids == null) return List.of();
    return ids.entrySet().stream().filter(e -> live.containsKey(e.getKey()))
        .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
  }

  @Override
  public List<String> lookup(String key, int limit) {
    LinkedHashMap<String, Long> ids = keys.get(key);
    if (ids == null) return List.of();
    return ids.entrySet().stream().filter(e -> live.containsKey(e.getKey()))
        .sorted(Comparator.comparingInt((Map.Entry<String, Long> e) -> -live.get(e.getKey()).mentions())
            .thenComparing(Map.Entry.comparingByValue()))
        .limit(limit).map(Map.Entry::getKey).toList();
  }

  @Override
  public void addKey(String key, String id) {
    addKey(key, id, ++seq);
  }

  private void addKey(String key, String id, long at) {
    if (keys.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(id, at) == null) {
      keysOfEntity.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(key);
    }
  }

  @Override
  public Optional<EntityProfile> profile(String id) {
    return Optional.ofNullable(live.get(id));
  }

  @Override
  public void save(EntityProfile profile) {
    live.put(profile.id(), profile);
  }

  @Override
  public boolean idTaken(String id) {
    return live.containsKey(id) || mergedInto.containsKey(id);
  }

  @Override
  public void addMember(LinkMember m) {
    String k = key(m);
    Linked old = members.put(k, new Linked(m, ++seq));
    if (old != null) membersOfEntity.getOrDefault(old.member().entityId(), Set.of()).remove(k);
    membersOfEntity.computeIfAbsent(m.entityId(), x -> new LinkedHashSet<>()).add(k);
  }

  @Override
  public void moveMember(LinkMember m) {
    String k = key(m);
    Linked old = members.get(k);
    if (old == null) return;
    members.put(k, new Linked(m, old.seq()));
    if (!old.member().entityId().equals(m.entityId())) {
      membersOfEntity.getOrDefault(old.member().entityId(), Set.of()).remove(k);
      membersOfEntity.computeIfAbsent(m.entityId(), x -> new LinkedHashSet<>()).add(k);
    }
  }

  @Override
  public List<LinkMember> members(String articleId) {
    // articles are linked once each here: there is no earlier version to take out
    return List.of();
  }

  @Override
  public void removeMember(LinkMember m) {
    Linked old = members.remove(key(m));
    if (old != null) membersOfEntity.getOrDefault(old.member().entityId(), Set.of()).remove(key(m));
  }

  @Override
  public List<LinkMember> members(String id, LinkReason reason, int limit) {
    List<Linked> of = new ArrayList<>();
    for (String k : membersOfEntity.getOrDefault(id, Set.of())) {
      Linked l = members.get(k);
      if (l.member().reason() == reason) of.add(l);
    }
    of.sort(Comparator.comparingLong(Linked::seq));
    return of.subList(Math.max(0, of.size() - limit), of.size()).stream().map(Linked::member).toList();
  }

  @Override
  public void merge(String from, String into) {
    Set<String> moving = membersOfEntity.remove(from);
    if (moving != null) {
      for (String k : moving) {
        Linked l = members.get(k);
        LinkMember m = l.member();
        members.put(k, new Linked(m.movedTo(into, m.reason()), l.seq()));
        membersOfEntity.computeIfAbsent(into, x -> new LinkedHashSet<>()).add(k);
      }
    }
    mergedInto.replaceAll((k, v) -> v.equals(from) ? into : v);
    Set<String> held = keysOfEntity.remove(from);
    if (held != null) {
      for (String key : held) {
        Long at = keys.get(key).remove(from);
        if (!key.startsWith("Q|")) addKey(key, into, at);
      }
    }
    EntityProfile gone = live.remove(from);
    if (gone != null) retired.put(from, gone);
    mergedInto.put(from, into);
  }

  /**
   * Returns each live entity's keys (names, surnames, aliases it is found by) as the store's {@code entity_key} holds
   * them after the same members: a merged entity's keys went to the entity it became, but for its unresolved surnames.
   */
  Map<String, Set<String>> keysOfEntities() {
    return java.util.Collections.unmodifiableMap(keysOfEntity);
  }

  /** Returns every member linked, each as its entity holds it now, in the order they were added. */
  List<LinkMember> linked() {
    return members.values().stream().sorted(Comparator.comparingLong(Linked::seq)).map(Linked::member).toList();
  }

  /** Returns the live entities, in the order they were made. */
  List<EntityProfile> entities() {
    return List.copyOf(live.values());
  }

  /** Returns each merged entity's id mapped to the live one it answers as. */
  Map<String, String> merged() {
    return Map.copyOf(mergedInto);
  }

  /** Returns the profiles merged entities had when they were merged, by id. */
  Map<String, EntityProfile> retired() {
    return retired;
  }

  private static String key(LinkMember m) {
    return m.articleId() + "\u0000" + m.localId();
  }
}
