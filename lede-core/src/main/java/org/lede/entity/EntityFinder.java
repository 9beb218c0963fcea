package org.lede.entity;

import java.util.ArrayList;
import java.util.List;
import org.lede.article.Article;

/**
 * Finds who and what an article mentions: people, organizations, places and other names, grouped into entities.
 *
 * <p>A statistical recognizer (Stanford's CoNLL CRF) proposes names; a news layer then drops pronouns and page
 * clutter, strips titles, makes readings consistent within the article (a name recognised once is recognised
 * everywhere; a surname alone is the person named in full), and adds acronyms of organizations named in full.
 *
 * <pre>{@code
 * List<Entity> entities = EntityFinder.standard().find(article);
 * }</pre>
 *
 * <p>Immutable and thread-safe; the model loads once, on first use.
 */
public final class EntityFinder {
  private static final EntityFinder STANDARD = new EntityFinder(CrfRecognizer.INSTANCE, true);
  private static final EntityFinder RECOGNIZER_ONLY = new EntityFinder(CrfRecognizer.INSTANCE, false);

  private final Recognizer recognizer;
  private final boolean newsLayer;

  EntityFinder(Recognizer recognizer, boolean newsLayer) {
    this.recognizer = recognizer;
    this.newsLayer = newsLayer;
  }

  /** Returns the finder Lede uses: the CRF with the news layer. */
  public static EntityFinder standard() {
    return STANDARD;
  }

  /** Loads the recognizer's model now (it loads on first use otherwise); returns when it is loaded. */
  public static void loadModel() {
    CrfRecognizer.loadModel();
  }

  /** Returns the CRF alone, without the news layer: the baseline evaluations compare against. */
  public static EntityFinder recognizerOnly() {
    return RECOGNIZER_ONLY;
  }

  /**
   * Returns the entities an article mentions, each with all its mentions, in order of first mention.
   *
   * @param article the article; offsets point into {@code article.text()}
   * @return entities, never null
   */
  public List<Entity> find(Article article) {
    TokenizedText t = TokenizedText.of(article.text());
    // The dateline is cut from the text but still names a place the story may mention again.
    String place = article.dateline() == null ? null : article.dateline().place();
    return EntityGrouper.group(article.id(), t, spans(t, place == null || place.isBlank() ? null : place));
  }

  /**
   * Returns every name mention in a text, in text order.
   *
   * @param text any text; offsets are UTF-16 indexes into it
   * @return mentions, never null
   */
  public List<Mention> mentions(String text) {
    TokenizedText t = TokenizedText.of(text);
    return toMentions(t, spans(t, null));
  }

  List<NameSpan> spans(TokenizedText t) {
    return spans(t, null);
  }

  /** {@code datelinePlace}: the place of a dateline cut from the text, or null. */
  List<NameSpan> spans(TokenizedText t, String datelinePlace) {
    List<NameSpan> spans = new ArrayList<>();
    for (int s = 0; s < t.sentenceStarts().length; s++) {
      List<Token> sentence = t.sentence(s);
      EntityType[] labels = recognizer.label(sentence);
      int base = t.sentenceStarts()[s];
      int i = 0;
      while (i < labels.length) {
        if (labels[i] == null) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < labels.length && labels[j] == labels[i]) j++;
        spans.add(new NameSpan(base + i, base + j, labels[i], Mention.Source.RECOGNIZER));
        i = j;
      }
    }
    if (!newsLayer) return spans;
    spans = SpanCleanup.apply(t, spans);
    spans = SpanRepair.apply(t, spans);
    spans = TypeCues.apply(t, spans);
    spans = ResultLines.apply(t, spans);
    spans = EntrantTeams.apply(t, spans);
    spans = NameConsistency.apply(t, spans, datelinePlace);
    spans = WorkTitles.apply(t, spans);
    return Acronyms.apply(t, spans);
  }

  static List<Mention> toMentions(TokenizedText t, List<NameSpan> spans) {
    List<Mention> out = new ArrayList<>(spans.size());
    for (NameSpan s : spans) {
      out.add(new Mention(t.words(s.from(), s.to()), t.token(s.from()).start(), t.token(s.to() - 1).end(),
          s.type(), s.source()));
    }
    return out;
  }
}
