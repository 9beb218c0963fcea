package org.lede.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.lede.entity.CorpusLinker;
import org.lede.entity.Entity;
import org.lede.entity.EntityType;
import org.lede.entity.Mention;

/** Which of an article's entities said a quote. Stateless. */
public final class QuoteSpeakers {
  private QuoteSpeakers() {}

  /**
   * Returns the place in {@code entities} of the entity that said {@code q}, or -1. A person or organization one of
   * whose names is the speaker's resolved name (any case) comes first; else the entity a mention of which begins or
   * ends the speaker as written ("Energy Minister Faisal Al-Harthi"; "Layla Haddad-Nouri, chief executive of Noor
   * Sahel" is hers, not Noor Sahel's). Unnamed sources ("a senior official") are nobody's.
   */
  /**
   * Returns {@code quotes} with each speaker's {@link Speaker#entityId} set to the entity of {@code entities} that
   * said it ({@link #speakerOf}), or null when none did: the link the JSON contract carries from a quote to its
   * speaker's entity.
   */
  public static List<Quote> linked(List<Quote> quotes, List<Entity> entities) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      int i = speakerOf(q, entities);
      String id = i < 0 ? null : entities.get(i).id();
      out.add(q.speaker() == null || Objects.equals(id, q.speaker().entityId()) ? q
          : new Quote(q.text(), q.kind(), q.start(), q.end(), q.cue(), q.speaker().asEntity(id), q.addressee(), q.medium()));
    }
    return out;
  }

  /**
   * Returns, for each of {@code quotes}, the local id ({@link CorpusLinker#localId}) of the entity of
   * {@code entities} that said it, or null: what the corpus layer links quotes to, on one machine or in the job.
   */
  public static String[] locals(List<Quote> quotes, List<Entity> entities) {
    String[] out = new String[quotes.size()];
    for (int i = 0; i < out.length; i++) {
      Speaker said = quotes.get(i).speaker();
      // annotated since the contract carries it (linked): the rule's answer is already there
      if (said != null && said.entityId() != null) {
        out[i] = said.entityId();
        continue;
      }
      int s = speakerOf(quotes.get(i), entities);
      out[i] = s < 0 ? null : CorpusLinker.localId(entities.get(s), s);
    }
    return out;
  }

  /** Returns how many quotes each local id of {@code locals} ({@link #locals}) said. */
  public static Map<String, Integer> quotesBy(String[] locals) {
    Map<String, Integer> out = new HashMap<>();
    for (String local : locals) if (local != null) out.merge(local, 1, Integer::sum);
    return out;
  }

  public static int speakerOf(Quote q, List<Entity> entities) {
    if (q.speaker() == null || q.speaker().anonymous()) return -1;
    if (q.speaker().name() != null) {
      String name = q.speaker().name().strip().toLowerCase(Locale.ROOT);
      int fallback = -1;
      for (int i = 0; i < entities.size(); i++) {
        Entity e = entities.get(i);
        for (String n : e.names()) {
          if (!n.toLowerCase(Locale.ROOT).equals(name)) continue;
          if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) return i;
          if (fallback < 0) fallback = i;
        }
      }
      if (fallback >= 0) return fallback;
    }
    int start = q.speaker().start();
    int end = q.speaker().end();
    if (start < 0 || end <= start) return -1;
    for (int i = 0; i < entities.size(); i++) {
      for (Mention m : entities.get(i).mentions()) {
        boolean inside = m.start() >= start && m.end() <= end;
        if (inside && (m.start() == start && m.end() < end || m.end() == end)) return i;
      }
    }
    return -1;
  }
}
