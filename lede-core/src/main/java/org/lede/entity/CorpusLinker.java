package org.lede.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links each new article's entities into the corpus as it arrives, finding candidates only through keys (a
 * person's first-and-last name, a surname, an organization's or place's names and aliases), so the millionth
 * article costs what the first did.
 *
 * <p>People are linked by first and last name; a surname alone goes to the one person who bears it, or, when
 * several do, to the one whose titles, roles and co-mentioned names the article shares most, or else waits with the
 * other unresolved mentions of that surname. Each member records why it joined; when a new person of a surname
 * appears, the surname-alone decisions of that surname, and only those, are made again. Two full names with
 * different first names are never merged. Other entities are linked by any shared name or alias; one whose name is
 * a known person's full name (the recognizer read the person as an organization) joins that person.
 *
 * <pre>{@code
 * Map<String, String> corpusIds = CorpusLinker.standard().link(article, state); // local entity id -> corpus id
 * }</pre>
 *
 * <p>Stateless and thread-safe; the {@link LinkState} it is given is not, and takes one article at a time.
 */
public final class CorpusLinker {
  private static final CorpusLinker STANDARD = new CorpusLinker();
  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "at", "in", "for", "and", "on", "to", "s");
  private static final int MAX_CONTEXT = 120;
  /** How many decisions of one kind, per entity, a new bearer of a surname makes again: the newest. */
  private static final int REDECIDED = 500;
  /** How many bearers of a surname a surname alone is weighed against: the most mentioned. */
  private static final int MAX_BEARERS = 20;

  private CorpusLinker() {}

  /** Returns the linker. */
  public static CorpusLinker standard() {
    return STANDARD;
  }

  /**
   * One article's entities, as the linker takes them.
   *
   * @param articleId the article
   * @param published its publication time, or null
   * @param entities  its entities
   * @param quotes    how many of its quotes each of its entities speaks, by the entity's local id
   */
  public record ArticleEntities(String articleId, Instant published, List<Entity> entities, Map<String, Integer> quotes) {}

  /** Returns the local id an entity is known by in its article: its own id, or its place when it has none. */
  public static String localId(Entity e, int place) {
    return e.id() != null ? e.id() : "#" + place;
  }

  /**
   * Links {@code article}'s entities into {@code state}.
   *
   * @return each entity's local id mapped to the corpus id it joined, in the article's order
   */
  public Map<String, String> link(ArticleEntities article, LinkState state) {
    Map<String, String> out = new LinkedHashMap<>();
    for (LinkMember m : members(article)) out.put(m.localId(), link(m, state));
    return out;
  }

  /**
   * Returns {@code article}'s entities as the members the linker links, in the article's order, each with the
   * evidence it is decided on (its role words, the words of the article's other names) and no corpus entity yet.
   */
  public List<LinkMember> members(ArticleEntities article) {
    List<Entity> entities = article.entities();
    List<Set<String>> words = new ArrayList<>(entities.size());
    for (Entity e : entities) words.add(nameWords(e));
    List<LinkMember> out = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      String local = localId(e, i);
      out.add(new LinkMember(article.articleId(), local, null, Names.clean(e.name()), e.type(), e.aliases(),
          e.titles(), e.roles(), LinkReason.NAME, roleWords(e), context(i, words), e.mentions().size(),
          article.quotes().getOrDefault(local, 0), article.published()));
    }
    return out;
  }

  /**
   * Links one member of {@link #members} into {@code state}, as {@link #link(ArticleEntities, LinkState)} does each.
   *
   * @return the corpus id it joined
   */
  public String link(LinkMember m, LinkState state) {
    String full = fullNameKey(m.name());
    boolean person = m.type() == EntityType.PERSON || full != null && !state.lookup(personKey(full)).isEmpty();
    if (person && full != null) return linkFullName(m, full, state);
    if (person) return linkSurname(m, state);
    return linkName(m, full, state);
  }

  /**
   * Returns the keys whose entities linking {@code m} may read or change: a person's surname (its full name, the
   * other bearers of the surname, the mentions of it alone waiting for a person); any other entity's names and
   * aliases, and the surname of a name that may be a person's. Members whose keys, followed through the members
   * that share them, never meet are linked independently of one another: a distributed job links each such group
   * apart, in the order {@code lede ingest} would have met its members, and gets what one linker would have.
   */
  public static Set<String> reach(LinkMember m) {
    Set<String> keys = new LinkedHashSet<>();
    String full = fullNameKey(m.name());
    if (m.type() == EntityType.PERSON) {
      keys.add(surnameKey(m.surname()));
      return keys;
    }
    keys.add(nameKey(m.type(), m.name()));
    for (String a : m.aliases()) keys.add(nameKey(m.type(), a));
    keys.remove(nameKey(m.type(), ""));
    if (full != null) keys.add(surnameKey(m.surname()));
    if (keys.isEmpty()) keys.add(nameKey(m.type(), ""));
    return keys;
  }

  /** Takes every member of article {@code articleId} out of the corpus (before a new version is linked). */
  public void unlink(String articleId, LinkState state) {
    for (LinkMember m : state.members(articleId)) {
      state.profile(m.entityId()).ifPresent(p -> {
        p.remove(m);
        state.save(p);
      });
      state.removeMember(m);
    }
  }

  private String linkFullName(LinkMember m, String full, LinkState state) {
    List<String> found = state.lookup(personKey(full));
    if (!found.isEmpty()) return join(m.movedTo(found.getFirst(), LinkReason.FULL_NAME), true, state);
    EntityProfile p = EntityProfile.create(newId(EntityType.PERSON, m.name(), state), EntityType.PERSON);
    state.save(p);
    state.addKey(personKey(full), p.id());
    state.addKey(surnameKey(m.surname()), p.id());
    String id = join(m.movedTo(p.id(), LinkReason.FULL_NAME), true, state);
    // what was read as an organization or place under this person's name was this person
    for (String other : state.lookup(lookalikeKey(full))) if (!other.equals(id)) merge(other, id, state);
    redecideSurname(m.surname(), id, state);
    return id;
  }

  private String linkSurname(LinkMember m, LinkState state) {
    Decision d = decide(m, state);
    if (d != null) return join(m.movedTo(d.entityId(), d.reason()), false, state);
    return join(m.movedTo(unresolved(m, state), LinkReason.SURNAME_UNRESOLVED), false, state);
  }

  private String linkName(LinkMember m, String full, LinkState state) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(nameKey(m.type(), m.name()));
    for (String a : m.aliases()) keys.add(nameKey(m.type(), a));
    keys.remove(nameKey(m.type(), ""));
    String found = null;
    for (String k : keys) {
      List<String> ids = state.lookup(k);
      if (!ids.isEmpty()) {
        found = ids.getFirst();
        break;
      }
    }
    if (found == null) {
      EntityProfile p = EntityProfile.create(newId(m.type(), m.name(), state), m.type());
      state.save(p);
      found = p.id();
      if (full != null) state.addKey(lookalikeKey(full), found);
    }
    for (String k : keys) state.addKey(k, found);
    return join(m.movedTo(found, LinkReason.NAME), true, state);
  }

  private record Decision(String entityId, LinkReason reason) {}

  /** The person a surname alone goes to, or null when none can take it. */
  private static Decision decide(LinkMember m, LinkState state) {
    List<String> candidates = state.lookup(surnameKey(m.surname()), MAX_BEARERS);
    if (candidates.isEmpty()) return null;
    if (candidates.size() == 1) return new Decision(candidates.getFirst(), LinkReason.SURNAME_ONLY);
    String best = null;
    int bestScore = -1;
    boolean tie = false;
    for (String id : candidates) {
      EntityProfile p = state.profile(id).orElse(null);
      if (p == null) continue;
      int score = score(m, p);
      if (score > bestScore) {
        best = id;
        bestScore = score;
        tie = false;
      } else if (score == bestScore) {
        tie = true;
      }
    }
    return tie || bestScore <= 0 ? null : new Decision(best, LinkReason.SURNAME_EVIDENCE);
  }

  /** The entity that holds the unresolved mentions of a surname, made when there is none. */
  private static String unresolved(LinkMember m, LinkState state) {
    String key = unresolvedKey(m.surname());
    List<String> ids = state.lookup(key);
    if (!ids.isEmpty()) return ids.getFirst();
    EntityProfile p = EntityProfile.create(newId(EntityType.PERSON, m.name(), state), EntityType.PERSON);
    state.save(p);
    state.addKey(key, p.id());
    return p.id();
  }

  /**
   * A new person of {@code surname} appeared: the decisions that person may overturn are made again — a surname given
   * to the one person who bore it, and a surname no person could take — the newest {@value #REDECIDED} of each kind
   * per entity, so that a common surname costs no more in the millionth article than in the thousandth. A surname
   * given on evidence among several bearers stands: one more bearer, seen once, does not outweigh it; and a surname
   * no person could take is weighed again only when the new bearer {@code newcomer} has some evidence for it.
   */
  private static void redecideSurname(String surname, String newcomer, LinkState state) {
    EntityProfile fresh = state.profile(newcomer).orElseThrow();
    List<String> bearers = state.lookup(surnameKey(surname), 3);
    List<LinkMember> members = new ArrayList<>();
    // only while a surname had one bearer did its mentions go to that bearer alone: now they are weighed again
    if (bearers.size() == 2) {
      for (String id : bearers) if (!id.equals(newcomer)) members.addAll(state.members(id, LinkReason.SURNAME_ONLY, REDECIDED));
    }
    // the first bearer takes every waiting mention; a later one only those it has evidence for
    boolean sole = bearers.size() == 1;
    for (String holder : state.lookup(unresolvedKey(surname))) {
      for (LinkMember m : state.members(holder, LinkReason.SURNAME_UNRESOLVED, REDECIDED)) {
        if (sole || score(m, fresh) > 0) members.add(m);
      }
    }
    Map<String, String> emptiedInto = new LinkedHashMap<>();
    for (LinkMember m : members) {
      Decision d = decide(m, state);
      String to = d != null ? d.entityId() : unresolved(m, state);
      LinkReason why = d != null ? d.reason() : LinkReason.SURNAME_UNRESOLVED;
      if (to.equals(m.entityId()) && why == m.reason()) continue;
      LinkMember moved = m.movedTo(to, why);
      if (!to.equals(m.entityId())) {
        EntityProfile from = state.profile(m.entityId()).orElseThrow();
        from.remove(m);
        state.save(from);
        EntityProfile into = state.profile(to).orElseThrow();
        into.add(moved, false);
        state.save(into);
        if (from.articles() <= 0) emptiedInto.putIfAbsent(from.id(), to);
      }
      state.moveMember(moved);
    }
    // an unresolved surname's holder whose every mention found its person answers as that person from now on
    emptiedInto.forEach((from, into) -> {
      EntityProfile p = state.profile(from).orElse(null);
      if (p != null && p.articles() <= 0) merge(from, into, state);
    });
  }

  private static String join(LinkMember m, boolean evidence, LinkState state) {
    EntityProfile p = state.profile(m.entityId()).orElseThrow(() -> new IllegalStateException("no entity " + m.entityId()));
    p.add(m, evidence);
    state.save(p);
    state.addMember(m);
    return m.entityId();
  }

  private static void merge(String from, String into, LinkState state) {
    EntityProfile source = state.profile(from).orElse(null);
    EntityProfile target = state.profile(into).orElse(null);
    if (source == null || target == null || from.equals(into)) return;
    target.absorb(source);
    state.save(target);
    state.merge(from, into);
  }

  /** A corpus id from the name, made unique: "P:borys-kremenetskyi", "P:borys-kremenetskyi-2". */
  private static String newId(EntityType type, String name, LinkState state) {
    String slug = Names.slug(name);
    String id = type.name().charAt(0) + ":" + (slug.isEmpty() ? "unnamed" : slug);
    String unique = id;
    for (int i = 2; state.idTaken(unique); i++) unique = id + "-" + i;
    return unique;
  }

  /** Returns the keys an entity called {@code name} may be found by, of any type, for looking one up by name. */
  public static List<String> keysOf(String name) {
    List<String> keys = new ArrayList<>();
    String full = fullNameKey(name);
    if (full != null) keys.add(personKey(full));
    for (EntityType t : EntityType.values()) keys.add(nameKey(t, name));
    if (full == null) keys.add(unresolvedKey(Names.last(name)));
    return keys;
  }

  /** "first last" of a name of two or more words (middle names and initials dropped), or null for one word. */
  static String fullNameKey(String name) {
    String[] p = Names.parts(name);
    return p.length < 2 ? null : p[0] + " " + p[p.length - 1];
  }

  static String personKey(String full) {
    return "P|" + full;
  }

  static String surnameKey(String surname) {
    return "S|" + surname;
  }

  /** Keys of this kind are dropped, not moved, when their entity is merged: see {@link LinkState#merge}. */
  static String unresolvedKey(String surname) {
    return "Q|" + surname;
  }

  static String lookalikeKey(String full) {
    return "X|" + full;
  }

  static String nameKey(EntityType type, String name) {
    return "N|" + type.name() + "|" + Names.key(name);
  }

  /** How much a mention of a surname alone shares with one of its bearers: their roles and titles count thrice. */
  private static int score(LinkMember m, EntityProfile p) {
    return 3 * overlap(m.roleWords(), p.roleWords()) + overlap(m.context(), p.context());
  }

  private static int overlap(Set<String> a, Set<String> b) {
    if (a.size() > b.size()) return overlap(b, a);
    int n = 0;
    for (String s : a) if (b.contains(s)) n++;
    return n;
  }

  /** The words of the other names in the same article: what a person is mentioned with. */
  private static Set<String> context(int self, List<Set<String>> words) {
    Set<String> out = new HashSet<>();
    for (int j = 0; j < words.size(); j++) {
      if (j == self) continue;
      for (String w : words.get(j)) {
        if (out.size() >= MAX_CONTEXT) return out;
        out.add(w);
      }
    }
    return out;
  }

  private static Set<String> nameWords(Entity e) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : e.names()) for (String w : Names.parts(n)) if (!STOP.contains(w)) out.add(w);
    return out;
  }

  private static Set<String> roleWords(Entity e) {
    Set<String> words = new HashSet<>();
    for (String r : e.roles()) for (String w : Names.parts(r)) if (!STOP.contains(w)) words.add(w);
    for (String r : e.titles()) for (String w : Names.parts(r)) if (!STOP.contains(w)) words.add(w);
    return words;
  }
}
