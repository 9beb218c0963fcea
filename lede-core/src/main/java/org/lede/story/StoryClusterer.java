package org.lede.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles into stories as they arrive, in one pass: an article joins the story whose centroid (the sum of
 * its articles' TF-IDF vectors over headline and lead) is closest to it, when close
 * enough, recent enough and close to one of the story's latest members too; or it starts a story. A copy of an
 * earlier article ({@link Item#copyOf}) joins that article's story outright. An article that ties two stories
 * strongly merges them ({@link StoryMerge}).
 *
 * <p>Vectors are {@link TermVector}s over term ids the state gives out, so a comparison is a merge of two sorted
 * arrays. Candidates come from a term index: for each of the article's {@link Rules#candidateTerms} weightiest terms,
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
   * @param members        how many of a story's latest articles it keeps to compare with
   * @param memberGate     the least cosine between an article and one of those members for it to join: a centroid
   *                       gathers the vocabulary of a whole topic and drifts as it grows, while a member is one
   *                       concrete report; an article close to the centroid but to no member only shares the topic
   * @param mergeAt        the least score an article must have with each of two stories to merge them
   * @param mergeMember    the least cosine between that article and one of each story's members: the tie is to a
   *                       report in each, not only to the words of two neighbouring topics
   * @param mergeCentroids the least cosine between two stories' centroids for an article to merge them
   */
  public record Rules(double threshold, Duration window, int candidateTerms, int perTerm, double perDay,
      int members, double memberGate, double mergeAt, double mergeMember, double mergeCentroids) {
    /** Lede's rules. */
    public static Rules standard() {
      return new Rules(0.1, Duration.ofDays(3), 10, 16, 0.05, 32, 0.2, 0.25, 0.3, 0.2);
    }

    public Rules withThreshold(double t) {
      return new Rules(t, window, candidateTerms, perTerm, perDay, members, memberGate, mergeAt,
          mergeMember, mergeCentroids);
    }

    /** Returns these rules with an article needing a member at least {@code gate} close (0: no member gate). */
    public Rules withMemberGate(double gate) {
      return new Rules(threshold, window, candidateTerms, perTerm, perDay, members, gate, mergeAt,
          mergeMember, mergeCentroids);
    }

    /** Returns these rules merging at {@code at} (above 1: never merging). */
    public Rules withMergeAt(double at) {
      return new Rules(threshold, window, candidateTerms, perTerm, perDay, members, memberGate, at,
          mergeMember, mergeCentroids);
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

  /** A candidate story and the article's score with it. */
  private record Scored(StoryState.Story story, double score) {}

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

  /** Returns the id of the story {@code item} joins or starts (or, after a merge it caused, the survivor's). */
  public long add(Item item) {
    TermVector v = vector(StoryTerms.of(item.headline(), item.lead()));
    Long copied = item.copyOf() == null ? null : state.storyOf(item.copyOf());
    StoryState.Story best = copied == null ? null : state.story(state.resolve(copied));
    double bestScore = rules.threshold();
    List<Scored> strong = new ArrayList<>();
    if (best == null && !v.isEmpty()) {
      for (StoryState.Story s : candidates(v, item.time())) {
        double score = score(v, item, s);
        if (score >= rules.mergeAt() && StoryMerge.tied(v, s, rules)) strong.add(new Scored(s, score));
        if (score >= bestScore) {
          bestScore = score;
          best = s;
        }
      }
    }
    if (best == null) {
      best = new StoryState.Story(state.newStory(), TermVector.EMPTY, 0, Set.of(), null, 0, null, -1, List.of());
      bestScore = rules.threshold(); // a later headline closer to the story's centre takes the title
    } else {
      best = merged(best, strong, item.id());
    }
    state.save(joined(best, v, item, bestScore), item.id(), item.site(), item.time(), v);
    return best.id();
  }

  /**
   * The article's score with a candidate story, or -1 when it may not join it: the centroid's cosine less the day
   * penalty, when the names and the members allow.
   */
  private double score(TermVector v, Item item, StoryState.Story s) {
    double days = days(s.last(), item.time());
    boolean shareNames = !Collections.disjoint(s.entities(), item.entities());
    // names tell two events of one kind apart (two dams, two earnings reports): both named, none shared, no join
    if (!shareNames && !s.entities().isEmpty() && !item.entities().isEmpty()) return -1;
    if (days >= 1 && !shareNames) return -1;
    double score = StoryVectors.cosine(v, s) - rules.perDay() * days;
    if (score < Math.min(rules.threshold(), rules.mergeAt())) return -1;
    if (rules.memberGate() > 0 && !s.members().isEmpty() && !StoryVectors.closeToAMember(v, s, rules.memberGate())) {
      return -1;
    }
    return score;
  }

  /** Merges into one the stories the article ties strongly to the best, the older surviving each time. */
  private StoryState.Story merged(StoryState.Story best, List<Scored> strong, String articleId) {
    if (strong.size() < 2) return best;
    StoryState.Story out = best;
    for (Scored other : strong) {
      StoryState.Story s = other.story();
      if (s.id() == out.id() || !StoryMerge.same(out, s, rules)) continue;
      StoryState.Story older = s.id() < out.id() ? s : out;
      StoryState.Story younger = older == s ? out : s;
      out = StoryMerge.of(older, younger, rules.members());
      state.merge(out, younger.id(), articleId);
    }
    return out;
  }

  /** The article's TF-IDF vector, unit length; the document frequencies count it first. */
  private TermVector vector(List<StoryTerms.Term> terms) {
    Map<String, Integer> tf = new LinkedHashMap<>();
    for (StoryTerms.Term t : terms) tf.merge(t.text(), 1, Integer::sum);
    List<String> distinct = new ArrayList<>(tf.keySet());
    StoryState.Frequencies f = state.count(distinct);
    double[] w = new double[distinct.size()];
    double norm = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = tf.get(distinct.get(i)) * Math.log((f.documents() + 1.0) / (f.byDocument()[i] + 0.5));
      norm += w[i] * w[i];
    }
    double length = Math.sqrt(norm);
    if (length > 0) for (int i = 0; i < w.length; i++) w[i] /= length;
    return TermVector.of(f.ids(), w);
  }

  private List<StoryState.Story> candidates(TermVector v, Instant time) {
    Set<Long> ids = new LinkedHashSet<>(state.recent(v.heaviestTerms(rules.candidateTerms()),
        time == null ? null : time.minus(rules.window()), rules.perTerm()));
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

  /** The story with the article in it; its title is the headline that matched it best. */
  private StoryState.Story joined(StoryState.Story s, TermVector v, Item item, double score) {
    TermVector centroid = s.centroid().plus(v);
    double dot = v.dot(s.centroid());
    Set<String> entities = new HashSet<>(s.entities());
    entities.addAll(item.entities());
    Instant last = s.last() == null || (item.time() != null && item.time().isAfter(s.last())) ? item.time() : s.last();
    boolean title = item.headline() != null && !item.headline().isBlank() && score > s.titleScore();
    List<TermVector> members = new ArrayList<>(rules.members());
    if (!v.isEmpty() && rules.members() > 0) members.add(v);
    for (TermVector m : s.members()) if (members.size() < rules.members()) members.add(m);
    return new StoryState.Story(s.id(), centroid, s.normSquared() + 2 * dot + (v.isEmpty() ? 0 : 1), entities, last,
        s.size() + 1, title ? item.headline() : s.title(), title ? score : s.titleScore(), members);
  }
}
