package org.lede.corpus;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lede.entity.EntityProfile;
import org.lede.entity.EntityType;
import org.lede.entity.LinkMember;
import org.lede.entity.LinkReason;
import org.lede.entity.LinkState;
import org.lede.store.StoreException;

/**
 * The corpus linker's state in the store's tables, on the writer connection inside the ingest transaction. Each
 * call reads or writes the rows of one key, entity or article through an index. The profiles read lately are kept
 * parsed ({@link #CACHED} of them), so the people in the news every day are not read and parsed again for every
 * article that names them; a profile changed again and again while one article is linked is written once, at
 * {@link #flush()} (a new one is written at once, so the lookups that join on its row find it). A rolled-back write
 * must call {@link #forget()}: the kept profiles may hold what it undid.
 *
 * <p>Used under the writer's monitor, like the connection; not thread-safe.
 */
final class SqliteLinkState implements LinkState {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Statements sql;
  static final int CACHED = 8192;

  private final java.util.Set<String> unsaved = new java.util.LinkedHashSet<>();
  private final Map<String, EntityProfile> profiles = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, EntityProfile> eldest) {
      // a profile changed and not yet written stays until flush() writes it
      return size() > CACHED && !unsaved.contains(eldest.getKey());
    }
  };
  private long seq;

  SqliteLinkState(Statements sql, long seq) {
    this.sql = sql;
    this.seq = seq;
  }

  /** Returns the next order number: rows of the corpus tables are ordered by it, the same on every run. */
  long nextSeq() {
    return ++seq;
  }

  /** Returns the last order number handed out. */
  long seq() {
    return seq;
  }

  /** Continues numbering after {@code last}, forgetting what was read: after a rollback, or on open. */
  void restart(long last) {
    seq = last;
    forget();
  }

  /** Forgets every kept profile and unwritten change, after a rollback: the next article reads them afresh. */
  void forget() {
    profiles.clear();
    unsaved.clear();
  }

  /** Writes the profiles changed since they were last written. */
  void flush() {
    for (String id : unsaved) write(profiles.get(id));
    unsaved.clear();
  }

  @Override
  public List<String> lookup(String key) {
    return query(() -> {
      sql.lookup.setString(1, key);
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = sql.lookup.executeQuery()) {
        while (rs.next()) ids.add(rs.getString(1));
      }
      return ids;
    });
  }

  @Override
  public List<String> lookup(String key, int limit) {
    return query(() -> {
      sql.lookupTop.setString(1, key);
      sql.lookupTop.setInt(2, limit);
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = sql.lookupTop.executeQuery()) {
        while (rs.next()) ids.add(rs.getString(1));
      }
      return ids;
    });
  }

  @Override
  public void addKey(String key, String id) {
    update(() -> {
      sql.addKey.setString(1, key);
      sql.addKey.setString(2, id);
      sql.addKey.setLong(3, ++seq);
      sql.addKey.setString(4, id);
      sql.addKey.executeUpdate();
    });
  }

  @Override
  public Optional<EntityProfile> profile(String id) {
    EntityProfile cached = profiles.get(id);
    if (cached != null) return Optional.of(cached);
    return query(() -> {
      sql.profile.setString(1, id);
      try (ResultSet rs = sql.profile.executeQuery()) {
        if (!rs.next()) return Optional.<EntityProfile>empty();
        EntityProfile p = EntityProfile.fromJson(id, rs.getString(1));
        profiles.put(id, p);
        return Optional.of(p);
      }
    });
  }

  @Override
  public void save(EntityProfile p) {
    if (profiles.put(p.id(), p) != null) {
      unsaved.add(p.id());
      return;
    }
    write(p);
  }

  private void write(EntityProfile p) {
    update(() -> {
      PreparedStatement ps = sql.saveEntity;
      ps.setString(1, p.id());
      ps.setString(2, p.type().name());
      ps.setString(3, p.name());
      ps.setInt(4, p.mentions());
      ps.setInt(5, p.articles());
      ps.setInt(6, p.quotes());
      setInstant(ps, 7, p.firstSeen());
      setInstant(ps, 8, p.lastSeen());
      ps.setString(9, p.toJson());
      ps.executeUpdate();
    });
  }

  @Override
  public boolean idTaken(String id) {
    return query(() -> {
      sql.idTaken.setString(1, id);
      try (ResultSet rs = sql.idTaken.executeQuery()) {
        return rs.next();
      }
    });
  }

  @Override
  public void addMember(LinkMember m) {
    update(() -> {
      PreparedStatement ps = sql.addMember;
      ps.setString(1, m.articleId());
      ps.setString(2, m.localId());
      ps.setString(3, m.entityId());
      ps.setLong(4, ++seq);
      ps.setString(5, m.name());
      ps.setString(6, m.type().name());
      ps.setString(7, m.reason().name());
      ps.setInt(8, m.mentions());
      ps.setInt(9, m.quotes());
      setInstant(ps, 10, m.published());
      ps.setString(11, evidence(m));
      ps.executeUpdate();
      count(m, m.entityId(), 1);
    });
  }

  /** Adds {@code sign} times member {@code m}'s mentions to entity {@code id}'s day, when {@code m} is dated. */
  private void count(LinkMember m, String id, int sign) throws SQLException {
    if (m.published() == null) return;
    sql.addDay.setString(1, id);
    sql.addDay.setLong(2, Math.floorDiv(m.published().toEpochMilli(), 86_400_000L));
    sql.addDay.setInt(3, sign * m.mentions());
    sql.addDay.setInt(4, sign);
    sql.addDay.executeUpdate();
  }

  @Override
  public void moveMember(LinkMember m) {
    update(() -> {
      String before = null;
      sql.memberEntity.setString(1, m.articleId());
      sql.memberEntity.setString(2, m.localId());
      try (ResultSet rs = sql.memberEntity.executeQuery()) {
        if (rs.next()) before = rs.getString(1);
      }
      sql.moveMember.setString(1, m.entityId());
      sql.moveMember.setString(2, m.reason().name());
      sql.moveMember.setString(3, m.articleId());
      sql.moveMember.setString(4, m.localId());
      sql.moveMember.executeUpdate();
      if (before != null && !before.equals(m.entityId())) {
        count(m, before, -1);
        count(m, m.entityId(), 1);
        // what this article's entity said goes with it
        sql.moveSpeaker.setString(1, m.entityId());
        sql.moveSpeaker.setString(2, before);
        sql.moveSpeaker.setString(3, m.articleId());
        sql.moveSpeaker.setString(4, m.localId());
        sql.moveSpeaker.executeUpdate();
      }
    });
  }

  @Override
  public List<LinkMember> members(String articleId) {
    return query(() -> {
      sql.membersOfArticle.setString(1, articleId);
      return members(sql.membersOfArticle);
    });
  }

  @Override
  public void removeMember(LinkMember m) {
    update(() -> {
      sql.removeMember.setString(1, m.articleId());
      sql.removeMember.setString(2, m.localId());
      if (sql.removeMember.executeUpdate() > 0) count(m, m.entityId(), -1);
    });
  }

  @Override
  public List<LinkMember> members(String id, LinkReason reason, int limit) {
    return query(() -> {
      sql.membersFor.setString(1, id);
      sql.membersFor.setString(2, reason.name());
      sql.membersFor.setInt(3, limit);
      return members(sql.membersFor).reversed();
    });
  }

  @Override
  public void merge(String from, String into) {
    profiles.remove(from);
    unsaved.remove(from);
    update(() -> {
      for (PreparedStatement ps : List.of(sql.mergeMembers, sql.mergeSpeakers, sql.mergeRedirects)) {
        ps.setString(1, into);
        ps.setString(2, from);
        ps.executeUpdate();
      }
      sql.mergeDays.setString(1, into);
      sql.mergeDays.setString(2, from);
      sql.mergeDays.executeUpdate();
      sql.dropDays.setString(1, from);
      sql.dropDays.executeUpdate();
      sql.dropUnresolvedKeys.setString(1, from);
      sql.dropUnresolvedKeys.executeUpdate();
      sql.mergeKeys.setString(1, into);
      sql.mergeKeys.setString(2, from);
      sql.mergeKeys.executeUpdate();
      sql.dropKeys.setString(1, from);
      sql.dropKeys.executeUpdate();
      sql.retire.setString(1, into);
      sql.retire.setString(2, from);
      sql.retire.executeUpdate();
    });
  }

  private record Evidence(List<String> aliases, List<String> titles, List<String> roles, Set<String> roleWords,
      Set<String> context) {}

  /**
   * The evidence as {@link Evidence}'s JSON, written field by field: a mention row is written for every name of every
   * article, and the object mapper's reflective record serializer cost a tenth of the writer thread's time.
   */
  private static String evidence(LinkMember m) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      g.writeStartObject();
      writeArray(g, "aliases", m.aliases());
      writeArray(g, "titles", m.titles());
      writeArray(g, "roles", m.roles());
      writeArray(g, "roleWords", m.roleWords());
      writeArray(g, "context", m.context());
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("a link's evidence could not be written", e);
    }
    return out.toString();
  }

  private static void writeArray(JsonGenerator g, String field, Collection<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) g.writeString(v);
    g.writeEndArray();
  }

  private static List<LinkMember> members(PreparedStatement ps) throws SQLException {
    List<LinkMember> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Evidence ev;
        try {
          ev = JSON.readValue(rs.getString(10), Evidence.class);
        } catch (JsonProcessingException e) {
          throw new StoreException("the evidence of a link of " + rs.getString(1) + " cannot be read", e);
        }
        long published = rs.getLong(9);
        out.add(new LinkMember(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            EntityType.valueOf(rs.getString(5)), ev.aliases(), ev.titles(), ev.roles(), LinkReason.valueOf(rs.getString(6)),
            ev.roleWords(), ev.context(), rs.getInt(7), rs.getInt(8), rs.wasNull() ? null : Instant.ofEpochMilli(published)));
      }
    }
    return out;
  }

  static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
    if (value == null) ps.setNull(index, Types.INTEGER);
    else ps.setLong(index, value.toEpochMilli());
  }

  @FunctionalInterface
  interface SqlCall<T> {
    T call() throws SQLException;
  }

  @FunctionalInterface
  interface SqlUpdate {
    void run() throws SQLException;
  }

  static <T> T query(SqlCall<T> c) {
    try {
      return c.call();
    } catch (SQLException e) {
      throw new StoreException("the corpus tables could not be read: " + e.getMessage(), e);
    }
  }

  static void update(SqlUpdate u) {
    try {
      u.run();
    } catch (SQLException e) {
      throw new StoreException("the corpus tables could not be written: " + e.getMessage(), e);
    }
  }

  /** Returns the largest order number the corpus tables hold, to continue from. */
  static long lastSeq(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT MAX(s) FROM (SELECT MAX(seq) s FROM mention UNION ALL SELECT MAX(seq) FROM entity_key UNION ALL SELECT MAX(seq) FROM quote_carrier)");
         ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }
}
