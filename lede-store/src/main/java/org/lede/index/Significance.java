package org.lede.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/**
 * Finds the words and two-word phrases a sample of articles uses more than the corpus does, the way Elasticsearch's
 * significant_text does: the sample's bodies are analysed again (as the index analysed them: stems, no stop words),
 * each term counted once per article, and compared by log-likelihood with the term's document frequency in the
 * whole index, which Lucene keeps (a phrase's is counted by a phrase query, for the few strongest candidates only,
 * over at most {@link PhraseCount#SAMPLE} articles and scaled up). Its cost follows the sample's size, never the
 * corpus's.
 */
public final class Significance {
  private static final int MIN_SAMPLE_DOCS = 2;
  private static final int WORD_CANDIDATES = 200;
  private static final int PHRASE_CANDIDATES = 30;
  /** What an article is about is in its first few paragraphs; the rest of a long one only adds cost. */
  static final int MAX_CHARS = 5000;
  /**
   * In a large index, a phrase whose rarer word is in more than this share of articles is not counted: a phrase
   * query costs about the rarer word's postings, and two common words seldom make a telling phrase.
   */
  private static final double COMMON = 0.05;
  private static final long LARGE = 10_000;

  /**
   * Function words the English analyser keeps: every news story has them, so at scale they are never telling, but in
   * a small store they look so. Compared with the word as written, lower-cased.
   */
  private static final Set<String> FUNCTION_WORDS = Set.of("said", "says", "say", "told", "were", "from", "has", "have",
      "had", "been", "being", "would", "could", "should", "also", "more", "than", "which", "who", "whom", "what", "when",
      "where", "why", "how", "about", "after", "before", "over", "its", "our", "his", "her", "hers", "him", "them",
      "she", "you", "your", "can", "one", "all", "out", "up", "new", "did", "does", "do", "just", "like", "only", "other",
      "some", "any", "most", "many", "much", "very", "so", "we", "us", "my", "me", "i", "am", "while", "during",
      "because", "since", "through", "those", "here", "now", "may", "might", "must", "own", "same", "each", "both",
      "few", "off", "again", "further", "once", "under", "until", "above", "below", "between", "against", "down",
      "per", "via", "yet", "even", "still", "well", "back", "get", "got", "make", "made", "two", "three", "last",
      "first", "year", "years", "week", "day", "time", "according", "including", "people");

  /** The function words as the index holds them (stemmed), so a token is checked without cutting it out of the text. */
  private static final Set<String> FUNCTION_TERMS = stems(FUNCTION_WORDS);

  private static Set<String> stems(Set<String> words) {
    Set<String> out = new HashSet<>();
    try (Analyzer analyzer = Analysis.analyzer()) {
      for (String w : words) {
        try (TokenStream ts = analyzer.tokenStream(IndexFields.BODY, w)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) out.add(term.toString());
          ts.end();
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  private Significance() {}

  /** The words and phrases found, strongest first. */
  public record Result(List<SignificantTerm> words, List<SignificantTerm> phrases) {}

  /**
   * How many articles of a corpus hold a word or a two-word phrase: what a sample is weighed against. Words are terms
   * as the index holds them (stemmed, lower-cased).
   */
  public interface TermCounts {
    /** Returns how many articles have a body. */
    long articles();

    /** Returns, for each of {@code terms}, how many articles hold it. */
    long[] articles(List<String> terms);

    /** Returns, for each phrase of two terms, how many articles hold it (an estimate is allowed on a large corpus). */
    long[] phraseArticles(List<String[]> phrases);
  }

  private static final Analyzer SHARED = Analysis.analyzer();

  /**
   * Finds the words and phrases the articles {@code bodies} (their texts, best match first) use more than the corpus
   * {@code counts} describes, analysing them as the index does; at most {@code limit} of each. Asks {@code counts}
   * twice: once for the candidate words and the words of the candidate phrases, once for the phrases worth counting.
   */
  public static Result of(List<String> bodies, TermCounts counts, int limit) throws IOException {
    return of(SHARED, bodies, counts, limit);
  }

  static Result of(IndexSearcher searcher, Analyzer analyzer, int[] docs, int limit) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<String> bodies = new ArrayList<>(docs.length);
    for (int doc : docs) {
      String whole = stored.document(doc, Set.of(IndexFields.BODY)).get(IndexFields.BODY);
      if (whole != null) bodies.add(whole);
    }
    return of(analyzer, bodies, new IndexCounts(searcher), limit);
  }

  private static Result of(Analyzer analyzer, List<String> wholeBodies, TermCounts counts, int limit) throws IOException {
    Map<String, int[]> wordDocs = new HashMap<>();
    Map<String, int[]> phraseDocs = new HashMap<>();
    List<String> bodies = new ArrayList<>(wholeBodies.size());
    for (String whole : wholeBodies) {
      String body = whole.length() <= MAX_CHARS ? whole : whole.substring(0, MAX_CHARS);
      bodies.add(body);
      int article = bodies.size();
      // each count is {articles, the last article that counted}: a term counts once an article, with one lookup
      tokens(analyzer, body, (term, phrase, start, end) -> {
        int[] c = (phrase ? phraseDocs : wordDocs).computeIfAbsent(term, k -> new int[2]);
        if (c[1] != article) {
          c[0]++;
          c[1] = article;
        }
      });
    }
    int sampled = bodies.size();
    List<Map.Entry<String, int[]>> wordCandidates = top(wordDocs, WORD_CANDIDATES);
    List<Map.Entry<String, int[]>> phraseCandidates = top(phraseDocs, PHRASE_CANDIDATES);
    Map<String, Map<String, Integer>> surfaces = surfaces(analyzer, bodies, wordCandidates, phraseCandidates);
    long corpus = Math.max(counts.articles(), sampled);
    // one lookup for every word asked about: the candidates, then the words of the candidate phrases
    List<String> asked = new ArrayList<>();
    for (Map.Entry<String, int[]> e : wordCandidates) asked.add(e.getKey());
    for (Map.Entry<String, int[]> e : phraseCandidates) asked.addAll(List.of(e.getKey().split(" ")));
    long[] dfs = asked.isEmpty() ? new long[0] : counts.articles(asked);
    List<SignificantTerm> words = new ArrayList<>();
    for (int i = 0; i < wordCandidates.size(); i++) {
      Map.Entry<String, int[]> e = wordCandidates.get(i);
      add(words, surface(surfaces, e.getKey()), e.getValue()[0], sampled, dfs[i], corpus);
    }
    List<Map.Entry<String, int[]>> counted = new ArrayList<>();
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i < phraseCandidates.size(); i++) {
      long df1 = dfs[wordCandidates.size() + 2 * i];
      long df2 = dfs[wordCandidates.size() + 2 * i + 1];
      if (corpus > LARGE && Math.min(df1, df2) > COMMON * corpus) continue;
      counted.add(phraseCandidates.get(i));
      pairs.add(phraseCandidates.get(i).getKey().split(" "));
    }
    long[] phraseDfs = pairs.isEmpty() ? new long[0] : counts.phraseArticles(pairs);
    List<SignificantTerm> phrases = new ArrayList<>();
    for (int i = 0; i < counted.size(); i++) {
      Map.Entry<String, int[]> e = counted.get(i);
      add(phrases, surface(surfaces, e.getKey()), e.getValue()[0], sampled, phraseDfs[i], corpus);
    }
    return new Result(strongest(words, limit), strongest(phrases, limit));
  }

  /** A Lucene index's own counts: document frequencies it keeps, phrases counted by {@link PhraseCount}. */
  private record IndexCounts(IndexSearcher searcher) implements TermCounts {
    @Override
    public long articles() {
      try {
        return searcher.getIndexReader().getDocCount(IndexFields.BODY);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public long[] articles(List<String> terms) {
      long[] out = new long[terms.size()];
      try {
        for (int i = 0; i < out.length; i++) out[i] = searcher.getIndexReader().docFreq(new Term(IndexFields.BODY, terms.get(i)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return out;
    }

    @Override
    public long[] phraseArticles(List<String[]> phrases) {
      long[] out = new long[phrases.size()];
      try {
        for (int i = 0; i < out.length; i++) out[i] = PhraseCount.estimate(searcher, IndexFields.BODY, phrases.get(i)[0], phrases.get(i)[1]);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return out;
    }
  }

  /** Told each telling word of a text (stemmed) and each two-word phrase of them, with where it was written. */
  @FunctionalInterface
  private interface TermSink {
    void term(String term, boolean phrase, int start, int end);
  }

  /** Analyses {@code body} as the index did, telling {@code sink} its words (function words left out) and phrases. */
  private static void tokens(Analyzer analyzer, String body, TermSink sink) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(IndexFields.BODY, body)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      String previous = null;
      int previousStart = 0;
      while (ts.incrementToken()) {
        String t = term.toString();
        int start = offset.startOffset();
        boolean word = worth(t) && !FUNCTION_TERMS.contains(t);
        if (word) sink.term(t, false, start, offset.endOffset());
        if (word && previous != null && inc.getPositionIncrement() == 1) {
          sink.term(previous + " " + t, true, previousStart, offset.endOffset());
        }
        previous = word ? t : null;
        previousStart = start;
      }
      ts.end();
    }
  }

  /**
   * How the candidates were written (lower-cased), with how many articles wrote each form: read in a second pass over
   * the sample for the candidates alone, since keeping every term's forms while counting cost most of the panel's time
   * (a map per phrase, and nearly every phrase of a text is new).
   */
  private static Map<String, Map<String, Integer>> surfaces(Analyzer analyzer, List<String> bodies,
      List<Map.Entry<String, int[]>> words, List<Map.Entry<String, int[]>> phrases) throws IOException {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    for (Map.Entry<String, int[]> e : words) out.put(e.getKey(), new HashMap<>());
    for (Map.Entry<String, int[]> e : phrases) out.put(e.getKey(), new HashMap<>());
    for (String body : bodies) {
      Set<String> seen = new HashSet<>();
      tokens(analyzer, body, (term, phrase, start, end) -> {
        Map<String, Integer> forms = out.get(term);
        // the form an article first writes a term in, once per article
        if (forms != null && seen.add(term)) forms.merge(written(body, start, end), 1, Integer::sum);
      });
    }
    return out;
  }

  private static String written(String body, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = body.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && !out.isEmpty()) out.append(' ');
      space = false;
      out.append(c);
    }
    return out.toString().toLowerCase(java.util.Locale.ROOT);
  }


  /** Numbers and one- or two-letter tokens say nothing about what was said. */
  private static boolean worth(String term) {
    if (term.length() < 3) return false;
    for (int i = 0; i < term.length(); i++) if (Character.isLetter(term.charAt(i))) return true;
    return false;
  }

  private static List<Map.Entry<String, int[]>> top(Map<String, int[]> counts, int n) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue()[0] >= MIN_SAMPLE_DOCS)
        .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
        .limit(n).toList();
  }

  private static void add(List<SignificantTerm> out, String text, int a, int sampled, long df, long corpus) {
    // the sample is part of the corpus: compare it with the rest
    long c = Math.max(0, df - a);
    long restDocs = Math.max(1, corpus - sampled);
    if ((double) a / sampled <= (double) c / restDocs) return;
    out.add(new SignificantTerm(text, a, Math.max(df, a), logLikelihood(a, sampled, c, restDocs)));
  }

  /** Dunning's G² for a term in {@code a} of {@code n1} sample documents and {@code c} of {@code n2} others. */
  static double logLikelihood(long a, long n1, long c, long n2) {
    double e1 = n1 * (double) (a + c) / (n1 + n2);
    double e2 = n2 * (double) (a + c) / (n1 + n2);
    double b = n1 - a;
    double d = n2 - c;
    double f1 = n1 * (double) (b + d) / (n1 + n2);
    double f2 = n2 * (double) (b + d) / (n1 + n2);
    return 2 * (xlog(a, e1) + xlog(c, e2) + xlog(b, f1) + xlog(d, f2));
  }

  private static double xlog(double observed, double expected) {
    return observed <= 0 || expected <= 0 ? 0 : observed * Math.log(observed / expected);
  }

  private static String surface(Map<String, Map<String, Integer>> surfaces, String term) {
    return surfaces.getOrDefault(term, Map.of()).entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(term);
  }

  private static List<SignificantTerm> strongest(List<SignificantTerm> terms, int limit) {
    return terms.stream().sorted(Comparator.comparingDouble(SignificantTerm::score).reversed()
        .thenComparing(SignificantTerm::text)).limit(limit).toList();
  }
}
