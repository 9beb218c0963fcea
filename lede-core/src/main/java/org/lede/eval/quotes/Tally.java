package org.lede.eval.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.lede.quote.Quote;
import org.lede.quote.QuoteKind;
import org.lede.quote.Speaker;

/** Counts matches between gold attributions and found quotes, article by article. Not thread-safe. */
final class Tally {
  private static final String OPENING_MARKS = "\"“‘'`«";

  private int directExact;
  private int directOverlap;
  private int directSource;
  private int directPred;
  private int directPredWithSource;
  private int directGold;
  private int directGoldWithSource;
  private int attrPred;
  private int attrGold;
  private int cueHits;
  private int sourceHits;
  private int contentHits;
  final List<String> errors = new ArrayList<>();

  /** A direct quote, gold or found: its content and its source (null when none). */
  private record Direct(Span content, Span source) {}

  /** An attribution, gold or found, with normalised spans. */
  private record Attr(Span cue, Span source, Set<Span> contents, String cueText) {}

  void add(String id, String text, List<PolnearEval.GoldAttribution> gold, List<Quote> quotes) {
    directs(id, text, goldDirects(text, gold), foundDirects(text, quotes));
    attributions(id, text, goldAttrs(text, gold), foundAttrs(text, quotes));
  }

  List<Score> scores() {
    return List.of(
        new Score("direct quote content (exact)", directExact, directPred, directGold),
        new Score("direct quote content (overlap >= 0.5)", directOverlap, directPred, directGold),
        new Score("direct quote source (content overlap, source exact)", directSource, directPredWithSource,
            directGoldWithSource),
        new Score("speech attribution cue (exact)", cueHits, attrPred, attrGold),
        new Score("speech attribution source (exact)", sourceHits, attrPred, attrGold),
        new Score("speech attribution content (exact)", contentHits, attrPred, attrGold));
  }

  private static List<Direct> goldDirects(String text, List<PolnearEval.GoldAttribution> gold) {
    List<Direct> out = new ArrayList<>();
    for (PolnearEval.GoldAttribution g : gold) {
      for (int[] c : g.contents()) {
        int s = c[0];
        while (s < c[1] && Character.isWhitespace(text.charAt(s))) s++;
        if (s >= c[1] || OPENING_MARKS.indexOf(text.charAt(s)) < 0) continue;
        out.add(new Direct(Span.normalized(text, c[0], c[1]), first(text, g.sources())));
      }
    }
    return out;
  }

  private static List<Direct> foundDirects(String text, List<Quote> quotes) {
    List<Direct> out = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.kind() != QuoteKind.DIRECT) continue;
      out.add(new Direct(Span.normalized(text, q.start(), q.end()), source(text, q.speaker())));
    }
    return out;
  }

  private static Span first(String text, List<int[]> spans) {
    if (spans.isEmpty()) return null;
    int s = spans.get(0)[0];
    int e = spans.get(spans.size() - 1)[1];
    return Span.normalized(text, s, e);
  }

  private static Span source(String text, Speaker s) {
    return s == null ? null : Span.normalized(text, s.start(), s.end());
  }

  private void directs(String id, String text, List<Direct> gold, List<Direct> found) {
    directGold += gold.size();
    directPred += found.size();
    for (Direct g : gold) if (g.source() != null) directGoldWithSource++;
    for (Direct f : found) if (f.source() != null) directPredWithSource++;
    Set<Span> goldExact = new java.util.HashSet<>();
    for (Direct g : gold) goldExact.add(g.content());
    for (Direct f : found) if (goldExact.remove(f.content())) directExact++;
    boolean[] used = new boolean[found.size()];
    for (Direct g : gold) {
      int best = -1;
      double bestOverlap = 0.5 - 1e-9;
      for (int k = 0; k < found.size(); k++) {
        double o = used[k] ? 0 : found.get(k).content().overlap(g.content());
        if (o >= bestOverlap) {
          best = k;
          bestOverlap = o;
        }
      }
      if (best < 0) {
        errors.add(id + " MISSED direct: " + clip(text, g.content()) + " <- " + clip(text, g.source())
            + context(text, g.content()));
        continue;
      }
      used[best] = true;
      directOverlap++;
      Direct f = found.get(best);
      if (g.source() != null && Objects.equals(g.source(), f.source())) {
        directSource++;
      } else {
        errors.add(id + " SOURCE direct [" + sourceError(text, g.source(), f.source()) + "]: " + clip(text, g.content())
            + " gold=" + clip(text, g.source()) + " found=" + clip(text, f.source()) + context(text, g.content()));
      }
    }
    for (int k = 0; k < found.size(); k++) {
      if (!used[k]) {
        errors.add(id + " EXTRA direct: " + clip(text, found.get(k).content()) + " <- "
            + clip(text, found.get(k).source()) + context(text, found.get(k).content()));
      }
    }
  }

  private static List<Attr> goldAttrs(String text, List<PolnearEval.GoldAttribution> gold) {
    List<Attr> out = new ArrayList<>();
    for (PolnearEval.GoldAttribution g : gold) {
      if (!SpeechCues.isSpeech(g.cueText()) || g.cues().isEmpty()) continue;
      Set<Span> contents = new TreeSet<>(java.util.Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
      for (int[] c : g.contents()) contents.add(Span.normalized(text, c[0], c[1]));
      out.add(new Attr(first(text, g.cues()), first(text, g.sources()), contents, g.cueText()));
    }
    return out;
  }

  /** Groups found quotes into attributions by cue; a split or continued quote joins its speaker's attribution. */
  private static List<Attr> foundAttrs(String text, List<Quote> quotes) {
    Map<Span, Attr> byCue = new LinkedHashMap<>();
    Map<Span, Span> cueOfMention = new LinkedHashMap<>();
    for (Quote q : quotes) {
      if (q.kind() == QuoteKind.PARTIAL) continue;
      Span content = Span.normalized(text, q.start(), q.end());
      Span source = source(text, q.speaker());
      Span cue;
      if (q.cue() != null) {
        if (!SpeechCues.isSpeech(q.cue().text())) continue;
        cue = new Span(q.cue().start(), q.cue().end());
        if (source != null) cueOfMention.put(source, cue);
      } else {
        cue = source == null ? null : cueOfMention.get(source);
        if (cue == null) continue;
      }
      Attr a = byCue.computeIfAbsent(cue, c -> new Attr(c, source,
          new TreeSet<>(java.util.Comparator.comparingInt(Span::start).thenComparingInt(Span::end)),
          q.cue() == null ? null : q.cue().text()));
      a.contents().add(content);
    }
    return new ArrayList<>(byCue.values());
  }

  private void attributions(String id, String text, List<Attr> gold, List<Attr> found) {
    attrGold += gold.size();
    attrPred += found.size();
    boolean[] used = new boolean[found.size()];
    for (Attr g : gold) {
      int match = -1;
      for (int k = 0; k < found.size() && match < 0; k++) {
        if (!used[k] && found.get(k).cue().intersects(g.cue())) match = k;
      }
      if (match < 0) {
        errors.add(id + " MISSED attribution: " + clip(text, g.source()) + " | " + g.cueText() + " | "
            + clipAll(text, g.contents()) + context(text, g.cue()));
        continue;
      }
      used[match] = true;
      Attr f = found.get(match);
      if (f.cue().equals(g.cue())) cueHits++;
      if (Objects.equals(f.source(), g.source())) {
        sourceHits++;
      } else {
        errors.add(id + " SOURCE attribution [" + sourceError(text, g.source(), f.source()) + "]: gold="
            + clip(text, g.source()) + " found=" + clip(text, f.source()) + context(text, g.cue()));
      }
      if (f.contents().equals(g.contents())) {
        contentHits++;
      } else {
        errors.add(id + " CONTENT attribution (" + g.cueText() + ") [" + contentError(g.contents(), f.contents())
            + "]: gold=" + clipAll(text, g.contents()) + " found=" + clipAll(text, f.contents()) + " at " + offsets(g.contents())
            + " vs " + offsets(f.contents()) + context(text, g.cue()));
      }
    }
    for (int k = 0; k < found.size(); k++) {
      if (!used[k]) {
        Attr f = found.get(k);
        errors.add(id + " EXTRA attribution: " + clip(text, f.source()) + " | " + clip(text, f.cue()) + " | "
            + clipAll(text, f.contents()) + context(text, f.cue()));
      }
    }
  }

  /**
   * The class of a wrong source, for error analysis: none found, a pronoun left unresolved on one side, a span that
   * runs on past the gold one (an apposition or a relative clause taken in) or stops short, or another speaker.
   */
  static String sourceError(String text, Span gold, Span found) {
    if (found == null) return "no source";
    if (gold == null) return "source where none";
    String g = text.substring(gold.start(), gold.end());
    String f = text.substring(found.start(), found.end());
    if (PRONOUNS.contains(f.toLowerCase(java.util.Locale.ROOT))) return "pronoun found";
    if (PRONOUNS.contains(g.toLowerCase(java.util.Locale.ROOT))) return "pronoun in gold";
    if (found.start() == gold.start() && found.end() > gold.end()) return "runs on";
    if (found.start() == gold.start()) return "stops short";
    if (found.end() == gold.end() && found.start() > gold.start()) return "head only";
    if (found.intersects(gold)) return "overlaps";
    return "other speaker";
  }

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her",
      "them", "his", "its", "their", "who", "which");

  /** The class of a wrong content: it runs on, stops short, is split differently, or lies elsewhere. */
  static String contentError(Set<Span> gold, Set<Span> found) {
    if (gold.isEmpty()) return "content where none";
    if (found.isEmpty()) return "no content";
    int gs = gold.stream().mapToInt(Span::start).min().orElseThrow();
    int ge = gold.stream().mapToInt(Span::end).max().orElseThrow();
    int fs = found.stream().mapToInt(Span::start).min().orElseThrow();
    int fe = found.stream().mapToInt(Span::end).max().orElseThrow();
    if (gold.size() != found.size() && gs == fs && ge == fe) return "split differently";
    if (gs == fs && fe > ge) return "runs on";
    if (gs == fs && fe < ge) return "stops short";
    if (ge == fe && fs < gs) return "starts early";
    if (ge == fe && fs > gs) return "starts late";
    if (fe <= gs || fs >= ge) return "elsewhere";
    return "both ends";
  }

  private static String offsets(Set<Span> spans) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) b.append(b.isEmpty() ? "" : ",").append(s.start()).append('-').append(s.end());
    return b.toString();
  }

  /** The text around a span, for reading an error in place. */
  private static String context(String text, Span s) {
    if (s == null) return "";
    int from = Math.max(0, s.start() - 160);
    int to = Math.min(text.length(), s.end() + 160);
    return "\n    … " + text.substring(from, to).replace('\n', ' ') + " …";
  }

  private static String clipAll(String text, Set<Span> spans) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) b.append('[').append(clip(text, s)).append(']');
    return b.toString();
  }

  private static String clip(String text, Span s) {
    if (s == null) return "null";
    String t = text.substring(s.start(), s.end()).replace('\n', ' ');
    return t.length() > 90 ? t.substring(0, 40) + " … " + t.substring(t.length() - 40) : t;
  }
}
