package org.lede.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles into stories as they arrive, in one pass: an article joins the story whose centroid (the sum of
 * its articles' TF-IDF vectors over headline and lead) is closest to it, when close enough and recent enough, or
 * starts a story. A copy of an earlier article ({@link Item#copyOf}) joins that article's story outright.
 *
 * <p>Candidates come from a term index: for each of the article's {@link Rules#candidateTerms} weightiest terms,
 * the stories most recently active under that term (at most {@link Rules#perTerm}); an article is compared with at
 * most their union, whatever the number of stories. IDF comes from the articles seen so far.
 *
 * <p>Not thread-safe: one writer feeds it, as the store's ingest transaction does.
 */
public final class StoryClusterer {
  /**
   * How the clusterer decides.
   *
   * @param threshold      the least cosine between an article and a story's centroid for it to join
   * @param window         how long after a story's last article a new one may still join it
   * @param candidateTerms how many of an article's terms look up candidate stories
   * @param perTerm        how many stories, most recent first, one term offers
   * @param perDay         how much the cosine must exceed the threshold for each day between the article and the
   *                       story's latest article. An article a day or more after a story's latest joins it only
   *                       when it also names one of the story's entities: a follow-up is about the same people and
   *                       places, while the same kind of news on another day (another earnings report, another
   *                       storm) shares only words. On any day, an article and a story that both name entities
   *                       but none in common stay apart
   */
  public record Rules(double threshold, Duration window, int candidateTerms, int perTerm, double perDay) {
    /** Lede's rules. */
    public static Rules standard() {
      return new Rules(0.1, Duration.ofDays(3), 10, 16, 0.05);
    }

    public Rules withThreshold(double t) {
      return new Rules(t, window, candidateTerms, perTerm, perDay);
    }
  }

  /**
   * One article as clustering sees it.
   *
   * @param site     the outlet, or null
   * @param copyOf   the id of the earlier article whose text this one copies, or null
   * @param entities the corpus ids (or normalised names) of the people, organisations and places it names
   */
  public record Item(String id, String site, String headline, String lead, Instant time, String copyOf,
      Set<String> entities) {
    public Item {
      entities = entities == null ? Set.of() : Set.copyOf(entities);
    }
  }

  private final Rules rules;
  private final StoryState state;

  public StoryClusterer(Rules rules, StoryState state) {
    this.rules = rules;
    this.state = state;
  }

  /** Returns a clusterer that keeps its state in memory. */
  public StoryClusterer(Rules rules) {
    this(rules, new MemoryStoryState());
  }

  /** Returns the id of the story {@code item} joins or starts. */
  public long add(Item item) {
    Map<String, Double> v = vector(StoryTerms.of(item.headline(), item.lead()));
    Long copied = item.copyOf() == null ? null : state.storyOf(item.copyOf());
    StoryState.Story best = copied == null ? null : state.story(copied);
    double bestScore = rules.threshold();
    if (best == null && !v.isEmpty()) {
      for (StoryState.Story s : candidates(v, item.time())) {
        double days = days(s.last(), item.time());
        boolean shareNames = !java.util.Collections.disjoint(s.entities(), item.entities());
        // names tell two events of one kind apart (two dams, two earnings reports): both named, none shared, no join
        if (!shareNames && !s.entities().isEmpty() && !item.entities().isEmpty()) continue;
        if (days >= 1 && !shareNames) continue;
        double score = cosine(v, s) - rules.perDay() * days;
        if (score >= bestScore) {
          bestScore = score;
          best = s;
        }
      }
    }
    if (best == null) {
      best = new StoryState.Story(state.newStory(), Map.of(), 0, Set.of(), null, 0, null, -1);
      bestScore = rules.threshold(); // a later headline closer to the story's centre takes the title
    }
    state.save(joined(best, v, item, bestScore), item.id(), item.site(), item.time(), v.keySet());
    return best.id();
  }

  /** The article's TF-IDF vector, unit length; the document frequencies count it first. */
  private Map<String, Double> vector(List<StoryTerms.Term> terms) {
    Map<String, Double> tf = new HashMap<>();
    for (StoryTerms.Term t : terms) tf.merge(t.text(), 1.0, Double::sum);
    StoryState.Frequencies f = state.count(tf.keySet());
    double norm = 0;
    for (Map.Entry<String, Double> e : tf.entrySet()) {
      double w = e.getValue() * Math.log((f.documents() + 1.0) / (f.byTerm().get(e.getKey()) + 0.5));
      e.setValue(w);
      norm += w * w;
    }
    double length = Math.sqrt(norm);
    if (length > 0) tf.replaceAll((t, w) -> w / length);
    return tf;
  }

  private List<StoryState.Story> candidates(Map<String, Double> v, Instant time) {
    List<Map.Entry<String, Double>> top = new ArrayList<>(v.entrySet());
    top.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
    Set<Long> ids = new LinkedHashSet<>();
    for (int i = 0; i < Math.min(rules.candidateTerms(), top.size()); i++) {
      ids.addAll(state.recent(top.get(i).getKey(), time == null ? null : time.minus(rules.window()), rules.perTerm()));
    }
    List<StoryState.Story> out = new ArrayList<>(ids.size());
    for (long id : ids) {
      StoryState.Story s = state.story(id);
      if (s != null && open(s.last(), time)) out.add(s);
    }
    return out;
  }

  private static double days(Instant a, Instant b) {
    if (a == null || b == null) return 0;
    return Math.abs(Duration.between(a, b).toMillis()) / 86_400_000.0;
  }

  private boolean open(Instant last, Instant time) {
    if (time == null || last == null) return true;
    return !time.isAfter(last.plus(rules.window())) && !last.isAfter(time.plus(rules.window()));
  }

  private static double cosine(Map<String, Double> v, StoryState.Story s) {
    if (s.normSquared() <= 0) return 0;
    double dot = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      Double c = s.centroid().get(e.getKey());
      if (c != null) dot += c * e.getValue();
    }
    return dot / Math.sqrt(s.normSquared());
  }

  /** The story with the article in it; its title is the headline that matched it best. */
  private static StoryState.Story joined(StoryState.Story s, Map<String, Double> v, Item item, double score) {
    Map<String, Double> centroid = new HashMap<>(s.centroid());
    double dot = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      Double c = centroid.get(e.getKey());
      if (c != null) dot += c * e.getValue();
      centroid.merge(e.getKey(), e.getValue(), Double::sum);
    }
    Set<String> entities = new java.util.HashSet<>(s.entities());
    entities.addAll(item.entities());
    Instant last = s.last() == null || (item.time() != null && item.time().isAfter(s.last())) ? item.time() : s.last();
    boolean title = item.headline() != null && !item.headline().isBlank() && score > s.titleScore();
    return new StoryState.Story(s.id(), centroid, s.normSquared() + 2 * dot + (v.isEmpty() ? 0 : 1), entities, last,
        s.size() + 1, title ? item.headline() : s.title(), title ? score : s.titleScore());
  }
}
