package org.lede.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links per-article entities into corpus entities: "Donald Trump", "US President Donald Trump" and "President
 * Trump" in three articles become one person.
 *
 * <p>People are linked by first and last name; a surname alone goes to the one full name it ends, and when two
 * people share that surname ("Mayor Elena Marsh", "coach Tomas Marsh") to the one whose titles, roles and
 * co-occurring names the article shares most, or to none when nothing tells them apart. Two full names with
 * different first names are never merged. Other entities are linked by any shared name or alias.
 *
 * <pre>{@code
 * List<CorpusEntity> people = EntityLinker.standard().link(List.of(entitiesOfArticle1, entitiesOfArticle2));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityLinker {
  private static final EntityLinker STANDARD = new EntityLinker();
  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "at", "in", "for", "and", "on", "to", "s");

  private EntityLinker() {}

  /** Returns the linker. */
  public static EntityLinker standard() {
    return STANDARD;
  }

  /**
   * Links entities across articles.
   *
   * @param articles the entities of each article, one list an article (as {@link EntityFinder#find} returns)
   * @return corpus entities, in order of first appearance
   */
  public List<CorpusEntity> link(List<List<Entity>> articles) {
    Map<String, Cluster> clusters = new LinkedHashMap<>();
    List<Member> surnameOnly = new ArrayList<>();
    Map<String, String> nameToCluster = new HashMap<>();
    Set<String> personNames = new HashSet<>();
    for (List<Entity> article : articles) {
      for (Entity e : article) if (e.type() == EntityType.PERSON && fullNameKey(e) != null) personNames.add(fullNameKey(e));
    }
    for (List<Entity> article : articles) {
      for (Entity e : article) {
        Member m = new Member(e, context(e, article));
        String full = fullNameKey(e);
        if (e.type() == EntityType.PERSON || full != null && personNames.contains(full)) {
          if (full == null) {
            surnameOnly.add(m);
          } else {
            clusters.computeIfAbsent("P|" + full, k -> new Cluster(e.type())).add(m);
          }
        } else {
          String found = null;
          for (String n : e.names()) {
            found = nameToCluster.get(e.type() + "|" + Names.key(n));
            if (found != null) break;
          }
          String key = found != null ? found : e.type() + "|" + Names.key(e.name());
          clusters.computeIfAbsent(key, k -> new Cluster(e.type())).add(m);
          for (String n : e.names()) nameToCluster.putIfAbsent(e.type() + "|" + Names.key(n), key);
        }
      }
    }
    for (Member m : surnameOnly) {
      Cluster best = bestBySurname(clusters, m);
      if (best != null) {
        best.add(m);
      } else {
        clusters.computeIfAbsent("P|?" + Names.key(m.entity.name()) + "|" + clusters.size(),
            k -> new Cluster(EntityType.PERSON)).add(m);
      }
    }
    return build(clusters.values());
  }

  /** "first last" of a person named in full (middle names and initials dropped), or null for one word. */
  private static String fullNameKey(Entity e) {
    String[] p = Names.parts(e.name());
    return p.length < 2 ? null : p[0] + " " + p[p.length - 1];
  }

  private static Cluster bestBySurname(Map<String, Cluster> clusters, Member m) {
    String surname = Names.last(m.entity.name());
    Cluster best = null;
    int bestScore = -1;
    int candidates = 0;
    boolean tie = false;
    for (Cluster c : clusters.values()) {
      if (c.type != EntityType.PERSON || !c.surname().equals(surname)) continue;
      candidates++;
      int score = 3 * overlap(roleWords(m.entity), c.roleWords) + overlap(m.context, c.context);
      if (score > bestScore) {
        best = c;
        bestScore = score;
        tie = false;
      } else if (score == bestScore) {
        tie = true;
      }
    }
    if (candidates == 1) return best;
    return tie || bestScore <= 0 ? null : best;
  }

  private static int overlap(Set<String> a, Set<String> b) {
    int n = 0;
    for (String s : a) if (b.contains(s)) n++;
    return n;
  }

  /** The words of the other names in the same article: what a person is mentioned with. */
  private static Set<String> context(Entity e, List<Entity> article) {
    Set<String> words = new HashSet<>();
    for (Entity other : article) {
      if (other == e) continue;
      for (String n : other.names()) for (String w : Names.parts(n)) if (!STOP.contains(w)) words.add(w);
    }
    return words;
  }

  private static Set<String> roleWords(Entity e) {
    Set<String> words = new HashSet<>();
    for (String r : e.roles()) for (String w : Names.parts(r)) if (!STOP.contains(w)) words.add(w);
    for (String r : e.titles()) for (String w : Names.parts(r)) if (!STOP.contains(w)) words.add(w);
    return words;
  }

  private static List<CorpusEntity> build(Iterable<Cluster> clusters) {
    List<CorpusEntity> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Cluster c : clusters) {
      Map<String, Integer> fullNames = new LinkedHashMap<>();
      Set<String> names = new LinkedHashSet<>();
      Set<String> titles = new LinkedHashSet<>();
      Set<String> roles = new LinkedHashSet<>();
      for (Member m : c.members) {
        fullNames.merge(m.entity.name(), 1, Integer::sum);
        names.addAll(m.entity.names());
        titles.addAll(m.entity.titles());
        roles.addAll(m.entity.roles());
      }
      String name = fullNames.entrySet().stream().max(EntityLinker::fuller).orElseThrow().getKey();
      names.remove(name);
      String id = c.type.name().charAt(0) + ":" + Names.slug(name);
      String unique = id;
      for (int i = 2; !ids.add(unique); i++) unique = id + "-" + i;
      out.add(new CorpusEntity(unique, name, c.type, List.copyOf(names), List.copyOf(titles), List.copyOf(roles),
          c.members.stream().map(m -> m.entity).toList()));
    }
    return out;
  }

  /** A name of more words wins, then the more frequent, then the longer. */
  private static int fuller(Map.Entry<String, Integer> a, Map.Entry<String, Integer> b) {
    int words = Integer.compare(Math.min(2, Names.parts(a.getKey()).length), Math.min(2, Names.parts(b.getKey()).length));
    if (words != 0) return words;
    int count = Integer.compare(a.getValue(), b.getValue());
    return count != 0 ? count : Integer.compare(a.getKey().length(), b.getKey().length());
  }

  private record Member(Entity entity, Set<String> context) {}

  private static final class Cluster {
    final EntityType type;
    final List<Member> members = new ArrayList<>();
    final Set<String> roleWords = new HashSet<>();
    final Set<String> context = new HashSet<>();

    Cluster(EntityType type) {
      this.type = type;
    }

    void add(Member m) {
      members.add(m);
      roleWords.addAll(roleWords(m.entity));
      context.addAll(m.context);
    }

    String surname() {
      return Names.last(members.getFirst().entity.name());
    }
  }
}
