package org.lede.spark.corpus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.lede.duplicate.TextSignature;
import scala.Tuple2;

/**
 * Near-duplicates (wire copies) as distributed joins, deciding what {@code lede ingest}'s {@code CopyWriter} decides
 * one article at a time. Articles whose text is signed ({@link TextSignature}) are numbered in ingest order, as the
 * store numbers them; each of an article's {@link TextSignature#BANDS} band keys is a shuffle key, and within a band
 * an article is a candidate of the {@link TextSignature#CANDIDATES_PER_BAND} articles numbered first before it, the
 * ones the store's band lookup returns when it arrives. A candidate pair is verified by the two signatures
 * ({@link TextSignature#sameTextAs}); verified pairs tie their articles into groups ({@link KeyGroups}), and every
 * article of a group points at its earliest (published, else ingested, time; then number) with its similarity to it.
 *
 * <p>Why that is the store's answer: the store joins an arriving article to the group of each verified candidate
 * and points the joined groups at the earliest of them, so its groups are the connected parts of the same verified
 * pairs, each pointing at its earliest member, whatever order the pairs were met in.
 *
 * <p>A band is read as a sorted stream holding its first few articles, so a band that boilerplate shares with
 * millions of articles costs one pass and {@link TextSignature#CANDIDATES_PER_BAND} pairs an article, not a group in
 * memory.
 */
final class CopyLinking {
  static final StructType COPY = StructType.fromDDL("article_id STRING, signature BINARY, words INT,"
      + " first_at BIGINT, ordinal BIGINT, copy_of STRING, similarity DOUBLE");

  private CopyLinking() {}

  /**
   * One signed article.
   *
   * @param ordinal its number among signed articles in ingest order, from 1
   * @param firstAt its published (else updated) time, else the run's ingest time, in epoch milliseconds
   */
  record Signed(long ordinal, String article, byte[] signature, int words, long firstAt) implements Serializable {
    TextSignature text() {
      return TextSignature.fromBytes(signature, words);
    }

    /** Whether this article counts as earlier than {@code o}, as the store orders a group's articles. */
    boolean before(Signed o) {
      return firstAt != o.firstAt ? firstAt < o.firstAt : ordinal < o.ordinal;
    }
  }

  /**
   * Returns one {@link #COPY} row for each signed article of {@code inputs}.
   *
   * @param ingestedAt the time that stands in for a missing published time, as an article's first ingest does in
   *                   the store: one time for the whole run, so that undated articles keep their ingest order
   */
  static JavaRDD<Row> run(JavaRDD<CorpusInput> inputs, long ingestedAt, int partitions) {
    JavaPairRDD<Long, Signed> signed = inputs.filter(in -> in.signature() != null)
        .sortBy(in -> new Ordered("", in.place(), in.n(), 0), true, partitions)
        .zipWithIndex()
        .mapToPair(t -> {
          CorpusInput in = t._1();
          long ordinal = t._2() + 1;
          return new Tuple2<>(ordinal, new Signed(ordinal, in.article(), in.signature(), in.words(),
              in.published() != null ? in.published() : ingestedAt));
        }).persist(StorageLevel.MEMORY_AND_DISK());

    JavaPairRDD<Long, Long> candidates = signed.values().flatMapToPair(s -> {
      List<Tuple2<Ordered, Long>> out = new ArrayList<>(TextSignature.BANDS);
      for (long band : s.text().bands()) out.add(new Tuple2<>(new Ordered(Long.toString(band), s.ordinal(), 0, 0),
          s.ordinal()));
      return out.iterator();
    }).repartitionAndSortWithinPartitions(Ordered.byGroup(partitions), Ordered.ORDER)
        .mapPartitions(BandCandidates::new)
        .mapToPair(pair -> pair)
        .distinct();

    // (later, earlier) with both signatures; verified pairs become ties of two keys
    JavaRDD<List<String>> ties = candidates.join(signed)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .join(signed)
        .filter(t -> t._2()._1().text().sameTextAs(t._2()._2().text()))
        .map(t -> List.of(key(t._2()._1().ordinal()), key(t._1())));
    JavaPairRDD<String, String> groupOf = KeyGroups.of(ties);

    JavaPairRDD<String, Signed> grouped = signed.mapToPair(t -> new Tuple2<>(key(t._1()), t._2()))
        .join(groupOf)
        .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
    JavaPairRDD<String, Signed> originals = grouped.reduceByKey((a, b) -> a.before(b) ? a : b);
    JavaPairRDD<Long, Tuple2<String, Double>> pointers = grouped.join(originals)
        .filter(t -> t._2()._1().ordinal() != t._2()._2().ordinal())
        .mapToPair(t -> {
          Signed copy = t._2()._1();
          Signed original = t._2()._2();
          return new Tuple2<>(copy.ordinal(), new Tuple2<>(original.article(), copy.text().similarity(original.text())));
        });

    return signed.leftOuterJoin(pointers).map(t -> {
      Signed s = t._2()._1();
      Optional<Tuple2<String, Double>> copyOf = t._2()._2();
      return RowFactory.create(s.article(), s.signature(), s.words(), s.firstAt(), s.ordinal(),
          copyOf.isPresent() ? copyOf.get()._1() : null, copyOf.isPresent() ? copyOf.get()._2() : null);
    }).persist(StorageLevel.MEMORY_AND_DISK());
  }

  private static String key(long ordinal) {
    return Long.toString(ordinal);
  }
}
