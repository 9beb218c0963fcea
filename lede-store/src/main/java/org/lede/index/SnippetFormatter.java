package org.lede.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's passages into a {@link Snippet}: passages joined by an ellipsis, matches as spans. */
final class SnippetFormatter extends PassageFormatter {
  static final String ELLIPSIS = " … ";

  @Override
  public Snippet format(Passage[] passages, String content) {
    StringBuilder text = new StringBuilder();
    List<Snippet.Span> spans = new ArrayList<>();
    for (Passage p : passages) {
      if (!text.isEmpty()) text.append(ELLIPSIS);
      String passage = content.substring(p.getStartOffset(), p.getEndOffset());
      int lead = passage.length() - passage.stripLeading().length();
      passage = passage.strip();
      int base = text.length() - p.getStartOffset() - lead;
      text.append(passage);
      int lastEnd = -1;
      for (int i = 0; i < p.getNumMatches(); i++) {
        int start = Math.max(p.getMatchStarts()[i] + base, lastEnd);
        int end = Math.min(p.getMatchEnds()[i] + base, text.length());
        if (end <= start) continue;
        // phrase matches come as overlapping term matches: merge them into one span
        if (!spans.isEmpty() && start <= spans.getLast().end() + 1 && isGap(text, spans.getLast().end(), start)) {
          start = spans.removeLast().start();
        }
        spans.add(new Snippet.Span(start, end));
        lastEnd = end;
      }
    }
    return new Snippet(text.toString(), spans);
  }

  private static boolean isGap(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) if (!Character.isWhitespace(text.charAt(i))) return false;
    return true;
  }
}
