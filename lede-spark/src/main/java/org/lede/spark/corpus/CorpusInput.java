package org.lede.spark.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.duplicate.TextSignature;
import org.lede.entity.CorpusLinker;
import org.lede.entity.Entity;
import org.lede.entity.EntityType;
import org.lede.entity.LinkMember;
import org.lede.entity.LinkReason;
import org.lede.quote.Quote;
import org.lede.quote.QuoteFingerprint;
import org.lede.quote.QuoteSpeakers;

/**
 * What the corpus stage needs of one article, made where the article is made: its entities as the linker's members
 * and its quotes with their speakers, as {@code CorpusWriter} prepares them in {@code lede ingest}, and its text's
 * MinHash signature, as {@code CopyWriter} signs it. One line of JSON each between the record pass and the corpus
 * stage.
 *
 * @param place     the article's input in the order {@code lede ingest} reads inputs (file, then split of it)
 * @param n         the article's place among the articles of that input
 * @param article   the article's id
 * @param site      its publication, or null
 * @param published its publication (else update) time in epoch milliseconds, or null
 * @param members   its entities, in the article's order
 * @param quotes    its quotes with words, in the article's order
 * @param signature its text's {@link TextSignature#bytes}, or null when the text is too short to judge
 * @param words     its text's words, as the signature counts them (0 without a signature)
 * @param headline  its headline, or null: with the lead, what stories are clustered on
 * @param lead      its first paragraph, or null
 */
public record CorpusInput(long place, long n, String article, String site, Long published, List<Member> members,
    List<Said> quotes, byte[] signature, int words, String headline, String lead) implements Serializable {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** One entity of the article, with the evidence the linker decides on ({@link LinkMember} without its decision). */
  public record Member(String local, String name, String type, List<String> aliases, List<String> titles,
      List<String> roles, List<String> roleWords, List<String> context, int mentions, int quotes)
      implements Serializable {}

  /**
   * One quote of the article that has words.
   *
   * @param ordinal      its place among the article's quotes
   * @param speakerLocal the local id of the article entity that said it, or null
   * @param speakerName  the speaker's resolved name, or null when anonymous or unnamed
   */
  public record Said(int ordinal, String text, String kind, String speakerLocal, String speakerName)
      implements Serializable {}

  /** Prepares article {@code id}'s entities and quotes as {@code CorpusWriter.article} does before it links them. */
  public static CorpusInput of(long place, long n, String id, Article article, Annotations found) {
    List<Entity> entities = found.entities();
    String[] speakers = QuoteSpeakers.locals(found.quotes(), entities);
    Instant published = published(article);
    List<Member> members = new ArrayList<>();
    for (LinkMember m : CorpusLinker.standard().members(
        new CorpusLinker.ArticleEntities(id, published, entities, QuoteSpeakers.quotesBy(speakers)))) {
      members.add(new Member(m.localId(), m.name(), m.type().name(), m.aliases(), m.titles(), m.roles(),
          List.copyOf(m.roleWords()), List.copyOf(m.context()), m.mentions(), m.quotes()));
    }
    List<Said> quotes = new ArrayList<>();
    for (int i = 0; i < speakers.length; i++) {
      Quote q = found.quotes().get(i);
      if (QuoteFingerprint.words(q.text() == null ? "" : q.text()).isEmpty()) continue;
      String local = speakers[i];
      String speakerName = q.speaker() == null || q.speaker().anonymous() ? null : q.speaker().name();
      quotes.add(new Said(i, q.text(), q.kind().name(), local, speakerName));
    }
    TextSignature signed = TextSignature.of(article.text());
    return new CorpusInput(place, n, id, article.site(), published == null ? null : published.toEpochMilli(),
        members, quotes, signed == null ? null : signed.bytes(), signed == null ? 0 : signed.words(), article.headline(),
        article.paragraphs().isEmpty() ? null : article.paragraphs().getFirst());
  }

  private static Instant published(Article a) {
    var when = a.published() != null ? a.published() : a.updated();
    return when == null ? null : when.instant();
  }

  /** Returns member {@code m} as the linker takes it. */
  public LinkMember linkMember(Member m) {
    return new LinkMember(article, m.local(), null, m.name(), EntityType.valueOf(m.type()), m.aliases(), m.titles(),
        m.roles(), LinkReason.NAME, new java.util.LinkedHashSet<>(m.roleWords()),
        new java.util.LinkedHashSet<>(m.context()), m.mentions(), m.quotes(),
        published == null ? null : Instant.ofEpochMilli(published));
  }

  /** Returns the text's signature, or null when it has none. */
  public TextSignature textSignature() {
    return signature == null ? null : TextSignature.fromBytes(signature, words);
  }

  /** Returns this input as one line of JSON. */
  public String toLine() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the corpus input of " + article + " could not be written", e);
    }
  }

  /** Reads a line {@link #toLine} wrote. */
  public static CorpusInput fromLine(String line) {
    try {
      return JSON.readValue(line, CorpusInput.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a corpus input line: " + e.getOriginalMessage(), e);
    }
  }

  /** Whether this article comes before {@code other} in {@code lede ingest}'s order. */
  public boolean before(CorpusInput other) {
    return place != other.place ? place < other.place : n < other.n;
  }
}
