package org.lede.app.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.lede.article.Article;
import org.lede.quote.Quote;
import org.lede.quote.QuoteKind;
import org.lede.quote.Resolution;
import org.lede.quote.Speaker;
import org.lede.quote.SpeakerKind;

/**
 * Stanford CoreNLP's QuoteAnnotator with attribution, its quotes given as Lede {@link Quote} values so one scorer
 * judges both. Needs the full CoreNLP models jar on the system class path: CoreNLP reads its models with
 * {@code ClassLoader.getSystemResourceAsStream}, so it runs in its own JVM (see {@link QuoteBench}).
 *
 * <p>Not thread-safe: one pipeline, used by one thread.
 */
final class CoreNlpQuotes implements Function<Article, List<Quote>> {
  /**
   * The annotators QuoteAttributionAnnotator needs: it finds speakers through named entities, dependencies and
   * coreference chains. SUTime and fine-grained NER add nothing to quotes and need libraries Lede does not ship.
   */
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
  private static final String MARKS = "\"“”‘’'`«»";

  private final StanfordCoreNLP pipeline;

  CoreNlpQuotes() {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty("quote.attributeQuotes", "true");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    pipeline = new StanfordCoreNLP(props);
  }

  @Override
  public List<Quote> apply(Article article) {
    String text = article.text();
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<Quote> out = new ArrayList<>();
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes == null) return out;
    for (CoreMap q : quotes) {
      int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      while (start < end && MARKS.indexOf(text.charAt(start)) >= 0) start++;
      while (end > start && MARKS.indexOf(text.charAt(end - 1)) >= 0) end--;
      out.add(new Quote(text.substring(start, end), QuoteKind.DIRECT, start, end, null, speaker(q, tokens, text), null,
          null));
    }
    return out;
  }

  /** The mention CoreNLP tied the quote to, with its character offsets, and the speaker it resolved. */
  private static Speaker speaker(CoreMap q, List<CoreLabel> tokens, String text) {
    Integer first = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
    Integer last = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
    String mention = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
    String name = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
    if (first == null || last == null || first < 0 || first >= tokens.size()) return null;
    int begin = tokens.get(first).beginPosition();
    // The mention's end token is inclusive; guard against an exclusive index at the document's end.
    int endToken = Math.min(last, tokens.size() - 1);
    int end = tokens.get(endToken).endPosition();
    if (mention != null && end - begin > mention.length() + 1 && endToken > first) end = tokens.get(endToken - 1).endPosition();
    String written = text.substring(begin, end);
    return new Speaker(written, begin, end, name == null ? written : name, Resolution.NAMED, false, SpeakerKind.PERSON,
        null, null);
  }
}
