package org.lede.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link LinkState} in memory: for linking a batch of articles at once ({@link EntityLinker}) and for tests.
 * Not thread-safe.
 */
public final class MemoryLinkState implements LinkState {
  private final Map<String, List<String>> keys = new HashMap<>();
  private final Map<String, EntityProfile> live = new LinkedHashMap<>();
  private final Map<String, String> mergedInto = new HashMap<>();
  private final Map<String, LinkMember> members = new LinkedHashMap<>();
  private final Map<String, Set<String>> membersOfEntity = new HashMap<>();
  private final Map<String, Set<String>> membersOfArticle = new HashMap<>();

  @Override
  public List<String> lookup(String key) {
    return List.copyOf(keys.getOrDefault(key, List.of()));
  }

  @Override
  public List<String> lookup(String key, int limit) {
    return lookup(key).stream()
        .sorted(java.util.Comparator.comparingInt((String id) -> profile(id).map(EntityProfile::mentions).orElse(0)).reversed())
        .limit(limit).toList();
  }

  @Override
  public void addKey(String key, String id) {
    List<String> ids = keys.computeIfAbsent(key, k -> new ArrayList<>());
    if (!ids.contains(id)) ids.add(id);
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
    members.put(k, m);
    membersOfEntity.computeIfAbsent(m.entityId(), x -> new LinkedHashSet<>()).add(k);
    membersOfArticle.computeIfAbsent(m.articleId(), x -> new LinkedHashSet<>()).add(k);
  }

  @Override
  public void moveMember(LinkMember m) {
    LinkMember old = members.get(key(m));
    if (old != null) membersOfEntity.getOrDefault(old.entityId(), Set.of()).remove(key(m));
    addMember(m);
  }

  @Override
  public List<LinkMember> members(String articleId) {
    return membersOfArticle.getOrDefault(articleId, Set.of()).stream().map(members::get).toList();
  }

  @Override
  public void removeMember(LinkMember m) {
    String k = key(m);
    LinkMember old = members.remove(k);
    if (old == null) return;
    membersOfEntity.getOrDefault(old.entityId(), Set.of()).remove(k);
    membersOfArticle.getOrDefault(old.articleId(), Set.of()).remove(k);
  }

  @Override
  public List<LinkMember> members(String id, LinkReason reason, int limit) {
    List<LinkMember> all = membersOf(id).stream().filter(m -> m.reason() == reason).toList();
    return all.subList(Math.max(0, all.size() - limit), all.size());
  }

  @Override
  public void merge(String from, String into) {
    for (LinkMember m : membersOf(from)) moveMember(m.movedTo(into, m.reason()));
    for (Map.Entry<String, List<String>> e : keys.entrySet()) {
      List<String> ids = e.getValue();
      int at = ids.indexOf(from);
      if (at < 0) continue;
      if (e.getKey().startsWith("Q|") || ids.contains(into)) ids.remove(at);
      else ids.set(at, into);
    }
    live.remove(from);
    mergedInto.put(from, into);
    mergedInto.replaceAll((k, v) -> v.equals(from) ? into : v);
  }

  /** Returns the members of live entity {@code id}, oldest first. */
  public List<LinkMember> membersOf(String id) {
    return membersOfEntity.getOrDefault(id, Set.of()).stream().map(members::get).toList();
  }

  /** Returns every live entity, oldest first. */
  public List<EntityProfile> entities() {
    return List.copyOf(live.values());
  }

  private static String key(LinkMember m) {
    return m.articleId() + "\u0000" + m.localId();
  }
}
