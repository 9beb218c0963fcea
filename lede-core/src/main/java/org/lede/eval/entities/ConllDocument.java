package org.lede.eval.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One CoNLL-2003 document rebuilt as text: tokens joined by a space, sentences by a line break, with each token's
 * offsets and the gold names as token spans.
 *
 * @param text        the rebuilt text
 * @param tokenStarts offset of each token in {@code text}
 * @param tokenEnds   offset just past each token
 * @param gold        gold names
 */
record ConllDocument(String text, int[] tokenStarts, int[] tokenEnds, List<Span> gold) {

  /** A name over tokens {@code [first, last]} of one document. */
  record Span(int first, int last, String type) {}

  int tokenCount() {
    return tokenStarts.length;
  }

  /** Reads every document of a CoNLL file (IOB1 tags in the last column). */
  static List<ConllDocument> read(Path file) throws IOException {
    List<ConllDocument> docs = new ArrayList<>();
    Builder b = new Builder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("-DOCSTART-")) {
        b.finish(docs);
        b = new Builder();
      } else if (line.isBlank()) {
        b.endSentence();
      } else {
        String[] cols = line.trim().split("\\s+");
        b.add(cols[0], cols[cols.length - 1]);
      }
    }
    b.finish(docs);
    return docs;
  }

  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    final List<Integer> starts = new ArrayList<>();
    final List<Integer> ends = new ArrayList<>();
    final List<Span> gold = new ArrayList<>();
    boolean sentenceOpen;
    String openType;
    int openFirst;

    void add(String word, String tag) {
      if (sentenceOpen) text.append(' ');
      sentenceOpen = true;
      int index = starts.size();
      starts.add(text.length());
      text.append(word);
      ends.add(text.length());
      String type = tag.equals("O") ? null : tag.substring(2);
      boolean begins = tag.startsWith("B-") || type != null && !type.equals(openType);
      if (openType != null && (type == null || begins)) close(index - 1);
      if (type != null && (openType == null || begins)) {
        openType = type;
        openFirst = index;
      }
    }

    void close(int last) {
      gold.add(new Span(openFirst, last, openType));
      openType = null;
    }

    void endSentence() {
      if (openType != null) close(starts.size() - 1);
      if (sentenceOpen) text.append('\n');
      sentenceOpen = false;
    }

    void finish(List<ConllDocument> docs) {
      endSentence();
      if (starts.isEmpty()) return;
      docs.add(new ConllDocument(text.toString(),
          starts.stream().mapToInt(Integer::intValue).toArray(),
          ends.stream().mapToInt(Integer::intValue).toArray(),
          List.copyOf(gold)));
    }
  }
}
