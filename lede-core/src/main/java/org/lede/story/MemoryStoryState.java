package org.lede.story;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link StoryState} in memory: for evaluations, tests, and the Spark job's replay of one time window. Each term keeps
 * its {@link #PER_TERM} newest stories.
 */
public final class MemoryStoryState implements StoryState {
  static final int PER_TERM = 256;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<Long> frequency = new ArrayList<>();
  private final Map<Integer, ArrayDeque<Long>> postings = new HashMap<>();
  private final List<Story> stories = new ArrayList<>();
  private final Map<String, Long> storyOf = new HashMap<>();
  private final Map<Long, List<String>> articles = new HashMap<>();
  /** Merged story to survivor, kept flat: when a survivor is merged in turn, its redirects follow. */
  private final Map<Long, Long> redirects = new HashMap<>();
  private final Map<Long, List<Long>> redirectedTo = new HashMap<>();
  private long documents;

  /** Returns a state that has seen no article. */
  public MemoryStoryState() {}

  /**
   * Returns a state that counts {@code documents} articles seen before, {@code frequencies} of them having each term,
   * and knows no story: what a window of articles replayed alone needs to weigh terms as one pass over every earlier
   * article would. Terms are given ids in the order of {@code frequencies}.
   */
  public MemoryStoryState(long documents, Map<String, Long> frequencies) {
    this.documents = documents;
    frequencies.forEach((term, df) -> {
      ids.put(term, frequency.size());
      frequency.add(df);
    });
  }

  @Override
  public Frequencies count(List<String> terms) {
    documents++;
    int[] out = new int[terms.size()];
    long[] df = new long[terms.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(terms.get(i), t -> {
        frequency.add(0L);
        return frequency.size() - 1;
      });
      df[i] = frequency.get(out[i]) + 1;
      frequency.set(out[i], df[i]);
    }
    return new Frequencies(documents, out, df);
  }

  @Override
  public List<Long> recent(int[] terms, Instant since, int limit) {
    List<Long> out = new ArrayList<>();
    for (int term : terms) {
      ArrayDeque<Long> list = postings.get(term);
      if (list == null) continue;
      list.stream().map(this::resolve).filter(id -> {
        Instant last = stories.get(id.intValue()).last();
        return since == null || last == null || !last.isBefore(since);
      }).limit(limit).forEach(out::add);
    }
    return out;
  }

  @Override
  public Story story(long id) {
    return id < 0 || id >= stories.size() ? null : stories.get((int) id);
  }

  @Override
  public Long storyOf(String articleId) {
    return storyOf.get(articleId);
  }

  @Override
  public long newStory() {
    stories.add(null);
    return stories.size() - 1;
  }

  @Override
  public void save(Story story, String articleId, String site, Instant time, TermVector vector) {
    stories.set((int) story.id(), story);
    storyOf.put(articleId, story.id());
    articles.computeIfAbsent(story.id(), k -> new ArrayList<>()).add(articleId);
    for (int i = 0; i < vector.size(); i++) {
      ArrayDeque<Long> list = postings.computeIfAbsent(vector.term(i), k -> new ArrayDeque<>());
      list.remove(story.id());
      list.addFirst(story.id());
      if (list.size() > PER_TERM) list.removeLast();
    }
  }

  @Override
  public long resolve(long id) {
    return redirects.getOrDefault(id, id);
  }

  @Override
  public void merge(Story survivor, long absorbed, String articleId) {
    stories.set((int) survivor.id(), survivor);
    stories.set((int) absorbed, null);
    List<String> moved = articles.remove(absorbed);
    if (moved != null) {
      for (String a : moved) storyOf.put(a, survivor.id());
      articles.computeIfAbsent(survivor.id(), k -> new ArrayList<>()).addAll(moved);
    }
    List<Long> earlier = redirectedTo.remove(absorbed);
    List<Long> now = redirectedTo.computeIfAbsent(survivor.id(), k -> new ArrayList<>());
    if (earlier != null) {
      for (long e : earlier) redirects.put(e, survivor.id());
      now.addAll(earlier);
    }
    redirects.put(absorbed, survivor.id());
    now.add(absorbed);
  }

  /** Returns how many stories there are, merged ones left out. */
  public int size() {
    return stories.size() - redirects.size();
  }
}
