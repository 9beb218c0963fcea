package org.lede.story;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Where {@link StoryClusterer} keeps what it knows: term statistics, stories and the term index that finds them.
 * In memory for evaluations ({@link MemoryStoryState}); in the store's tables at ingest. Every call is a lookup by
 * key, bounded by its limit.
 */
public interface StoryState {
  /**
   * One story as clustering compares with it.
   *
   * @param centroid    the sum of its articles' unit TF-IDF vectors (a store may keep only its heaviest terms)
   * @param normSquared the centroid's squared length
   * @param entities    the entities its articles name
   * @param last        its latest article's time, or null
   * @param members     the unit TF-IDF vectors of its latest articles, newest first, at most
   *                    {@link StoryClusterer.Rules#members}: an article must be close to one of them to join
   */
  record Story(long id, TermVector centroid, double normSquared, Set<String> entities, Instant last, int size,
      String title, double titleScore, List<TermVector> members) {
    public Story {
      members = List.copyOf(members);
    }
  }

  /**
   * Counts one more article having {@code terms} (distinct); returns each term's id and document frequency, in the
   * order given, and the article count. A term seen for the first time is given an id here.
   */
  Frequencies count(List<String> terms);

  /**
   * Document frequencies after counting one article.
   *
   * @param ids        each counted term's id, in the order the terms were given
   * @param byDocument each counted term's document frequency, in the same order
   */
  record Frequencies(long documents, int[] ids, long[] byDocument) {}

  /**
   * Returns, for each of {@code terms} in turn, the ids of at most {@code limit} stories most recently joined by an
   * article with that term, newest first, leaving out those whose latest article is before {@code since} (null: none
   * left out). A story since merged into another is given as the one it is now ({@link #resolve}), so an id may come
   * more than once. One call for all of an article's terms, as a store answers them in one query.
   */
  List<Long> recent(int[] terms, Instant since, int limit);

  /** Returns story {@code id}, or null when there is none (or it was merged into another). */
  Story story(long id);

  /** Returns the story article {@code articleId} is in, or null. */
  Long storyOf(String articleId);

  /** Returns a new story's id. */
  long newStory();

  /**
   * Saves {@code story} as it is after article {@code articleId} joined it at {@code time} with {@code vector}: the
   * story itself, the article's place in it, and the term index for the vector's terms. When the story has members,
   * the newest ({@code story.members().getFirst()}) is the article's vector, unless that is empty.
   */
  void save(Story story, String articleId, String site, Instant time, TermVector vector);

  /** Returns the id story {@code id} goes by now: its own, or that of the story it was merged into. */
  long resolve(long id);

  /**
   * Merges story {@code absorbed} into {@code survivor} (as {@link StoryMerge#of} made it) because article
   * {@code articleId} tied them: the absorbed story's articles move to the survivor, and its id redirects there from
   * now on, also when the survivor is merged again.
   */
  void merge(Story survivor, long absorbed, String articleId);
}
