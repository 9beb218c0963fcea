package org.lede.spark.corpus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.lede.quote.QuoteFingerprint;
import scala.Tuple2;

/**
 * Corpus quotes as distributed joins: each article quote is keyed by its fingerprint keys
 * ({@link QuoteFingerprint#keys}) under its speaker (the corpus entity, else the name in any case, else nobody), the
 * quotes whose keys meet form a group ({@link KeyGroups}), and each group is read in {@code lede ingest}'s order as
 * the store does: a quote joins the first earlier corpus quote, by number, that holds one of its keys and whose
 * words it repeats ({@link QuoteFingerprint#same}); else it starts one, whose keys are its own. A corpus quote's
 * first carrier is its earliest published (undated last), then the earliest read; its outlets are its carriers'
 * distinct sites (an article without a site counts as its own); its number follows the order its first words were
 * read in, as the store's do.
 */
final class QuoteKeying {
  static final StructType CORPUS_QUOTE = StructType.fromDDL("id BIGINT, speaker_id STRING, speaker_name STRING,"
      + " kind STRING, text STRING, words STRING, first_article STRING, first_ordinal INT, first_published BIGINT,"
      + " carriers INT, outlets INT");
  static final StructType QUOTE_CARRIER = StructType.fromDDL("article_id STRING, ordinal INT, quote_id BIGINT,"
      + " speaker_local STRING, site STRING, published_at BIGINT");
  static final StructType QUOTE_KEY = StructType.fromDDL("key BIGINT, quote_id BIGINT");

  private QuoteKeying() {}

  /** One article quote where it stands, with its speaker's corpus entity. */
  record QuoteAt(long place, long n, int ordinal, String article, String site, Long published, String text,
      String kind, String speakerLocal, String speakerId, String speakerName) implements Serializable {
    /** Who said it, as the store compares speakers: the entity, else the name in any case, else nobody. */
    String speaker() {
      if (speakerId != null) return "E|" + speakerId;
      return speakerName == null ? "-" : "N|" + speakerName.toLowerCase(Locale.ROOT);
    }

    String ref() {
      return article + "\u0000" + ordinal;
    }

    boolean before(QuoteAt o) {
      if (place != o.place) return place < o.place;
      if (n != o.n) return n < o.n;
      return ordinal < o.ordinal;
    }
  }

  /** A quote with the corpus quote it joined (by its first quote's {@link QuoteAt#ref}), and whether it started it. */
  record Carried(QuoteAt quote, String leader, boolean first, long[] keys) implements Serializable {}

  /**
   * The corpus quotes.
   *
   * @param quotes   {@link #CORPUS_QUOTE} rows
   * @param carriers {@link #QUOTE_CARRIER} rows
   * @param keys     {@link #QUOTE_KEY} rows: the keys each corpus quote is found by
   */
  record Keyed(JavaRDD<Row> quotes, JavaRDD<Row> carriers, JavaRDD<Row> keys) {}

  static Keyed run(JavaRDD<CorpusInput> inputs, JavaPairRDD<String, String> links, int partitions) {
    JavaPairRDD<String, QuoteAt> bySpeakerLocal = inputs.flatMapToPair(in -> {
      List<Tuple2<String, QuoteAt>> out = new ArrayList<>();
      for (CorpusInput.Said s : in.quotes()) {
        QuoteAt q = new QuoteAt(in.place(), in.n(), s.ordinal(), in.article(), in.site(), in.published(), s.text(),
            s.kind(), s.speakerLocal(), null, s.speakerName());
        out.add(new Tuple2<>(s.speakerLocal() == null ? "" : in.article() + "\u0000" + s.speakerLocal(), q));
      }
      return out.iterator();
    });
    JavaPairRDD<List<String>, QuoteAt> keyed = bySpeakerLocal.leftOuterJoin(links).map(t -> {
      QuoteAt q = t._2()._1();
      Optional<String> id = t._2()._2();
      return new QuoteAt(q.place(), q.n(), q.ordinal(), q.article(), q.site(), q.published(), q.text(), q.kind(),
          q.speakerLocal(), id.isPresent() ? id.get() : null, q.speakerName());
    }).mapToPair(q -> {
      List<String> keys = new ArrayList<>();
      for (long k : QuoteFingerprint.keys(QuoteFingerprint.words(q.text()))) keys.add(q.speaker() + "#" + k);
      return new Tuple2<>(keys, q);
    }).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> groupOfKey = KeyGroups.of(keyed.keys());
    JavaRDD<Carried> carried = keyed.mapToPair(t -> new Tuple2<>(t._1().getFirst(), t._2()))
        .leftOuterJoin(groupOfKey)
        .mapToPair(t -> new Tuple2<>(new Ordered(KeyGroups.groupOf(t._1(), t._2()._2()), t._2()._1().place(),
            t._2()._1().n(), t._2()._1().ordinal()), t._2()._1()))
        .repartitionAndSortWithinPartitions(Ordered.byGroup(partitions), Ordered.ORDER)
        .mapPartitions(part -> new GroupReplay<QuoteAt, Carried>(part, QuoteKeying::key))
        .persist(StorageLevel.MEMORY_AND_DISK());

    JavaPairRDD<String, Long> numbers = carried.filter(Carried::first)
        .sortBy(c -> new Ordered("", c.quote().place(), c.quote().n(), c.quote().ordinal()), true, partitions)
        .zipWithIndex().mapToPair(t -> new Tuple2<>(t._1().leader(), t._2() + 1));
    JavaPairRDD<String, Tuple2<Carried, Long>> numbered = carried.mapToPair(c -> new Tuple2<>(c.leader(), c))
        .join(numbers).persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Row> carriers = numbered.values().map(t -> {
      QuoteAt q = t._1().quote();
      return RowFactory.create(q.article(), q.ordinal(), t._2(), q.speakerLocal(), q.site(), q.published());
    });
    JavaRDD<Row> keys = numbered.values().filter(t -> t._1().first()).flatMap(t -> {
      List<Row> out = new ArrayList<>();
      for (long k : t._1().keys()) out.add(RowFactory.create(k, t._2()));
      return out.iterator();
    });
    JavaRDD<Row> quotes = numbered.values().mapToPair(t -> new Tuple2<>(t._2(), t._1())).groupByKey()
        .map(t -> quote(t._1(), t._2()));
    return new Keyed(quotes, carriers, keys);
  }

  /** Reads one group's quotes in order, as the store's {@code CorpusWriter.carry} does each. */
  private static List<Carried> key(List<QuoteAt> group) {
    List<QuoteAt> leaders = new ArrayList<>();
    List<List<String>> leaderWords = new ArrayList<>();
    Map<Long, List<Integer>> byKey = new HashMap<>();
    List<Carried> out = new ArrayList<>(group.size());
    for (QuoteAt q : group) {
      List<String> words = QuoteFingerprint.words(q.text());
      long[] keys = QuoteFingerprint.keys(words);
      Set<Integer> candidates = new TreeSet<>();
      for (long k : keys) candidates.addAll(byKey.getOrDefault(k, List.of()));
      Integer found = null;
      for (int c : candidates) {
        if (QuoteFingerprint.same(words, leaderWords.get(c))) {
          found = c;
          break;
        }
      }
      if (found != null) {
        out.add(new Carried(q, leaders.get(found).ref(), false, keys));
        continue;
      }
      int at = leaders.size();
      leaders.add(q);
      leaderWords.add(words);
      Set<Long> seen = new HashSet<>();
      for (long k : keys) if (seen.add(k)) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(at);
      out.add(new Carried(q, q.ref(), true, keys));
    }
    return out;
  }

  private static final Comparator<QuoteAt> FIRST_CARRIER = Comparator
      .comparing((QuoteAt q) -> q.published() == null)
      .thenComparing(q -> q.published() == null ? 0L : q.published())
      .thenComparingLong(QuoteAt::place).thenComparingLong(QuoteAt::n).thenComparingInt(QuoteAt::ordinal);

  private static Row quote(long id, Iterable<Carried> carriers) {
    QuoteAt leader = null;
    QuoteAt first = null;
    int count = 0;
    Set<String> outlets = new HashSet<>();
    for (Carried c : carriers) {
      if (c.first()) leader = c.quote();
      if (first == null || FIRST_CARRIER.compare(c.quote(), first) < 0) first = c.quote();
      count++;
      outlets.add(c.quote().site() != null ? c.quote().site() : c.quote().article());
    }
    return RowFactory.create(id, leader.speakerId(), leader.speakerName(), leader.kind(), leader.text(),
        String.join(" ", QuoteFingerprint.words(leader.text())), first.article(), first.ordinal(), first.published(),
        count, outlets.size());
  }
}
