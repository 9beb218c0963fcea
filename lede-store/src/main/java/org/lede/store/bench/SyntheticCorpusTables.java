package org.lede.store.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lede.entity.EntityProfile;
import org.lede.entity.EntityType;
import org.lede.json.ArticleJson;
import org.lede.quote.Cue;
import org.lede.quote.Quote;
import org.lede.quote.QuoteKind;
import org.lede.quote.Resolution;
import org.lede.quote.Speaker;
import org.lede.quote.SpeakerKind;
import org.lede.store.StoreException;

/**
 * Fills the corpus tables the "what was said" panel reads (entities, mentions, corpus quotes, their carriers and the
 * article quotes they point at) for a synthetic index's articles, written straight into the store in large
 * transactions: the panel is then measured against tables of the size a million annotated articles leave, not
 * against empty ones. People and organizations are drawn with a Zipf skew; one article in seven is a wire copy that
 * carries quotes of a recent article, so corpus quotes have several carriers as they do in the news.
 *
 * <p>Each article's own rows are drawn from the seed and its number; which recent article a copy repeats depends on
 * the order articles arrive in. Not thread-safe; close to commit the last rows.
 */
final class SyntheticCorpusTables implements AutoCloseable {
  private static final int BATCH = 20_000;
  private static final int RECENT = 200;

  private record Said(long quoteId, String speakerId, String speakerName, String json) {}

  private final long seed;
  private final Random random;
  private final SyntheticNews words;
  private final Connection db;
  private final PreparedStatement mention;
  private final PreparedStatement corpusQuote;
  private final PreparedStatement carried;
  private final PreparedStatement carrier;
  private final PreparedStatement quote;
  private final String[] people;
  private final double[] peopleCdf;
  private final String[] orgs;
  private final double[] orgCdf;
  private final int[][] entityCounts;
  private final long[][] entitySeen;
  private final List<List<Said>> recent = new ArrayList<>();
  private long nextQuote = 1;
  private long seq;
  private int pending;

  SyntheticCorpusTables(Path dbFile, int articles, long seed) {
    this.seed = seed;
    random = new Random(seed);
    words = new SyntheticNews(seed + 1, 20_000);
    int peopleCount = Math.max(2_000, articles / 5);
    people = new String[peopleCount];
    for (int i = 0; i < peopleCount; i++) people[i] = name(2) + " " + i;
    peopleCdf = cdf(peopleCount);
    orgs = new String[Math.max(1_000, articles / 50)];
    for (int i = 0; i < orgs.length; i++) orgs[i] = name(2) + " Group " + i;
    orgCdf = cdf(orgs.length);
    entityCounts = new int[][] {new int[peopleCount * 3], new int[orgs.length * 3]};
    entitySeen = new long[][] {new long[peopleCount * 2], new long[orgs.length * 2]};
    try {
      org.lede.store.SqliteNative.prepare();
      db = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
      try (Statement st = db.createStatement()) {
        st.execute("PRAGMA journal_mode=WAL");
        st.execute("PRAGMA synchronous=OFF");
        // article ids are hashes, so rows land all over each table's B-tree: keep the pages in memory
        st.execute("PRAGMA cache_size=-1048576");
      }
      db.setAutoCommit(false);
      mention = db.prepareStatement("INSERT INTO mention(article_id, local_id, entity_id, seq, name, type, reason, "
          + "mentions, quotes, published_at, evidence) VALUES (?, ?, ?, ?, ?, ?, 'NAMED', 2, ?, ?, '{}')");
      corpusQuote = db.prepareStatement("INSERT INTO corpus_quote(id, speaker_id, speaker_name, kind, text, words, "
          + "first_article, first_ordinal, first_published, carriers, outlets) VALUES (?, ?, ?, 'DIRECT', ?, ?, ?, ?, ?, 1, 1)");
      carried = db.prepareStatement("UPDATE corpus_quote SET carriers = carriers + 1, outlets = outlets + 1 WHERE id = ?");
      carrier = db.prepareStatement("INSERT INTO quote_carrier(article_id, ordinal, quote_id, speaker_local, site, "
          + "published_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?)");
      quote = db.prepareStatement("INSERT INTO quote(article_id, ordinal, kind, speaker, speaker_kind, anonymous, "
          + "published_at, json) VALUES (?, ?, 'DIRECT', ?, 'PERSON', 0, ?, ?)");
    } catch (SQLException e) {
      throw new StoreException("cannot fill the corpus tables of " + dbFile + ": " + e.getMessage(), e);
    }
  }

  /** Writes the corpus rows of article {@code n}, indexed as {@code id}. */
  void article(int n, String id, String site, long published) {
    random.setSeed(seed * 1_000_003L + n);
    try {
      List<Said> said = new ArrayList<>();
      int ordinal = 0;
      if (!recent.isEmpty() && random.nextInt(7) == 0) {
        // a wire copy: the same speakers and quotes as a recent article
        for (Said s : recent.get(random.nextInt(recent.size()))) {
          carried.setLong(1, s.quoteId());
          carried.executeUpdate();
          carry(id, ordinal++, s, site, published);
          mention(id, "e" + ordinal, s.speakerId(), s.speakerName(), 0, published, 1);
          said.add(s);
        }
      } else {
        int named = 2 + random.nextInt(4);
        for (int k = 0; k < named; k++) {
          boolean person = k < 2 || random.nextBoolean();
          int i = draw(person ? peopleCdf : orgCdf);
          String entityId = (person ? "p" : "o") + i;
          String name = person ? people[i] : orgs[i];
          int quotes = person ? random.nextInt(3) : 0;
          mention(id, "e" + k, entityId, name, person ? 0 : 1, published, quotes);
          for (int q = 0; q < quotes; q++) {
            String text = sentence(10 + random.nextInt(20));
            Said s = new Said(nextQuote++, entityId, name, json(text, name));
            corpusQuote.setLong(1, s.quoteId());
            corpusQuote.setString(2, entityId);
            corpusQuote.setString(3, name);
            corpusQuote.setString(4, text);
            corpusQuote.setString(5, text.toLowerCase(java.util.Locale.ROOT));
            corpusQuote.setString(6, id);
            corpusQuote.setInt(7, ordinal);
            corpusQuote.setLong(8, published);
            corpusQuote.executeUpdate();
            carry(id, ordinal++, s, site, published);
            said.add(s);
          }
        }
      }
      recent.add(said);
      if (recent.size() > RECENT) recent.removeFirst();
      if (++pending >= BATCH) {
        db.commit();
        pending = 0;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot fill the corpus tables for " + id + ": " + e.getMessage(), e);
    }
  }

  private void mention(String articleId, String local, String entityId, String name, int kind, long published,
      int quotes) throws SQLException {
    mention.setString(1, articleId);
    mention.setString(2, local);
    mention.setString(3, entityId);
    mention.setLong(4, ++seq);
    mention.setString(5, name);
    mention.setString(6, kind == 0 ? "PERSON" : "ORGANIZATION");
    mention.setInt(7, quotes);
    mention.setLong(8, published);
    mention.executeUpdate();
    int i = Integer.parseInt(entityId.substring(1));
    entityCounts[kind][i * 3] += 2;
    entityCounts[kind][i * 3 + 1]++;
    entityCounts[kind][i * 3 + 2] += quotes;
    long first = entitySeen[kind][i * 2];
    entitySeen[kind][i * 2] = first == 0 ? published : Math.min(first, published);
    entitySeen[kind][i * 2 + 1] = Math.max(entitySeen[kind][i * 2 + 1], published);
  }

  private void carry(String articleId, int ordinal, Said s, String site, long published) throws SQLException {
    carrier.setString(1, articleId);
    carrier.setInt(2, ordinal);
    carrier.setLong(3, s.quoteId());
    carrier.setString(4, "e0");
    carrier.setString(5, site);
    carrier.setLong(6, published);
    carrier.setLong(7, ++seq);
    carrier.executeUpdate();
    quote.setString(1, articleId);
    quote.setInt(2, ordinal);
    quote.setString(3, s.speakerName());
    quote.setLong(4, published);
    quote.setString(5, s.json());
    quote.executeUpdate();
  }

  /** Writes the entities the mentions named, with their counts, and commits. */
  @Override
  public void close() {
    try (PreparedStatement entity = db.prepareStatement("INSERT INTO entity(id, type, name, mentions, articles, quotes, "
        + "first_seen, last_seen, profile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int kind = 0; kind < 2; kind++) {
        String[] names = kind == 0 ? people : orgs;
        EntityType type = kind == 0 ? EntityType.PERSON : EntityType.ORGANIZATION;
        for (int i = 0; i < names.length; i++) {
          if (entityCounts[kind][i * 3 + 1] == 0) continue;
          String id = (kind == 0 ? "p" : "o") + i;
          entity.setString(1, id);
          entity.setString(2, type.name());
          entity.setString(3, names[i]);
          entity.setInt(4, entityCounts[kind][i * 3]);
          entity.setInt(5, entityCounts[kind][i * 3 + 1]);
          entity.setInt(6, entityCounts[kind][i * 3 + 2]);
          entity.setLong(7, entitySeen[kind][i * 2]);
          entity.setLong(8, entitySeen[kind][i * 2 + 1]);
          entity.setString(9, EntityProfile.create(id, type).toJson());
          entity.executeUpdate();
        }
      }
      db.commit();
      try (Statement st = db.createStatement()) {
        st.execute("ANALYZE");
      }
      db.commit();
      db.close();
    } catch (SQLException e) {
      throw new StoreException("cannot finish the corpus tables: " + e.getMessage(), e);
    }
  }

  private static String json(String text, String speaker) {
    Quote q = new Quote(text, QuoteKind.DIRECT, 1, 1 + text.length(), new Cue("said", text.length() + 4,
        text.length() + 8), new Speaker(speaker, 0, speaker.length(), speaker, Resolution.NAMED, false,
        SpeakerKind.PERSON, null, null), null, null);
    try {
      return ArticleJson.mapper().writeValueAsString(q);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String name(int parts) {
    StringBuilder s = new StringBuilder();
    for (int p = 0; p < parts; p++) {
      String w = words.randomWord(0, words.vocabulary());
      if (p > 0) s.append(' ');
      s.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return s.toString();
  }

  private String sentence(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) s.append(' ');
      s.append(words.randomWord(0, Math.min(words.vocabulary(), 50 + random.nextInt(5_000))));
    }
    return s.toString();
  }

  private int draw(double[] cdf) {
    int i = java.util.Arrays.binarySearch(cdf, random.nextDouble());
    return Math.min(i < 0 ? -i - 1 : i, cdf.length - 1);
  }

  private static double[] cdf(int n) {
    double[] out = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / (i + 1);
      out[i] = sum;
    }
    for (int i = 0; i < n; i++) out[i] /= sum;
    return out;
  }
}
