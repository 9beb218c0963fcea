package org.lede.corpus;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lede.entity.EntityType;
import org.lede.quote.QuoteKind;

/**
 * Reads the corpus layer: every answer comes from indexed tables, bounded by its limit, never from a walk over the
 * store. Thread-safe.
 */
public interface Corpus {

  /**
   * Where a newest-first list stopped, for the next page: the last item's publication time (null when it is undated)
   * and its id (an article id, or a corpus quote's number).
   */
  record After(Instant published, String id) {}

  /** Returns the entity with {@code id}, following a merge to the entity that absorbed it. */
  Optional<KnownEntity> entity(String id);

  /** Returns the id that {@code id} now answers to (itself, or the entity it was merged into), or empty when unknown. */
  Optional<String> resolve(String id);

  /**
   * Returns the entity whose name or alias is {@code name} (any case), or a person whose surname it is, the most
   * mentioned when several are.
   */
  Optional<KnownEntity> named(String name);

  /** Returns the most mentioned entities, of {@code type} or of any type when null. */
  List<KnownEntity> top(EntityType type, int limit);

  /**
   * Returns entities ordered by name (case-insensitive), then id, after the key {@code after} (null for the first),
   * whose name starts with {@code prefix} when it is not blank — or, for a prefix of one word of three letters or
   * more, a person whose surname starts with it — of {@code type} when not null.
   */
  List<KnownEntity> byName(String after, String prefix, EntityType type, int limit);

  /** The key {@link #byName} pages by for {@code e}. */
  static String nameKey(KnownEntity e) {
    return e.name().toLowerCase(java.util.Locale.ROOT) + "\u0000" + e.id();
  }

  /** Returns the articles naming entity {@code id}, newest first (undated last), at most {@code limit}. */
  default List<Appearance> appearances(String id, int limit) {
    return appearances(id, null, limit);
  }

  /** Returns the articles naming entity {@code id} that come after {@code after} (null: from the newest), in order. */
  List<Appearance> appearances(String id, After after, int limit);

  /** Returns how often entity {@code id} is mentioned per day (UTC) in dated articles, oldest first. */
  Map<java.time.LocalDate, Integer> mentionsByDay(String id);

  /** Returns, for article {@code articleId}, each of its own entity ids mapped to the corpus id it is linked to. */
  Map<String, String> links(String articleId);

  /** Returns, for article {@code articleId}, each quote's ordinal mapped to the corpus id of its speaker. */
  Map<Integer, String> speakers(String articleId);

  /** Returns, for article {@code articleId}, each quote's ordinal mapped to its corpus quote id. */
  Map<Integer, Long> quoteIds(String articleId);

  /**
   * Returns the entities named in the same articles as entity {@code id} — among its newest few hundred — with how
   * many it shares, most first.
   */
  List<CoMention> coMentioned(String id, int limit);

  /** Returns the corpus ids named in each of {@code articleIds}. */
  Map<String, List<String>> entitiesOf(Collection<String> articleIds);

  /** Returns the corpus ids quoted in each of {@code articleIds}. */
  Map<String, List<String>> speakersOf(Collection<String> articleIds);

  /** Returns the quotes entity {@code id} said, of {@code kind} or any when null, newest first appearance first. */
  default List<CorpusQuote> quotesBy(String id, QuoteKind kind, int limit) {
    return quotesBy(id, kind, null, limit);
  }

  /** Returns the quotes entity {@code id} said that come after {@code after} (null: from the newest), in order. */
  List<CorpusQuote> quotesBy(String id, QuoteKind kind, After after, int limit);

  /** Returns how many corpus quotes of each kind entity {@code id} said. */
  Map<QuoteKind, Integer> quoteKinds(String id);

  /**
   * Returns corpus quotes whose words match {@code text} (every word, any order; blank for any) and whose speaker's
   * name contains {@code speaker} (blank for any), newest first appearance first.
   */
  default List<CorpusQuote> quotes(String text, String speaker, int limit) {
    return quotes(text, speaker, null, limit);
  }

  /** Returns the quotes {@link #quotes(String, String, int)} lists that come after {@code after}, in order. */
  List<CorpusQuote> quotes(String text, String speaker, After after, int limit);

  /** Returns corpus quote {@code id}. */
  Optional<CorpusQuote> quote(long id);

  /** Returns the articles carrying corpus quote {@code id}, earliest first. */
  List<Carrier> carriers(long id, int limit);

  /**
   * Returns the articles carrying each of corpus quotes {@code ids}, earliest first, at most {@code limit} a quote:
   * {@link #carriers(long, int)} for a page of quotes at once. Quotes no article carries are left out.
   */
  default Map<Long, List<Carrier>> carriers(Collection<Long> ids, int limit) {
    Map<Long, List<Carrier>> out = new java.util.LinkedHashMap<>();
    for (long id : ids) {
      List<Carrier> found = carriers(id, limit);
      if (!found.isEmpty()) out.put(id, found);
    }
    return out;
  }

  /** Returns the people quoted most in articles published in [{@code from}, {@code to}), with their quote counts. */
  List<Map.Entry<KnownEntity, Integer>> mostQuoted(Instant from, Instant to, int limit);

  /**
   * Returns who is quoted in {@code articleIds}, with how many distinct corpus quotes of theirs those articles carry,
   * most first: a wire quote printed by ten of them counts once.
   */
  List<Map.Entry<KnownEntity, Integer>> quotedIn(Collection<String> articleIds, int limit);

  /** Returns the entities named in {@code articleIds}, with how many of those articles name each, most first. */
  List<Map.Entry<KnownEntity, Integer>> namedIn(Collection<String> articleIds, int limit);

  /**
   * Returns corpus quotes with a known speaker carried by {@code articleIds}: the most carried first, direct before
   * reported, at most two of one speaker.
   */
  List<CorpusQuote> quotesIn(Collection<String> articleIds, int limit);

  /** Returns the publication time of the newest article carrying a quote, no later than {@code notAfter}, or null. */
  Instant newestQuoted(Instant notAfter);
}
