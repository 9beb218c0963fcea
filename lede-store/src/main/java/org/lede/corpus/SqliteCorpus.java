package org.lede.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.lede.entity.CorpusLinker;
import org.lede.entity.EntityType;
import org.lede.json.ArticleJson;
import org.lede.quote.Quote;
import org.lede.quote.QuoteKind;

/**
 * {@link Corpus} over the store's corpus tables: each answer is a query through an index, bounded by its limit.
 * Thread-safe: each call borrows a reader connection.
 */
public final class SqliteCorpus implements Corpus {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  // of the profile only what a reader is shown: its names, titles and roles, not the evidence (up to hundreds of
  // context words) that linking keeps there, which would be read and parsed on every page for nothing
  private static String entitySelect(Dialect dialect) {
    return "SELECT id, type, name, mentions, articles, quotes, first_seen, last_seen, " + dialect.profileShown()
        + ", merged_into FROM entity ";
  }
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUOTE = "SELECT q.id, q.speaker_id, q.speaker_name, q.first_article, q.first_ordinal, "
      + "q.first_published, q.carriers, q.outlets, qt.json, a.headline, q.kind, q.text, a.site FROM corpus_quote q "
      + "LEFT JOIN quote qt ON qt.article_id = q.first_article AND qt.ordinal = q.first_ordinal "
      + "LEFT JOIN article a ON a.id = q.first_article ";
  /**
   * How many of an entity's articles "mentioned with" looks at: its newest. Enough to say who someone is in the news
   * with now; few enough that the page of the most named entity in a million articles answers in a millisecond
   * (each article is a lookup of its mentions: 300 of them took 2.5 ms of CPU, a third of the whole page).
   */
  static final int RECENT = 100;
  /** The most quotes whose carriers one statement reads (SQLite allows 500 terms in a compound select). */
  private static final int CARRIER_BATCH = 100;

  private final Reads reads;
  private final Dialect dialect;
  /** The entity columns {@link #entity(ResultSet)} reads, in this reader's dialect. */
  private final String entitySql;

  /** Reads the corpus tables of the SQLite store through {@code reads}. */
  public SqliteCorpus(Reads reads) {
    this(reads, Dialect.SQLITE);
  }

  /** Reads corpus tables of SQLite's shape through {@code reads}, written in {@code dialect}. */
  public SqliteCorpus(Reads reads, Dialect dialect) {
    this.reads = reads;
    this.dialect = dialect;
    this.entitySql = entitySelect(dialect);
  }

  @Override
  public Optional<KnownEntity> entity(String id) {
    return reads.read(c -> {
      String at = id;
      for (int hop = 0; hop < 4 && at != null; hop++) {
        try (PreparedStatement ps = c.prepareStatement(entitySql + "WHERE id = ?")) {
          ps.setString(1, at);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return Optional.<KnownEntity>empty();
            String into = rs.getString(10);
            if (into == null) return Optional.of(entity(rs));
            at = into;
          }
        }
      }
      return Optional.<KnownEntity>empty();
    });
  }

  @Override
  public Optional<String> resolve(String id) {
    return entity(id).map(KnownEntity::id);
  }

  @Override
  public Optional<KnownEntity> named(String name) {
    String plain = name == null ? "" : name.strip();
    if (plain.isEmpty()) return Optional.empty();
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(entitySql + "WHERE " + dialect.equalsIgnoringCase("name")
          + " AND merged_into IS NULL AND articles > 0 ORDER BY mentions DESC, id LIMIT 1")) {
        ps.setString(1, plain);
        List<KnownEntity> found = entities(ps);
        if (!found.isEmpty()) return Optional.of(found.getFirst());
      }
      List<String> keys = CorpusLinker.keysOf(plain);
      Optional<KnownEntity> byKey = byKeys(c, keys);
      if (byKey.isPresent()) return byKey;
      // a name of one word may be a person's surname: the person who holds it answers when nothing else is so named
      List<String> surnames = keys.stream().filter(k -> k.startsWith("Q|")).map(k -> "S|" + k.substring(2)).toList();
      return surnames.isEmpty() ? Optional.<KnownEntity>empty() : byKeys(c, surnames);
    });
  }

  /** The most mentioned entity holding any of {@code keys}; ties go to the smaller id. */
  private Optional<KnownEntity> byKeys(Connection c, List<String> keys) throws SQLException {
    // key by key through the ranked index (migration 13): a surname's most mentioned bearer is found without reading
    // the thousands of others a common surname has in a large store
    String sql = entitySql + "WHERE id = (SELECT k.entity_id FROM entity_key k" + dialect.indexedBy("entity_key_by_rank")
        + " JOIN entity e ON e.id = k.entity_id WHERE k.key = ? AND e.merged_into IS NULL AND e.articles > 0 "
        + "ORDER BY k.rank DESC, e.mentions DESC, e.id LIMIT 1)";
    KnownEntity best = null;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (String key : keys) {
        ps.setString(1, key);
        for (KnownEntity e : entities(ps)) {
          if (best == null || e.mentions() > best.mentions()
              || e.mentions() == best.mentions() && e.id().compareTo(best.id()) < 0) {
            best = e;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public List<KnownEntity> top(EntityType type, int limit) {
    return reads.read(c -> {
      String sql = entitySql + "WHERE merged_into IS NULL AND articles > 0" + (type == null ? "" : " AND type = ?")
          + " ORDER BY mentions DESC, id LIMIT ?";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = 1;
        if (type != null) ps.setString(i++, type.name());
        ps.setInt(i, limit);
        return entities(ps);
      }
    });
  }

  @Override
  public List<KnownEntity> byName(String after, String prefix, EntityType type, int limit) {
    String start = prefix == null ? "" : prefix.strip();
    String surname = surnamePrefix(start);
    return reads.read(c -> {
      List<KnownEntity> found = byName(c, after, start.isEmpty() ? null
          : " AND " + dialect.containsIgnoringCase("name"),
          start.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", null, type, limit);
      if (surname == null || (type != null && type != EntityType.PERSON)) return found;
      // a person is found by the start of their surname too ("krem" finds Borys Kremenetskyi): both lists are in
      // name order, so the page is their merge
      List<KnownEntity> bySurname = byName(c, after, " AND id IN (SELECT entity_id FROM entity_key WHERE key >= ? AND key < ?)",
          "S|" + surname, "S|" + surname + "\uffff", type, limit);
      Map<String, KnownEntity> merged = new LinkedHashMap<>();
      for (KnownEntity k : found) merged.put(k.id(), k);
      for (KnownEntity k : bySurname) merged.putIfAbsent(k.id(), k);
      List<KnownEntity> out = new ArrayList<>(merged.values());
      out.sort(java.util.Comparator.comparing((KnownEntity k) -> k.name(), String.CASE_INSENSITIVE_ORDER)
          .thenComparing(KnownEntity::id));
      return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    });
  }

  /** The normalised start of a surname that {@code prefix} is, when it is one word of three letters or more. */
  private static String surnamePrefix(String prefix) {
    if (prefix.length() < 3 || prefix.contains(" ")) return null;
    for (String k : CorpusLinker.keysOf(prefix)) {
      if (k.startsWith("Q|") && k.length() >= 5) return k.substring(2);
    }
    return null;
  }

  private List<KnownEntity> byName(Connection c, String after, String filter, String arg1, String arg2,
      EntityType type, int limit) throws SQLException {
    StringBuilder sql = new StringBuilder(entitySql + "WHERE merged_into IS NULL AND articles > 0");
    List<Object> args = new ArrayList<>();
    if (type != null) {
      sql.append(" AND type = ?");
      args.add(type.name());
    }
    if (filter != null) {
      sql.append(filter);
      args.add(arg1);
      if (arg2 != null) args.add(arg2);
    }
    if (after != null) {
      int cut = after.indexOf('\u0000');
      String afterName = cut < 0 ? after : after.substring(0, cut);
      String afterId = cut < 0 ? "" : after.substring(cut + 1);
      sql.append(" AND (" + dialect.comparesIgnoringCase("name", ">") + " OR (" + dialect.equalsIgnoringCase("name")
          + " AND id > ?))");
      args.add(afterName);
      args.add(afterName);
      args.add(afterId);
    }
    sql.append(" ORDER BY " + dialect.orderIgnoringCase("name") + ", id LIMIT ?");
    args.add(limit);
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
      return entities(ps);
    }
  }

  @Override
  public List<Appearance> appearances(String id, After after, int limit) {
    // an article may hold the entity under several of its own entities: one row each, merged here; the inner limit
    // may cut the last article's rows short, so that article is left to the next page unless it is the only one
    int rows = limit * 2 + 2;
    return reads.read(c -> {
      Map<String, Appearance> byArticle = new LinkedHashMap<>();
      int read = 0;
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT m.article_id, a.headline, a.site, m.published_at, m.mentions, m.quotes
          FROM (SELECT article_id, published_at, mentions, quotes FROM mention WHERE entity_id = ?%s
                ORDER BY %s, article_id LIMIT ?) m
          JOIN article a ON a.id = m.article_id
          ORDER BY m.published_at IS NULL, m.published_at DESC, m.article_id""".formatted(after(after, "published_at",
          "article_id", ">"), dialect.newestFirst("published_at")))) {
        int i = 1;
        ps.setString(i++, id);
        i = bindAfter(ps, i, after, false);
        ps.setInt(i, rows);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            read++;
            Appearance a = new Appearance(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                rs.getInt(5), rs.getInt(6));
            byArticle.merge(a.articleId(), a, (x, y) -> new Appearance(x.articleId(), x.headline(), x.site(),
                x.published(), x.mentions() + y.mentions(), x.quotes() + y.quotes()));
          }
        }
      }
      List<Appearance> out = new ArrayList<>(byArticle.values());
      if (read == rows && out.size() > 1) out.removeLast();
      return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    });
  }

  /**
   * The condition that keeps rows after {@code after} in the order "{@code time} DESC (undated last), then
   * {@code key}" ascending ({@code cmp} ">") or descending ("<").
   */
  private static String after(After after, String time, String key, String cmp) {
    if (after == null) return "";
    if (after.published() == null) return " AND " + time + " IS NULL AND " + key + " " + cmp + " ?";
    return " AND (" + time + " < ? OR (" + time + " = ? AND " + key + " " + cmp + " ?) OR " + time + " IS NULL)";
  }

  private static int bindAfter(PreparedStatement ps, int i, After after, boolean numericKey) throws SQLException {
    if (after == null) return i;
    if (after.published() != null) {
      ps.setLong(i++, after.published().toEpochMilli());
      ps.setLong(i++, after.published().toEpochMilli());
    }
    if (numericKey) {
      long key;
      try {
        key = Long.parseLong(after.id());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a corpus quote number: " + after.id(), e);
      }
      ps.setLong(i++, key);
    } else {
      ps.setString(i++, after.id());
    }
    return i;
  }

  @Override
  public Map<LocalDate, Integer> mentionsByDay(String id) {
    return reads.read(c -> {
      Map<LocalDate, Integer> out = new TreeMap<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT day, mentions FROM entity_day WHERE entity_id = ? AND mentions > 0 ORDER BY day")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.put(LocalDate.ofEpochDay(rs.getLong(1)), rs.getInt(2));
        }
      }
      return out;
    });
  }

  @Override
  public Map<String, String> links(String articleId) {
    return reads.read(c -> pairs(c, "SELECT local_id, entity_id FROM mention WHERE article_id = ? ORDER BY seq", articleId));
  }

  @Override
  public Map<Integer, String> speakers(String articleId) {
    return reads.read(c -> {
      Map<Integer, String> out = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT c.ordinal, q.speaker_id FROM quote_carrier c "
          + "JOIN corpus_quote q ON q.id = c.quote_id WHERE c.article_id = ? AND q.speaker_id IS NOT NULL ORDER BY c.ordinal")) {
        ps.setString(1, articleId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.put(rs.getInt(1), rs.getString(2));
        }
      }
      return out;
    });
  }

  @Override
  public Map<Integer, Long> quoteIds(String articleId) {
    return reads.read(c -> {
      Map<Integer, Long> out = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT ordinal, quote_id FROM quote_carrier WHERE article_id = ? ORDER BY ordinal")) {
        ps.setString(1, articleId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.put(rs.getInt(1), rs.getLong(2));
        }
      }
      return out;
    });
  }

  @Override
  public List<CoMention> coMentioned(String id, int limit) {
    return reads.read(c -> {
      List<CoMention> out = new ArrayList<>();
      // only the most shared are read, and only their names: the rest of an entity's company is counted, not fetched
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT entity.id, type, name, mentions, n FROM entity JOIN (
            SELECT m.entity_id eid, COUNT(DISTINCT m.article_id) n
            FROM (SELECT article_id FROM mention WHERE entity_id = ? ORDER BY %s LIMIT ?) mine
            JOIN mention m ON m.article_id = mine.article_id
            WHERE m.entity_id <> ? GROUP BY m.entity_id ORDER BY n DESC LIMIT ?) shared ON shared.eid = entity.id
          ORDER BY n DESC, mentions DESC, name LIMIT ?""".formatted(dialect.newestFirst("published_at")))) {
        ps.setString(1, id);
        ps.setInt(2, RECENT);
        ps.setString(3, id);
        ps.setInt(4, limit * 4);
        ps.setInt(5, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new CoMention(rs.getString(1), EntityType.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
                rs.getInt(5)));
          }
        }
      }
      return out;
    });
  }

  @Override
  public Map<String, List<String>> entitiesOf(Collection<String> articleIds) {
    return byArticle(articleIds, "SELECT article_id, entity_id FROM mention WHERE article_id IN (%s) ORDER BY article_id, seq");
  }

  @Override
  public Map<String, List<String>> speakersOf(Collection<String> articleIds) {
    return byArticle(articleIds, "SELECT c.article_id, q.speaker_id FROM quote_carrier c JOIN corpus_quote q "
        + "ON q.id = c.quote_id WHERE c.article_id IN (%s) AND q.speaker_id IS NOT NULL ORDER BY c.article_id, c.ordinal");
  }

  @Override
  public List<CorpusQuote> quotesBy(String id, QuoteKind kind, After after, int limit) {
    return reads.read(c -> {
      // the page's ids first, in the speaker index's own order (SQLite puts nulls last in a descending order), so
      // only the page's rows are joined to their articles, however many quotes the speaker has
      String sql = QUOTE + "WHERE q.id IN (SELECT id FROM corpus_quote WHERE speaker_id = ?"
          + (kind == null ? "" : " AND kind = ?") + after(after, "first_published", "id", "<")
          + " ORDER BY " + dialect.newestFirst("first_published") + ", id DESC LIMIT ?)"
          + " ORDER BY q.first_published IS NULL, q.first_published DESC, q.id DESC";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = 1;
        ps.setString(i++, id);
        if (kind != null) ps.setString(i++, kind.name());
        i = bindAfter(ps, i, after, true);
        ps.setInt(i, limit);
        return quotes(ps);
      }
    });
  }

  @Override
  public Map<QuoteKind, Integer> quoteKinds(String id) {
    return reads.read(c -> {
      Map<QuoteKind, Integer> out = new EnumMap<>(QuoteKind.class);
      // counted as quotes are written (migration 11), not here: a speaker of a million quotes costs one row a kind
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT kind, quotes FROM entity_quote_kind WHERE entity_id = ? AND quotes > 0")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.put(QuoteKind.valueOf(rs.getString(1)), rs.getInt(2));
        }
      }
      return out;
    });
  }

  @Override
  public List<CorpusQuote> quotes(String text, String speaker, After after, int limit) {
    String words = text == null ? "" : dialect.quoteWords(text);
    String who = speaker == null ? "" : speaker.strip();
    return reads.read(c -> {
      if (!words.isEmpty() && who.isEmpty()) {
        // common words: read newest first and keep the matches, rather than list every quote holding them
        List<Long> ids = NewestMatches.ids(c, dialect, ftsWords(text), after(after, "first_published", "id", "<"),
            (ps, from) -> bindAfter(ps, from, after, true), limit);
        if (ids != null) return byIds(c, ids);
      }
      // the page's ids first, newest first through the index on first appearance (SQLite puts nulls last in a
      // descending order); only they are joined to their articles
      StringBuilder sql = new StringBuilder(QUOTE + "WHERE q.id IN (SELECT id FROM corpus_quote WHERE 1 = 1");
      List<Object> args = new ArrayList<>();
      if (!words.isEmpty()) {
        sql.append(" AND ").append(dialect.quoteWordsMatch());
        args.add(words);
      }
      if (!who.isEmpty()) {
        sql.append(" AND ").append(dialect.containsIgnoringCase("speaker_name"));
        args.add("%" + who.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      } else if (words.isEmpty()) {
        sql.append(" AND speaker_name IS NOT NULL");
      }
      sql.append(after(after, "first_published", "id", "<"));
      sql.append(" ORDER BY ").append(dialect.newestFirst("first_published")).append(", id DESC LIMIT ?)");
      sql.append(" ORDER BY q.first_published IS NULL, q.first_published DESC, q.id DESC");
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        int i = 1;
        for (Object arg : args) ps.setObject(i++, arg);
        i = bindAfter(ps, i, after, true);
        ps.setInt(i, limit);
        return quotes(ps);
      }
    });
  }

  /** The quotes {@code ids}, newest first as {@link #quotes} orders them. */
  private static List<CorpusQuote> byIds(Connection c, List<Long> ids) throws SQLException {
    if (ids.isEmpty()) return List.of();
    try (PreparedStatement ps = c.prepareStatement(QUOTE + "WHERE q.id IN (" + marks(ids.size()) + ")"
        + " ORDER BY q.first_published IS NULL, q.first_published DESC, q.id DESC")) {
      for (int i = 0; i < ids.size(); i++) ps.setLong(i + 1, ids.get(i));
      return quotes(ps);
    }
  }

  @Override
  public Optional<CorpusQuote> quote(long id) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(QUOTE + "WHERE q.id = ?")) {
        ps.setLong(1, id);
        List<CorpusQuote> found = quotes(ps);
        return found.isEmpty() ? Optional.<CorpusQuote>empty() : Optional.of(found.getFirst());
      }
    });
  }

  @Override
  public List<Carrier> carriers(long id, int limit) {
    return carriers(List.of(id), limit).getOrDefault(id, List.of());
  }

  @Override
  public Map<Long, List<Carrier>> carriers(Collection<Long> ids, int limit) {
    List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
    if (all.size() > CARRIER_BATCH) {
      Map<Long, List<Carrier>> out = new LinkedHashMap<>();
      for (int from = 0; from < all.size(); from += CARRIER_BATCH) {
        out.putAll(carriers(all.subList(from, Math.min(all.size(), from + CARRIER_BATCH)), limit));
      }
      return out;
    }
    List<Long> quotes = all;
    if (quotes.isEmpty() || limit <= 0) return Map.of();
    // one statement for a page of quotes: each quote's first carriers through the index on quote_carrier(quote_id),
    // stopped at the limit however many articles carried it, then only those rows joined to their articles
    String firsts = String.join(" UNION ALL ", java.util.Collections.nCopies(quotes.size(),
        "SELECT * FROM (SELECT quote_id, article_id, ordinal, site, published_at, seq FROM quote_carrier "
            + "WHERE quote_id = ? ORDER BY published_at IS NULL, published_at, seq LIMIT ?) AS first"));
    return reads.read(c -> {
      Map<Long, List<Carrier>> out = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT c.quote_id, c.article_id, c.ordinal, c.site, a.headline, c.published_at, %s
          FROM (%s) c
          LEFT JOIN article a ON a.id = c.article_id
          LEFT JOIN quote qt ON qt.article_id = c.article_id AND qt.ordinal = c.ordinal
          ORDER BY c.quote_id, c.published_at IS NULL, c.published_at, c.seq""".formatted(dialect.quoteStart("qt.json"),
          firsts))) {
        int i = 1;
        for (long id : quotes) {
          ps.setLong(i++, id);
          ps.setInt(i++, limit);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long start = rs.getLong(7);
            int at = rs.wasNull() ? -1 : (int) start;
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Carrier(rs.getString(2), rs.getInt(3),
                rs.getString(4), rs.getString(5), instant(rs, 6), at));
          }
        }
      }
      Map<Long, List<Carrier>> inOrder = new LinkedHashMap<>();
      for (long id : quotes) {
        List<Carrier> found = out.get(id);
        if (found != null) inOrder.put(id, List.copyOf(found));
      }
      return inOrder;
    });
  }

  @Override
  public List<Map.Entry<KnownEntity, Integer>> mostQuoted(Instant from, Instant to, int limit) {
    return reads.read(c -> {
      List<Map.Entry<KnownEntity, Integer>> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(entitySql.replace("FROM entity ", ", n FROM entity JOIN (") + """
          SELECT q.speaker_id sid, COUNT(DISTINCT c.quote_id) n FROM quote_carrier c
          JOIN corpus_quote q ON q.id = c.quote_id
          WHERE c.published_at >= ? AND c.published_at < ? AND q.speaker_id IS NOT NULL GROUP BY q.speaker_id
          ) said ON said.sid = entity.id WHERE entity.type = 'PERSON' ORDER BY n DESC, name LIMIT ?""")) {
        ps.setLong(1, from.toEpochMilli());
        ps.setLong(2, to.toEpochMilli());
        ps.setInt(3, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(Map.entry(entity(rs), rs.getInt(11)));
        }
      }
      return out;
    });
  }

  @Override
  public List<Map.Entry<KnownEntity, Integer>> quotedIn(Collection<String> articleIds, int limit) {
    return ranked(articleIds, limit, """
        SELECT q.speaker_id eid, COUNT(DISTINCT c.quote_id) n FROM quote_carrier c
        JOIN corpus_quote q ON q.id = c.quote_id
        WHERE c.article_id IN (%s) AND q.speaker_id IS NOT NULL GROUP BY q.speaker_id""");
  }

  @Override
  public List<Map.Entry<KnownEntity, Integer>> namedIn(Collection<String> articleIds, int limit) {
    return ranked(articleIds, limit,
        "SELECT entity_id eid, COUNT(DISTINCT article_id) n FROM mention WHERE article_id IN (%s) GROUP BY entity_id");
  }

  @Override
  public List<CorpusQuote> quotesIn(Collection<String> articleIds, int limit) {
    if (articleIds.isEmpty() || limit <= 0) return List.of();
    List<String> ids = List.copyOf(articleIds);
    List<CorpusQuote> candidates = reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(QUOTE + "WHERE q.id IN (SELECT quote_id FROM quote_carrier "
          + "WHERE article_id IN (" + marks(ids.size()) + ")) AND q.speaker_id IS NOT NULL "
          // undated quotes last on both stores (PostgreSQL alone would put them first)
          + "ORDER BY q.carriers DESC, q.kind = 'DIRECT' DESC, " + dialect.newestFirst("q.first_published") + ", q.id LIMIT ?")) {
        int i = 1;
        for (String id : ids) ps.setString(i++, id);
        ps.setInt(i, limit * 5);
        return quotes(ps);
      }
    });
    Map<String, Integer> perSpeaker = new java.util.HashMap<>();
    List<CorpusQuote> out = new ArrayList<>();
    for (CorpusQuote q : candidates) {
      if (perSpeaker.merge(q.speakerId(), 1, Integer::sum) > 2) continue;
      out.add(q);
      if (out.size() == limit) break;
    }
    return out;
  }

  /** Entities joined to {@code countSql}'s (eid, n) over the articles, largest n first. */
  private List<Map.Entry<KnownEntity, Integer>> ranked(Collection<String> articleIds, int limit, String countSql) {
    if (articleIds.isEmpty() || limit <= 0) return List.of();
    List<String> ids = List.copyOf(articleIds);
    return reads.read(c -> {
      List<Map.Entry<KnownEntity, Integer>> out = new ArrayList<>();
      String sql = entitySql.replace("FROM entity ", ", n FROM entity JOIN (") + countSql.formatted(marks(ids.size()))
          + ") counted ON counted.eid = entity.id WHERE merged_into IS NULL ORDER BY n DESC, mentions DESC, name LIMIT ?";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = 1;
        for (String id : ids) ps.setString(i++, id);
        ps.setInt(i, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(Map.entry(entity(rs), rs.getInt(11)));
        }
      }
      return out;
    });
  }

  @Override
  public Instant newestQuoted(Instant notAfter) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT MAX(published_at) FROM quote_carrier WHERE published_at <= ?")) {
        ps.setLong(1, notAfter.toEpochMilli());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? instant(rs, 1) : null;
        }
      }
    });
  }

  /** Every word of {@code text} as a quoted FTS5 term, so the user's punctuation is never query syntax. */
  static String ftsQuery(String text) {
    StringBuilder out = new StringBuilder();
    for (String w : ftsWords(text)) {
      if (!out.isEmpty()) out.append(' ');
      out.append('"').append(w).append('"');
    }
    return out.toString();
  }

  /** The words of {@code text} a quote must all hold, lower-cased, as the full-text query names them. */
  static List<String> ftsWords(String text) {
    List<String> out = new ArrayList<>();
    for (String w : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) if (!w.isEmpty()) out.add(w);
    return out;
  }

  private Map<String, List<String>> byArticle(Collection<String> articleIds, String sqlFormat) {
    if (articleIds.isEmpty()) return Map.of();
    List<String> ids = List.copyOf(articleIds);
    return reads.read(c -> {
      Map<String, List<String>> out = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement(sqlFormat.formatted(marks(ids.size())))) {
        for (int i = 0; i < ids.size(); i++) ps.setString(i + 1, ids.get(i));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            List<String> l = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
            if (!l.contains(rs.getString(2))) l.add(rs.getString(2));
          }
        }
      }
      return out;
    });
  }

  private static Map<String, String> pairs(Connection c, String sql, String arg) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(Math.max(1, n), "?"));
  }

  private static List<KnownEntity> entities(PreparedStatement ps) throws SQLException {
    List<KnownEntity> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) out.add(entity(rs));
    }
    return out;
  }

  private static KnownEntity entity(ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    String name = rs.getString(3);
    JsonNode shown;
    try {
      shown = JSON.readTree(rs.getString(9)); // [names with their counts, titles, roles]
    } catch (JsonProcessingException e) {
      throw new SQLException("the stored profile of " + id + " cannot be read: " + e.getOriginalMessage(), e);
    }
    List<String> aliases = new ArrayList<>();
    shown.path(0).fieldNames().forEachRemaining(n -> {
      if (!n.equals(name)) aliases.add(n);
    });
    return new KnownEntity(id, EntityType.valueOf(rs.getString(2)), name, aliases, texts(shown.path(1)),
        texts(shown.path(2)), rs.getInt(4), rs.getInt(5), rs.getInt(6), instant(rs, 7), instant(rs, 8));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>(array.size());
    for (JsonNode n : array) out.add(n.asText());
    return out;
  }

  private static List<CorpusQuote> quotes(PreparedStatement ps) throws SQLException {
    List<CorpusQuote> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Quote q;
        String json = rs.getString(9);
        try {
          q = json == null ? null : ArticleJson.mapper().readValue(json, Quote.class);
        } catch (JsonProcessingException e) {
          throw new SQLException("a stored quote of " + rs.getString(4) + " cannot be read: " + e.getOriginalMessage(), e);
        }
        if (q == null) continue;
        out.add(new CorpusQuote(rs.getLong(1), rs.getString(2), rs.getString(3), q, rs.getString(4), rs.getString(10),
            rs.getString(13), instant(rs, 6), rs.getInt(7), rs.getInt(8)));
      }
    }
    return out;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }
}
