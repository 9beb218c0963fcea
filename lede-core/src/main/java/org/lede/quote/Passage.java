package org.lede.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lede.article.Article;

/**
 * One article's text read once: its tokens, paragraphs, quoted spans (each judged a direct quote or an inline
 * phrase) and sentences. Built per call; never shared.
 */
final class Passage {
  final String text;
  final List<Token> tokens;
  final int[] paragraphOf;
  final List<QuotedSpan> spans;
  /** For each span, whether it reads as a direct quote rather than a phrase inside a sentence. */
  final boolean[] direct;
  /** For each token, the span whose content holds it, or -1. */
  final int[] inside;
  /** For each token, the span it opens, or -1. */
  final int[] opens;
  /** For each token, the span it closes, or -1. */
  final int[] closes;
  final List<Sentence> sentences = new ArrayList<>();
  /** For each token, the line holding it: a line break inside a paragraph still ends quotes and sentences. */
  private final int[] lineOf;
  final int[] sentenceOf;

  Passage(Article article) {
    text = article.text();
    tokens = Tokenizer.tokenize(text);
    int n = tokens.size();
    int[] starts = new int[article.paragraphs().size()];
    int[] ends = new int[starts.length];
    int offset = 0;
    for (int p = 0; p < starts.length; p++) {
      starts[p] = offset;
      ends[p] = offset + article.paragraphs().get(p).length();
      offset = ends[p] + Article.PARAGRAPH_BREAK.length();
    }
    paragraphOf = new int[n];
    lineOf = new int[n];
    int p = 0;
    for (int i = 0; i < n; i++) {
      while (p + 1 < starts.length && tokens.get(i).start() >= starts[p + 1]) p++;
      paragraphOf[i] = p;
    }
    int[][] lines = lines(starts, ends);
    spans = QuoteMarks.find(text, lines[0], lines[1]);
    for (int i = 0, line = 0; i < n; i++) {
      while (line + 1 < lines[0].length && tokens.get(i).start() >= lines[0][line + 1]) line++;
      lineOf[i] = line;
    }
    inside = new int[n];
    opens = new int[n];
    closes = new int[n];
    Arrays.fill(inside, -1);
    Arrays.fill(opens, -1);
    Arrays.fill(closes, -1);
    int s = 0;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      while (s < spans.size() && spans.get(s).close() <= t.start()) s++;
      if (s == spans.size() || spans.get(s).open() > t.start()) continue;
      QuotedSpan q = spans.get(s);
      if (t.start() == q.open()) opens[i] = s;
      else if (q.closed() && t.end() == q.close() && t.start() >= q.end()) closes[i] = s;
      else if (t.start() >= q.start() && t.end() <= q.end()) inside[i] = s;
    }
    direct = new boolean[spans.size()];
    for (int i = 0; i < n; i++) if (opens[i] >= 0) direct[opens[i]] = readsAsDirect(i, opens[i]);
    sentenceOf = new int[n];
    splitSentences();
  }

  /** Splits paragraphs further at single line breaks; returns line starts and ends. */
  private int[][] lines(int[] starts, int[] ends) {
    List<int[]> out = new ArrayList<>();
    for (int p = 0; p < starts.length; p++) {
      int from = starts[p];
      for (int i = starts[p]; i < ends[p]; i++) {
        if (text.charAt(i) == '\n') {
          out.add(new int[] {from, i});
          from = i + 1;
        }
      }
      out.add(new int[] {from, ends[p]});
    }
    int[][] r = new int[2][out.size()];
    for (int k = 0; k < out.size(); k++) {
      r[0][k] = out.get(k)[0];
      r[1][k] = out.get(k)[1];
    }
    return r;
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** True when token {@code i} lies inside a direct quote's content or marks. */
  boolean inDirect(int i) {
    int k = inside[i] >= 0 ? inside[i] : opens[i] >= 0 ? opens[i] : closes[i];
    return k >= 0 && direct[k];
  }

  boolean isSpeechVerb(int i) {
    return i >= 0 && i < tokens.size() && Lexicon.SPEECH_VERBS.containsKey(tokens.get(i).lower());
  }

  /**
   * A quote is direct when it stands where a sentence can start (paragraph or line start, after a full stop, a colon
   * or a cue) and reads as speech rather than a name or a title of a work ("Iron Lady", "Shark Tank").
   */
  private boolean readsAsDirect(int openToken, int spanIndex) {
    QuotedSpan q = spans.get(spanIndex);
    int prev = openToken - 1;
    boolean boundary = prev < 0 || paragraphOf[prev] != paragraphOf[openToken] || lineOf[prev] != lineOf[openToken]
        || closes[prev] >= 0;
    if (!boundary) {
      String pt = tokens.get(prev).text();
      boundary = pt.equals(".") || pt.equals("!") || pt.equals("?") || pt.equals(":") || pt.equals(";")
          || pt.equals("—") || pt.equals("–") || pt.equals("-") || isSpeechVerb(prev)
          || pt.equals(",") && (isSpeechVerb(prev - 1) || prev >= 1 && closes[prev - 1] >= 0)
          || pt.equals(",") && soundsLikeSentence(q)
          || speechVerbShortlyBefore(prev) && Character.isUpperCase(text.charAt(q.start()));
    }
    if (!boundary) return false;
    int words = 0;
    boolean titleCase = true;
    int k = openToken + 1;
    for (; k < tokens.size() && tokens.get(k).start() < q.end(); k++) {
      Token t = tokens.get(k);
      if (!t.isWord()) continue;
      words++;
      if (!t.isCapitalized() && !isMinorWord(t.lower())) titleCase = false;
    }
    char last = text.charAt(q.end() - 1);
    boolean endsLikeSpeech = last == '.' || last == ',' || last == '!' || last == '?' || last == '…' || !q.closed();
    boolean cueFollows = false;
    for (int j = k; j < Math.min(tokens.size(), k + 4); j++) if (isSpeechVerb(j)) cueFollows = true;
    if (titleCase && (words <= 6 && !endsLikeSpeech || words <= 3 && !cueFollows)) return false;
    return words >= 3 || endsLikeSpeech || cueFollows;
  }

  private boolean speechVerbShortlyBefore(int prev) {
    for (int j = prev; j >= Math.max(0, prev - 4); j--) {
      if (!tokens.get(j).isWord()) return false;
      if (isSpeechVerb(j)) return true;
    }
    return false;
  }

  /** Starts with a capital or ends with a full stop, question or exclamation mark: a sentence, not a phrase. */
  private boolean soundsLikeSentence(QuotedSpan q) {
    char first = text.charAt(q.start());
    char last = text.charAt(q.end() - 1);
    return Character.isUpperCase(first) || last == '.' || last == '?' || last == '!';
  }

  private static boolean isMinorWord(String l) {
    return l.equals("of") || l.equals("the") || l.equals("a") || l.equals("an") || l.equals("and") || l.equals("in")
        || l.equals("on") || l.equals("for") || l.equals("to") || l.equals("at") || l.equals("with");
  }

  /** From this length a sentence that has not ended is cut at its next comma or semicolon outside a quote. */
  static final int SOFT_TOKENS = 100;
  /** A sentence never grows past this: a text without full stops is read in windows, in time linear in its length. */
  static final int MAX_TOKENS = 250;

  private void splitSentences() {
    int n = tokens.size();
    int first = 0;
    for (int i = 0; i < n; i++) {
      boolean paragraphEnd = i + 1 == n || paragraphOf[i + 1] != paragraphOf[i] || lineOf[i + 1] != lineOf[i];
      int end = -1;
      int length = i - first + 1;
      if (paragraphEnd || length >= MAX_TOKENS) {
        end = i + 1;
      } else if (length >= SOFT_TOKENS && (tokens.get(i).is(",") || tokens.get(i).is(";")) && !inDirect(i)) {
        end = i + 1;
      } else if (isStop(tokens.get(i).text()) && !inDirect(i)) {
        int e = i;
        while (e + 1 < n && paragraphOf[e + 1] == paragraphOf[i] && (closes[e + 1] >= 0 || tokens.get(e + 1).is(")"))) e++;
        boolean lastOfParagraph = e + 1 == n || paragraphOf[e + 1] != paragraphOf[i] || lineOf[e + 1] != lineOf[i];
        if (lastOfParagraph || startsSentence(e + 1)) end = e + 1;
        i = e;
      } else if (closes[i] >= 0 && direct[closes[i]] && isStop(lastChar(spans.get(closes[i])))
          && i + 1 < n && paragraphOf[i + 1] == paragraphOf[i] && startsSentence(i + 1) && !cueSoon(i + 1)) {
        end = i + 1;
      }
      if (end > 0) {
        for (int k = first; k < end; k++) sentenceOf[k] = sentences.size();
        sentences.add(new Sentence(first, end, paragraphOf[first]));
        first = end;
        i = end - 1;
      }
    }
  }

  private String lastChar(QuotedSpan q) {
    return String.valueOf(text.charAt(q.end() - 1));
  }

  /** "“We won!” Trump said." keeps the cue with its quote; "“We won.” The crowd then cheered" does not. */
  private boolean cueSoon(int from) {
    for (int j = from; j < Math.min(tokens.size(), from + 3); j++) if (isSpeechVerb(j)) return true;
    return appositionThenCue(from);
  }

  /**
   * "“We won!” Jane Doe, a teacher from Selkirk, said.": a name, its apposition between commas, then the cue and the
   * sentence's end. The comma before the cue must close the apposition the comma after the name opened.
   */
  private boolean appositionThenCue(int from) {
    if (from >= tokens.size() || !tokens.get(from).isCapitalized() || !tokens.get(from).isWord()) return false;
    int k = from;
    while (k < tokens.size() && k - from < 5 && tokens.get(k).isWord() && tokens.get(k).isCapitalized()
        && !Lexicon.NOT_NAMES.contains(tokens.get(k).lower())) {
      k++;
    }
    if (k >= tokens.size() || !tokens.get(k).text().equals(",") || k == from) return false;
    for (int j = k + 1; j + 1 < tokens.size() && j - k <= 20 && paragraphOf[j] == paragraphOf[from]; j++) {
      Token t = tokens.get(j);
      if (isStop(t.text()) || opens[j] >= 0 && direct[opens[j]] || t.text().equals(";")) return false;
      if (t.text().equals(",") && isSpeechVerb(j + 1)) {
        int after = j + 2;
        while (after < tokens.size() && paragraphOf[after] == paragraphOf[from] && tokens.get(after).isWord()
            && after - j < 6) {
          after++;
        }
        return after >= tokens.size() || paragraphOf[after] != paragraphOf[from] || isStop(tokens.get(after).text())
            || tokens.get(after).text().equals(",");
      }
    }
    return false;
  }

  private static boolean isStop(String s) {
    return s.equals(".") || s.equals("!") || s.equals("?") || s.equals("…");
  }

  private boolean startsSentence(int i) {
    Token t = tokens.get(i);
    return t.isCapitalized() || Character.isDigit(t.text().charAt(0)) || opens[i] >= 0;
  }
}
