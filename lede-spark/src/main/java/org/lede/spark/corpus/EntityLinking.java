package org.lede.spark.corpus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.lede.entity.CorpusLinker;
import org.lede.entity.EntityProfile;
import org.lede.entity.LinkMember;
import scala.Tuple2;

/**
 * Entity linking as distributed joins: every article entity is keyed by what its decision may touch
 * ({@link CorpusLinker#reach}: a person's surname, another entity's names and aliases); the members whose keys meet
 * form a group ({@link KeyGroups}); each group's members are shuffled together, sorted in {@code lede ingest}'s order
 * and linked by the same {@link CorpusLinker} over a state that answers as the store's tables do
 * ({@link GroupLinkState}). A surname alone is thus decided against every bearer the single-machine linker had met
 * by then, and re-decided when a new bearer appears, exactly as there; groups are independent, so they run in
 * parallel.
 */
final class EntityLinking {
  static final StructType ENTITY = StructType.fromDDL("id STRING, type STRING, name STRING, aliases ARRAY<STRING>,"
      + " titles ARRAY<STRING>, roles ARRAY<STRING>, mentions INT, articles INT, quotes INT, first_seen BIGINT,"
      + " last_seen BIGINT, merged_into STRING, profile STRING");
  static final StructType MENTION = StructType.fromDDL("article_id STRING, local_id STRING, entity_id STRING,"
      + " name STRING, type STRING, reason STRING, mentions INT, quotes INT, published_at BIGINT");
  /**
   * The keys an entity is found by (the store's {@code entity_key}), with its rank: the whole part of log2 of its
   * mentions, as the store ranks a key so that a common surname's most mentioned bearer is read first.
   */
  static final StructType KEY = StructType.fromDDL("key STRING, entity_id STRING, rank INT");

  private EntityLinking() {}

  /** One article entity where it stands in the order of its article and input. */
  record MemberAt(long place, long n, int item, String article, Long published, CorpusInput.Member member)
      implements Serializable {
    LinkMember linkMember() {
      return new CorpusInput(place, n, article, null, published, List.of(), List.of(), null, 0, null, null)
          .linkMember(member);
    }
  }

  /** Which table a row of output goes to. */
  enum Table { ENTITY, MENTION, KEY }

  /** A row of output and its table. */
  record Tagged(Table table, Row row) implements Serializable {}

  /**
   * The linked corpus.
   *
   * @param entities {@link #ENTITY} rows, live and merged
   * @param mentions {@link #MENTION} rows, one per article entity
   * @param keys     {@link #KEY} rows, each live entity's keys
   * @param counts   groups and live entities, counted once the rows are computed
   */
  record Linked(JavaRDD<Row> entities, JavaRDD<Row> mentions, JavaRDD<Row> keys, Counts counts) {
    /** Each article entity, keyed {@code articleId + "\0" + localId}, mapped to its corpus entity. */
    JavaPairRDD<String, String> links() {
      return mentions.mapToPair(r -> new Tuple2<>(r.getString(0) + "\u0000" + r.getString(1), r.getString(2)));
    }
  }

  /** What the linking tasks counted: groups linked, live entities made. */
  record Counts(LongAccumulator groups, LongAccumulator entities) implements Serializable {}

  static Linked run(JavaRDD<CorpusInput> inputs, int partitions) {
    SparkContext sc = inputs.context();
    Counts counts = new Counts(sc.longAccumulator("lede.corpus.groups"), sc.longAccumulator("lede.corpus.entities"));
    JavaRDD<MemberAt> members = inputs.flatMap(in -> {
      List<MemberAt> out = new ArrayList<>(in.members().size());
      for (int i = 0; i < in.members().size(); i++) {
        out.add(new MemberAt(in.place(), in.n(), i, in.article(), in.published(), in.members().get(i)));
      }
      return out.iterator();
    });
    JavaPairRDD<List<String>, MemberAt> keyed = members
        .mapToPair(m -> new Tuple2<>(List.copyOf(CorpusLinker.reach(m.linkMember())), m))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> groupOfKey = KeyGroups.of(keyed.keys());
    JavaPairRDD<Ordered, MemberAt> placed = keyed
        .mapToPair(t -> new Tuple2<>(t._1().getFirst(), t._2()))
        .leftOuterJoin(groupOfKey)
        .mapToPair(t -> new Tuple2<>(new Ordered(KeyGroups.groupOf(t._1(), t._2()._2()), t._2()._1().place(),
            t._2()._1().n(), t._2()._1().item()), t._2()._1()));
    JavaRDD<Tagged> rows = placed.repartitionAndSortWithinPartitions(Ordered.byGroup(partitions), Ordered.ORDER)
        .mapPartitions(part -> new GroupReplay<MemberAt, Tagged>(part, group -> link(group, counts)))
        .persist(StorageLevel.MEMORY_AND_DISK());
    return new Linked(rows.filter(t -> t.table() == Table.ENTITY).map(Tagged::row),
        rows.filter(t -> t.table() == Table.MENTION).map(Tagged::row),
        rows.filter(t -> t.table() == Table.KEY).map(Tagged::row), counts);
  }

  /** Links one group's members in order, as one linker over one store would. */
  private static List<Tagged> link(List<MemberAt> group, Counts counts) {
    counts.groups().add(1);
    GroupLinkState state = new GroupLinkState();
    for (MemberAt m : group) {
      try {
        CorpusLinker.standard().link(m.linkMember(), state);
      } catch (RuntimeException e) {
        // lede ingest rolls such an article back; here its entity stays unlinked and the group goes on
        System.err.println("lede spark: entity " + m.member().local() + " of " + m.article() + " not linked: " + e);
      }
    }
    List<Tagged> out = new ArrayList<>();
    counts.entities().add(state.entities().size());
    for (EntityProfile p : state.entities()) {
      out.add(new Tagged(Table.ENTITY, entity(p, p.mentions(), p.articles(), p.quotes(), null)));
      int rank = rank(p.mentions());
      for (String key : state.keysOfEntities().getOrDefault(p.id(), java.util.Set.of())) {
        out.add(new Tagged(Table.KEY, RowFactory.create(key, p.id(), rank)));
      }
    }
    Map<String, String> merged = state.merged();
    state.retired().forEach((id, p) -> out.add(new Tagged(Table.ENTITY, entity(p, 0, 0, 0, merged.get(id)))));
    for (LinkMember m : state.linked()) {
      out.add(new Tagged(Table.MENTION, RowFactory.create(m.articleId(), m.localId(), m.entityId(), m.name(), m.type().name(),
          m.reason().name(), m.mentions(), m.quotes(), m.published() == null ? null : m.published().toEpochMilli())));
    }
    return out;
  }

  /** The store's rank of a key: {@code CAST(log2(MAX(mentions, 1)) AS INTEGER)}. */
  static int rank(int mentions) {
    return 31 - Integer.numberOfLeadingZeros(Math.max(mentions, 1));
  }

  private static Row entity(EntityProfile p, int mentions, int articles, int quotes, String mergedInto) {
    return RowFactory.create(p.id(), p.type().name(), p.name(), p.aliases().toArray(String[]::new),
        p.titles().toArray(String[]::new), p.roles().toArray(String[]::new), mentions, articles, quotes,
        p.firstSeen() == null ? null : p.firstSeen().toEpochMilli(),
        p.lastSeen() == null ? null : p.lastSeen().toEpochMilli(), mergedInto, p.toJson());
  }
}
