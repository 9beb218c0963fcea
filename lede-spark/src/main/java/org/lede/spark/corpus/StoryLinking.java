package org.lede.spark.corpus;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.lede.story.MemoryStoryState;
import org.lede.story.StoryClusterer;
import org.lede.story.StoryState;
import org.lede.story.StoryTerms;
import scala.Tuple2;

/**
 * Stories as distributed joins: articles are clustered by {@code lede ingest}'s {@link StoryClusterer} per time window
 * ({@link StoryWindows}), each window's articles replayed in ingest order into a {@link MemoryStoryState} seeded with
 * the corpus-wide document frequencies of their terms up to the window's start (per-day term counts summed, one
 * shuffle by term), so a term weighs in a window what it weighed in the single pass over a corpus ingested in time
 * order. An article replayed in two windows (the overlap) ties the stories it joined in each, and a copy ties its story
 * to its original's; the stories so tied are one ({@link KeyGroups}). Each story is numbered by its first article in
 * ingest order, as the store numbers stories as they start, so the oldest of the stories merged keeps the smallest id.
 *
 * <p>Where it differs from one pass: a story is compared only with what its window and the overlap hold, so a story
 * open longer than the overlap is continued by the overlap's articles alone, and two stories kept apart in one window
 * are still one when an overlap article joined both; undated articles are clustered among themselves after every
 * dated one; the store keeps a story's 300 heaviest terms where memory keeps all.
 */
final class StoryLinking {
  static final StructType STORY = StructType.fromDDL("id BIGINT, title STRING, first_at BIGINT, last_at BIGINT,"
      + " size INT, outlets INT");
  static final StructType STORY_ARTICLE = StructType.fromDDL("article_id STRING, story_id BIGINT, site STRING,"
      + " published_at BIGINT");
  /** A week, replayed with the days a story stays open before it ({@link StoryClusterer.Rules#window}). */
  static final StoryWindows WINDOWS = new StoryWindows(7, (int) StoryClusterer.Rules.standard().window().toDays());

  private StoryLinking() {}

  /**
   * One article as clustering sees it.
   *
   * @param terms its distinct story terms, for the document frequencies
   */
  record Item(long place, long n, String article, String site, String headline, String lead, Long published,
      String copyOf, List<String> entities, List<String> terms) implements Serializable {
    StoryClusterer.Item clustered() {
      return new StoryClusterer.Item(article, site, headline, lead,
          published == null ? null : Instant.ofEpochMilli(published), copyOf, new HashSet<>(entities));
    }
  }

  /** What one window replays: its terms' earlier document frequencies (first), or one of its articles. */
  record Entry(long window, Map<String, Long> frequencies, Item item) implements Serializable {}

  /**
   * Where one replay put an article.
   *
   * @param node  the window's story, {@code window:story}
   * @param owned whether the window is the article's own (else it was replayed there as the overlap)
   */
  record Placed(Item item, String node, boolean owned, String title, double titleScore) implements Serializable {}

  /** The stories found: {@link #STORY} rows and {@link #STORY_ARTICLE} rows. */
  record Stories(JavaRDD<Row> stories, JavaRDD<Row> articles) {}

  static Stories run(JavaRDD<CorpusInput> inputs, JavaRDD<Row> mentions, JavaRDD<Row> copies, int partitions) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(inputs.context());
    JavaPairRDD<String, Iterable<String>> entities = mentions
        .mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(2))).groupByKey(partitions);
    JavaPairRDD<String, String> copyOf = copies.filter(r -> !r.isNullAt(5))
        .mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(5)));
    JavaRDD<Item> items = inputs.mapToPair(in -> new Tuple2<>(in.article(), in))
        .leftOuterJoin(entities, partitions).leftOuterJoin(copyOf, partitions).map(t -> {
          CorpusInput in = t._2()._1()._1();
          List<String> named = new ArrayList<>();
          if (t._2()._1()._2().isPresent()) t._2()._1()._2().get().forEach(named::add);
          Set<String> terms = new LinkedHashSet<>();
          for (StoryTerms.Term term : StoryTerms.of(in.headline(), in.lead())) terms.add(term.text());
          return new Item(in.place(), in.n(), in.article(), in.site(), in.headline(), in.lead(), in.published(),
              t._2()._2().orElse(null), named, List.copyOf(terms));
        }).persist(StorageLevel.MEMORY_AND_DISK());

    // articles a day and each term's articles a day: what every window's weights are summed from
    TreeMap<Long, Long> perDay = new TreeMap<>(items.filter(i -> i.published() != null)
        .mapToPair(i -> new Tuple2<>(StoryWindows.day(i.published()), 1L)).reduceByKey(Long::sum).collectAsMap());
    Broadcast<TreeMap<Long, Long>> days = jsc.broadcast(perDay);
    JavaPairRDD<String, Tuple2<Long, Long>> termDays = items.filter(i -> i.published() != null)
        .flatMapToPair(i -> i.terms().stream()
            .map(t -> new Tuple2<>(new Tuple2<>(t, StoryWindows.day(i.published())), 1L)).iterator())
        .reduceByKey(Long::sum, partitions).mapToPair(t -> new Tuple2<>(t._1()._1(), new Tuple2<>(t._1()._2(), t._2())));
    JavaPairRDD<String, Long> needed = items.flatMapToPair(i -> {
      List<Tuple2<String, Long>> out = new ArrayList<>();
      for (long w : WINDOWS.replaying(i.published())) for (String t : i.terms()) out.add(new Tuple2<>(t, w));
      return out.iterator();
    }).distinct(partitions);
    JavaRDD<Tuple2<Ordered, Entry>> seeds = needed.cogroup(termDays, partitions).flatMapToPair(t -> {
      List<Tuple2<Long, Tuple2<String, Long>>> out = new ArrayList<>();
      long[][] counted = prefixSums(t._2()._2());
      for (long w : t._2()._1()) {
        long df = before(counted, WINDOWS.start(w));
        if (df > 0) out.add(new Tuple2<>(w, new Tuple2<>(t._1(), df)));
      }
      return out.iterator();
    }).groupByKey(partitions).map(t -> {
      Map<String, Long> frequencies = new HashMap<>();
      for (Tuple2<String, Long> f : t._2()) frequencies.put(f._1(), f._2());
      return new Tuple2<>(new Ordered(Long.toString(t._1()), -1, 0, 0), new Entry(t._1(), frequencies, null));
    });
    JavaRDD<Tuple2<Ordered, Entry>> replayed = items.flatMap(i -> {
      List<Tuple2<Ordered, Entry>> out = new ArrayList<>(2);
      for (long w : WINDOWS.replaying(i.published())) {
        out.add(new Tuple2<>(new Ordered(Long.toString(w), i.place(), i.n(), 0), new Entry(w, null, i)));
      }
      return out.iterator();
    });
    JavaRDD<Placed> placed = JavaPairRDD.fromJavaRDD(seeds.union(replayed))
        .repartitionAndSortWithinPartitions(Ordered.byGroup(partitions), Ordered.ORDER)
        .mapPartitions(part -> new GroupReplay<Entry, Placed>(part, window -> replay(window, days.value())))
        .persist(StorageLevel.MEMORY_AND_DISK());

    // stories tied by an article replayed in two windows, or by a copy to its original's, are one
    JavaPairRDD<String, String> ownNode = placed.filter(Placed::owned)
        .mapToPair(p -> new Tuple2<>(p.item().article(), p.node()));
    JavaRDD<List<String>> overlapTies = placed.mapToPair(p -> new Tuple2<>(p.item().article(), p.node()))
        .groupByKey(partitions).map(t -> {
          List<String> nodes = new ArrayList<>();
          t._2().forEach(nodes::add);
          return nodes;
        });
    JavaRDD<List<String>> copyTies = placed.filter(p -> p.owned() && p.item().copyOf() != null)
        .mapToPair(p -> new Tuple2<>(p.item().copyOf(), p.node())).join(ownNode, partitions)
        .map(t -> List.of(t._2()._1(), t._2()._2()));
    JavaPairRDD<String, String> groupOfNode = KeyGroups.of(overlapTies.union(copyTies));

    JavaPairRDD<String, Placed> owned = placed.filter(Placed::owned).mapToPair(p -> new Tuple2<>(p.node(), p))
        .leftOuterJoin(groupOfNode, partitions)
        .mapToPair(t -> new Tuple2<>(KeyGroups.groupOf(t._1(), t._2()._2()), t._2()._1()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    // numbered by their first article in ingest order, as the store numbers stories when they start
    JavaPairRDD<String, Long> ids = owned.mapValues(p -> new long[] {p.item().place(), p.item().n()})
        .reduceByKey((a, b) -> a[0] != b[0] ? (a[0] < b[0] ? a : b) : (a[1] <= b[1] ? a : b), partitions)
        .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
        .sortByKey(new FirstArticleOrder(), true, partitions).values().zipWithIndex()
        .mapToPair(t -> new Tuple2<>(t._1(), t._2() + 1));
    JavaPairRDD<String, Tuple2<Placed, Long>> numbered = owned.join(ids, partitions)
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Row> articles = numbered.values().map(t -> RowFactory.create(t._1().item().article(), t._2(),
        t._1().item().site(), t._1().item().published()));
    // the title the window's story gave its best matching headline; among tied stories, the best of those
    JavaPairRDD<String, Placed> titled = placed.mapToPair(p -> new Tuple2<>(p.node(), p))
        .reduceByKey((a, b) -> a)
        .leftOuterJoin(groupOfNode, partitions)
        .mapToPair(t -> new Tuple2<>(KeyGroups.groupOf(t._1(), t._2()._2()), t._2()._1()))
        .reduceByKey((a, b) -> a.title() == null || b.title() != null && b.titleScore() > a.titleScore() ? b : a,
            partitions);
    JavaRDD<Row> stories = numbered.mapToPair(t -> new Tuple2<>(t._1(), new Summary(t._2()._2(), t._2()._1().item())))
        .reduceByKey(Summary::plus, partitions).join(titled, partitions)
        .map(t -> t._2()._1().row(t._2()._2().title()));
    return new Stories(stories, articles);
  }

  /** Replays one window's articles in ingest order into a clusterer seeded with the weights before the window. */
  private static List<Placed> replay(List<Entry> window, TreeMap<Long, Long> perDay) {
    long w = window.getFirst().window();
    Map<String, Long> frequencies = window.getFirst().item() == null ? window.getFirst().frequencies() : Map.of();
    MemoryStoryState state = new MemoryStoryState(WINDOWS.before(w, perDay), frequencies);
    StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Rules.standard(), state);
    List<Item> items = new ArrayList<>(window.size());
    for (Entry e : window) {
      if (e.item() == null) continue;
      try {
        clusterer.add(e.item().clustered());
        items.add(e.item());
      } catch (RuntimeException ex) {
        // lede ingest rolls such an article back; here it is in no story and the window goes on
        System.err.println("lede spark: " + e.item().article() + " not clustered: " + ex);
      }
    }
    List<Placed> out = new ArrayList<>(items.size());
    for (Item i : items) {
      long story = state.resolve(state.storyOf(i.article()));
      StoryState.Story s = state.story(story);
      out.add(new Placed(i, w + ":" + story, WINDOWS.owner(i.published()) == w, s == null ? null : s.title(),
          s == null ? 0 : s.titleScore()));
    }
    return out;
  }

  /** A term's (day, articles) pairs as days ascending and the articles up to and including each day. */
  private static long[][] prefixSums(Iterable<Tuple2<Long, Long>> perDay) {
    List<Tuple2<Long, Long>> sorted = new ArrayList<>();
    perDay.forEach(sorted::add);
    sorted.sort((a, b) -> Long.compare(a._1(), b._1()));
    long[] dayOf = new long[sorted.size()];
    long[] upTo = new long[sorted.size()];
    long sum = 0;
    for (int i = 0; i < dayOf.length; i++) {
      dayOf[i] = sorted.get(i)._1();
      upTo[i] = sum += sorted.get(i)._2();
    }
    return new long[][] {dayOf, upTo};
  }

  /** The articles of a term published before day {@code start}, from {@link #prefixSums}. */
  private static long before(long[][] counted, long start) {
    int at = Arrays.binarySearch(counted[0], start);
    int below = at >= 0 ? at : -at - 1; // days before start
    return below == 0 ? 0 : counted[1][below - 1];
  }

  /** What a story's row sums over its articles. */
  record Summary(long id, Long first, Long last, int size, Set<String> sites) implements Serializable {
    Summary(long id, Item i) {
      this(id, i.published(), i.published(), 1, i.site() == null ? Set.of() : Set.of(i.site()));
    }

    Summary plus(Summary o) {
      Set<String> both = new HashSet<>(sites);
      both.addAll(o.sites);
      return new Summary(id, min(first, o.first), max(last, o.last), size + o.size, both);
    }

    Row row(String title) {
      return RowFactory.create(id, title, first, last, size, sites.size());
    }

    // an undated article has no time: the other's stands (if-statements, as a ternary would unbox the null)
    private static Long min(Long a, Long b) {
      if (a == null) return b;
      if (b == null) return a;
      return Math.min(a, b);
    }

    private static Long max(Long a, Long b) {
      if (a == null) return b;
      if (b == null) return a;
      return Math.max(a, b);
    }
  }

  /** Orders {@code {place, n}} pairs as {@code lede ingest} reads articles. */
  private static final class FirstArticleOrder implements java.util.Comparator<long[]>, Serializable {
    @Override
    public int compare(long[] a, long[] b) {
      return a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]);
    }
  }
}
