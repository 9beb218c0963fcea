package org.lede.entity;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the corpus knows of one entity: the names it goes by (with how often), its titles and roles, the evidence a
 * surname alone is matched against, and its counts. Every collection is capped, so a profile stays small however
 * often the entity is named.
 *
 * <p>Mutable, for the linker that owns it during one article; not thread-safe.
 */
public final class EntityProfile {
  /** A title or role cut off before its object ("governor of"). */
  private static final java.util.regex.Pattern DANGLING =
      java.util.regex.Pattern.compile("\\b(of|for|to|and|at|in|on|with|the|a|an)$");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final int MAX_NAMES = 40;
  private static final int MAX_LABELS = 30;
  private static final int MAX_ROLE_WORDS = 80;
  private static final int MAX_CONTEXT = 300;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String id;
  private final EntityType type;
  private final Map<String, Integer> names;
  private final Set<String> titles;
  private final Set<String> roles;
  private final Set<String> roleWords;
  private final Set<String> context;
  private int mentions;
  private int articles;
  private int quotes;
  private Instant firstSeen;
  private Instant lastSeen;

  private EntityProfile(String id, EntityType type, Map<String, Integer> names, Set<String> titles, Set<String> roles,
      Set<String> roleWords, Set<String> context, int mentions, int articles, int quotes, Instant firstSeen,
      Instant lastSeen) {
    this.id = id;
    this.type = type;
    this.names = names;
    this.titles = titles;
    this.roles = roles;
    this.roleWords = roleWords;
    this.context = context;
    this.mentions = mentions;
    this.articles = articles;
    this.quotes = quotes;
    this.firstSeen = firstSeen;
    this.lastSeen = lastSeen;
  }

  /** Returns an empty profile for a new entity. */
  public static EntityProfile create(String id, EntityType type) {
    return new EntityProfile(id, type, new LinkedHashMap<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
        new LinkedHashSet<>(), new LinkedHashSet<>(), 0, 0, 0, null, null);
  }

  public String id() {
    return id;
  }

  public EntityType type() {
    return type;
  }

  /** The canonical name: a name of two or more words wins, then the more frequent, then the longer. */
  public String name() {
    Map.Entry<String, Integer> best = null;
    for (Map.Entry<String, Integer> e : names.entrySet()) if (best == null || fuller(e, best) > 0) best = e;
    return best == null ? "" : best.getKey();
  }

  /** Every name but the canonical one, in order first used. */
  public List<String> aliases() {
    String name = name();
    return names.keySet().stream().filter(n -> !n.equals(name)).toList();
  }

  public List<String> titles() {
    return List.copyOf(titles);
  }

  public List<String> roles() {
    return List.copyOf(roles);
  }

  Set<String> roleWords() {
    return roleWords;
  }

  Set<String> context() {
    return context;
  }

  public int mentions() {
    return mentions;
  }

  public int articles() {
    return articles;
  }

  public int quotes() {
    return quotes;
  }

  public Instant firstSeen() {
    return firstSeen;
  }

  public Instant lastSeen() {
    return lastSeen;
  }

  /** Counts {@code m} in, and takes its names, titles and roles; its evidence too when {@code evidence}. */
  void add(LinkMember m, boolean evidence) {
    if (names.size() < MAX_NAMES || names.containsKey(m.name())) names.merge(m.name(), 1, Integer::sum);
    for (String a : m.aliases()) if (names.size() < MAX_NAMES) names.putIfAbsent(a, 0);
    addLabels(titles, m.titles());
    addLabels(roles, m.roles());
    if (evidence) {
      addCapped(roleWords, m.roleWords(), MAX_ROLE_WORDS);
      addCapped(context, m.context(), MAX_CONTEXT);
    }
    mentions += m.mentions();
    articles++;
    quotes += m.quotes();
    if (m.published() != null) {
      if (firstSeen == null || m.published().isBefore(firstSeen)) firstSeen = m.published();
      if (lastSeen == null || m.published().isAfter(lastSeen)) lastSeen = m.published();
    }
  }

  /** Counts {@code m} out (its names stay known: a name once used for the entity still finds it). */
  void remove(LinkMember m) {
    Integer n = names.get(m.name());
    if (n != null && n > 1) names.put(m.name(), n - 1);
    else if (n != null && names.size() > 1) names.remove(m.name());
    mentions -= m.mentions();
    articles--;
    quotes -= m.quotes();
  }

  /** Takes in everything {@code other} knows: the profile of an entity merged into this one. */
  void absorb(EntityProfile other) {
    other.names.forEach((k, v) -> {
      if (names.size() < MAX_NAMES || names.containsKey(k)) names.merge(k, v, Integer::sum);
    });
    addLabels(titles, other.titles);
    addLabels(roles, other.roles);
    addCapped(roleWords, other.roleWords, MAX_ROLE_WORDS);
    addCapped(context, other.context, MAX_CONTEXT);
    mentions += other.mentions;
    articles += other.articles;
    quotes += other.quotes;
    if (other.firstSeen != null && (firstSeen == null || other.firstSeen.isBefore(firstSeen))) firstSeen = other.firstSeen;
    if (other.lastSeen != null && (lastSeen == null || other.lastSeen.isAfter(lastSeen))) lastSeen = other.lastSeen;
  }

  /**
   * Adds titles or roles as first written, each once whatever its case or a leading "the" ("Former South Carolina
   * Gov." and "former South Carolina Gov."), and none cut off before its object ("governor of").
   */
  private static void addLabels(Set<String> into, Iterable<String> from) {
    Set<String> known = new java.util.HashSet<>();
    for (String s : into) known.add(labelKey(s));
    for (String s : from) {
      if (into.size() >= MAX_LABELS) return;
      String key = labelKey(s);
      if (key.isEmpty() || DANGLING.matcher(key).find() || !known.add(key)) continue;
      into.add(s);
    }
  }

  private static String labelKey(String label) {
    String k = SPACES.matcher(label.strip()).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  private static void addCapped(Set<String> into, Iterable<String> from, int cap) {
    for (String s : from) {
      if (into.size() >= cap) return;
      into.add(s);
    }
  }

  private static int fuller(Map.Entry<String, Integer> a, Map.Entry<String, Integer> b) {
    int words = Integer.compare(Math.min(2, Names.parts(a.getKey()).length), Math.min(2, Names.parts(b.getKey()).length));
    if (words != 0) return words;
    int count = Integer.compare(a.getValue(), b.getValue());
    return count != 0 ? count : Integer.compare(a.getKey().length(), b.getKey().length());
  }

  private record Stored(String type, Map<String, Integer> names, List<String> titles, List<String> roles,
      List<String> roleWords, List<String> context, int mentions, int articles, int quotes, Long firstSeen,
      Long lastSeen) {}

  /**
   * Returns the profile as the store keeps it: {@link Stored}'s JSON, written field by field (an entity's profile is
   * written again each time an article names it, and the object mapper's reflective record serializer is slow).
   */
  public String toJson() {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("type", type.name());
      g.writeObjectFieldStart("names");
      for (Map.Entry<String, Integer> n : names.entrySet()) g.writeNumberField(n.getKey(), n.getValue());
      g.writeEndObject();
      writeArray(g, "titles", titles);
      writeArray(g, "roles", roles);
      writeArray(g, "roleWords", roleWords);
      writeArray(g, "context", context);
      g.writeNumberField("mentions", mentions);
      g.writeNumberField("articles", articles);
      g.writeNumberField("quotes", quotes);
      writeMillis(g, "firstSeen", firstSeen);
      writeMillis(g, "lastSeen", lastSeen);
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("an entity profile could not be written", e);
    }
    return out.toString();
  }

  private static void writeArray(JsonGenerator g, String field, Collection<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) g.writeString(v);
    g.writeEndArray();
  }

  private static void writeMillis(JsonGenerator g, String field, Instant at) throws IOException {
    if (at == null) g.writeNullField(field);
    else g.writeNumberField(field, at.toEpochMilli());
  }

  /** Reads a profile the store kept for entity {@code id}. */
  public static EntityProfile fromJson(String id, String json) {
    try {
      Stored s = JSON.readValue(json, Stored.class);
      return new EntityProfile(id, EntityType.valueOf(s.type()), new LinkedHashMap<>(s.names()),
          new LinkedHashSet<>(s.titles()), new LinkedHashSet<>(s.roles()), new LinkedHashSet<>(s.roleWords()),
          new LinkedHashSet<>(s.context()), s.mentions(), s.articles(), s.quotes(),
          s.firstSeen() == null ? null : Instant.ofEpochMilli(s.firstSeen()),
          s.lastSeen() == null ? null : Instant.ofEpochMilli(s.lastSeen()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the stored profile of " + id + " cannot be read: " + e.getOriginalMessage(), e);
    }
  }

  /** The names as stored, with how often each was used. */
  public Map<String, Integer> nameCounts() {
    return new LinkedHashMap<>(names);
  }

  @Override
  public String toString() {
    return id + " " + name() + " " + new ArrayList<>(names.keySet());
  }
}
