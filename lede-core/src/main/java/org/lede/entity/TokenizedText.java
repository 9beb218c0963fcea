package org.lede.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A text split into tokens, with where each sentence starts: what every news-layer rule reads.
 *
 * @param text           the text
 * @param tokens         all tokens in order
 * @param sentenceStarts index of each sentence's first token, ascending
 */
record TokenizedText(String text, List<Token> tokens, int[] sentenceStarts) {

  static TokenizedText of(String text) {
    List<List<Token>> sentences = Tokenizer.sentences(text);
    List<Token> all = new ArrayList<>();
    int[] starts = new int[sentences.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = all.size();
      all.addAll(sentences.get(i));
    }
    return new TokenizedText(text, all, starts);
  }

  List<Token> sentence(int i) {
    int to = i + 1 < sentenceStarts.length ? sentenceStarts[i + 1] : tokens.size();
    return tokens.subList(sentenceStarts[i], to);
  }

  boolean startsSentence(int token) {
    return java.util.Arrays.binarySearch(sentenceStarts, token) >= 0;
  }

  Token token(int i) {
    return tokens.get(i);
  }

  int size() {
    return tokens.size();
  }

  String words(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  String word(int i) {
    return tokens.get(i).text();
  }
}
