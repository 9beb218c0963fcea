package org.lede.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.lede.article.Article;

/**
 * Finds who said what in an article: every direct, partial and indirect quote in its {@code text}, each with its cue
 * and its speaker resolved as a reader would (a name, a surname, a pronoun, a title, a continuation, a "who said").
 *
 * <p>{@code List<Quote> quotes = new QuoteFinder().find(article);}
 *
 * <p>Work is linear in the article's length. Immutable and thread-safe: one instance serves any number of threads.
 */
public final class QuoteFinder {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");

  private final NameFinder names;

  /** A finder that uses the rule-based {@link NameFinder#light()} to find people. */
  public QuoteFinder() {
    this(NameFinder.light());
  }

  /**
   * A finder that takes people and organisations from {@code names}.
   *
   * @param names the entity layer; must be thread-safe
   */
  public QuoteFinder(NameFinder names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  /**
   * Returns the quotes of {@code article} in text order.
   *
   * @param article the article; offsets in the result point into its {@code text}
   * @return the quotes, never null
   */
  public List<Quote> find(Article article) {
    Passage p = new Passage(article);
    List<NameMention> found = names == NameFinder.light()
        ? LightNameFinder.INSTANCE.find(p.text, p.tokens) : names.find(p.text);
    People people = new People(p, found);
    return new Reading(p, people).quotes();
  }

  /** One article's attribution pass: sentence by sentence, carrying the latest quote for continuations. */
  /** Words that may stand alone before a mid-sentence cue and still be reported: "But, she said, …". */
  private static final java.util.Set<String> SENTENCE_LINKS = java.util.Set.of("and", "but", "nor", "or", "yet", "so",
      "still", "now", "that", "this", "even", "also", "then", "however", "instead", "meanwhile");
  private static final class Reading {
    private final Passage p;
    private final CueReader cues;
    private final SpeakerResolver speakers;
    private final People people;
    private final List<Quote> out = new ArrayList<>();
    private final boolean[] taken;
    private Quote lastInParagraph;
    private Quote lastOfPreviousParagraph;
    /** A paragraph that ends "He told his audience:" hands its speaker to the quote that opens the next one. */
    private Quote announced;
    private Quote announcedForThisParagraph;
    private int paragraph = -1;
    private int paragraphStart;
    /** The sentence before this one in the same paragraph, or null at a paragraph's start. */
    private Sentence previous;
    private Sentence current;

    Reading(Passage p, People people) {
      this.p = p;
      this.cues = new CueReader(p, people);
      this.speakers = new SpeakerResolver(p, people);
      this.people = people;
      this.taken = new boolean[p.spans.size()];
    }

    List<Quote> quotes() {
      for (Sentence s : p.sentences) {
        if (s.paragraph() != paragraph) {
          if (paragraph >= 0 && s.paragraph() == paragraph + 1) lastOfPreviousParagraph = lastInParagraph;
          else lastOfPreviousParagraph = null;
          announcedForThisParagraph = s.paragraph() == paragraph + 1 ? announced : null;
          announced = null;
          lastInParagraph = null;
          paragraph = s.paragraph();
          paragraphStart = p.token(s.first()).start();
          current = null;
        }
        previous = current;
        current = s;
        read(s);
      }
      out.sort(Comparator.comparingInt(Quote::start));
      return out;
    }

    private void read(Sentence s) {
      List<Attribution> found = cues.read(s);
      if (found.isEmpty() && p.token(s.end() - 1).text().equals(":")) {
        Attribution intro = cues.announcer(s);
        if (intro != null) {
          Token verb = p.token(intro.cueFirst());
          announced = new Quote("", QuoteKind.DIRECT, verb.start(), verb.start(),
              new Cue(verb.text(), verb.start(), verb.end()), speakers.resolve(intro), null, intro.medium());
        }
      }
      Quote firstHere = null;
      int before = out.size();
      for (Attribution a : found) {
        Speaker speaker = speakers.resolve(a);
        Cue cue = new Cue(p.text.substring(p.token(a.cueFirst()).start(), p.token(a.cueEnd() - 1).end()),
            p.token(a.cueFirst()).start(), p.token(a.cueEnd() - 1).end());
        for (int span : a.directSpans()) {
          if (taken[span]) continue;
          taken[span] = true;
          emit(direct(span, cue, speaker, a.addressee(), a.medium()));
        }
        // "Loyalty, he noted, has long been …", "But, he said, …": one word before a cue in mid-sentence is reported
        // when words follow; a preposition or a subordinator there ("In", "After") means the sentence was misread.
        boolean split = a.contentStart() >= 0 && a.rest() != null && words(a.contentStart(), a.contentEnd()) == 1
            && !opensPhrase(a.contentStart(), a.contentEnd());
        if (a.contentStart() >= 0 && (split || words(a.contentStart(), a.contentEnd()) >= 2)) {
          indirect(s, a.contentStart(), a.contentEnd(), cue, speaker, a);
          if (a.rest() != null) indirect(s, a.rest()[0], a.rest()[1], cue, speaker, a);
        }
        speakers.spoke(speaker);
        if (firstHere == null && out.size() > before) firstHere = out.get(before);
      }
      for (int i = s.first(); i < s.end(); i++) {
        int span = p.opens[i];
        if (span < 0 || taken[span]) continue;
        if (p.direct[span]) {
          taken[span] = true;
          Attribution intro = cues.introducer(s, i);
          if (intro != null) {
            Speaker speaker = speakers.resolve(intro);
            Token verb = p.token(intro.cueFirst());
            emit(direct(span, new Cue(verb.text(), verb.start(), verb.end()), speaker, null, intro.medium()));
            speakers.spoke(speaker);
          } else {
            emit(continuing(span));
          }
        } else if (firstHere != null && !isTitleLike(span)) {
          taken[span] = true;
          QuotedSpan q = p.spans.get(span);
          emit(new Quote(p.text.substring(q.start(), q.end()), QuoteKind.PARTIAL, q.start(), q.end(), firstHere.cue(),
              firstHere.speaker(), firstHere.addressee(), firstHere.medium()));
        }
      }
    }

    /** A direct quote with no cue of its own: the second half of a split quote, or a paragraph that goes on. */
    private Quote continuing(int span) {
      if (lastInParagraph == null && announcedForThisParagraph != null) {
        Quote a = announcedForThisParagraph;
        announcedForThisParagraph = null;
        return direct(span, a.cue(), a.speaker(), a.addressee(), a.medium());
      }
      Quote before = lastBefore(span);
      if (before != null && before.speaker() != null) {
        return direct(span, before.cue(), before.speaker(), before.addressee(), before.medium());
      }
      if (lastInParagraph == null) {
        Quote acted = actedBefore(span);
        if (acted != null) return acted;
      }
      if (lastOfPreviousParagraph != null && lastOfPreviousParagraph.speaker() != null) {
        Quote prev = lastOfPreviousParagraph;
        return direct(span, null, prev.speaker().resolvedBy(Resolution.CONTINUATION), prev.addressee(), prev.medium());
      }
      if (lastInParagraph == null && lastOfPreviousParagraph == null) {
        Quote introduced = introducedBefore(span);
        if (introduced != null) return introduced;
        Quote acted = actedInParagraphBefore(span);
        if (acted != null) return acted;
      }
      return direct(span, null, null, null, null);
    }

    /**
     * The quote a cue-less quote goes on from: the last one before it in its paragraph. A cue after it that brings in
     * a later quote ("“…” Mr. Zahed said: “…”") was read first, but is not what it continues.
     */
    private Quote lastBefore(int span) {
      if (lastInParagraph == null || lastInParagraph.start() < p.spans.get(span).start()
          || !afterColon(lastInParagraph)) {
        return lastInParagraph;
      }
      int open = p.spans.get(span).start();
      for (int k = out.size() - 1; k >= 0 && out.get(k).start() >= paragraphStart; k--) {
        Quote q = out.get(k);
        if (q.kind() != QuoteKind.PARTIAL && q.start() < open && !restatesLastSpeaker(q)) return q;
      }
      return lastInParagraph;
    }

    /** True when a colon brings in the quote: "Mr. Zahed said: “…”". */
    private boolean afterColon(Quote q) {
      int k = q.start() - 1;
      while (k > 0 && (Character.isWhitespace(p.text.charAt(k)) || "\"“‘'`«".indexOf(p.text.charAt(k)) >= 0)) k--;
      return k >= 0 && p.text.charAt(k) == ':';
    }

    /**
     * "Sen. Lena Brooks toured the clinic on Monday. “We are short of nurses.”": a quote with no cue that opens a
     * sentence belongs to the person the sentence before it, in the same paragraph, was about.
     */
    private Quote actedBefore(int span) {
      if (previous == null || p.spans.get(span).open() != p.token(current.first()).start()) return null;
      // "…, that I had to change my answer: “…”": a sentence that ends in a colon announces the quote after it.
      Attribution a = p.token(previous.end() - 1).text().equals(":") ? cues.announcer(previous) : null;
      if (a == null) a = cues.actor(previous);
      if (a == null) return null;
      Speaker s = speakers.resolve(a);
      if (s == null || s.kind() != SpeakerKind.PERSON) return null;
      return direct(span, null, s.resolvedBy(Resolution.CONTINUATION), null, null);
    }

    /**
     * "Viguerie is upbeat about Cruz’s chances." then "“Not only can Cruz win, he is the best bet.”": a paragraph that
     * opens with a quote and no cue, after a paragraph that quoted nobody, quotes the person its last sentence was
     * about, when that sentence opens with the person and a verb.
     */
    private Quote actedInParagraphBefore(int span) {
      Sentence last = lastSentenceBefore(paragraph);
      if (last == null || last.paragraph() != paragraph - 1 || current == null || previous != null
          || p.spans.get(span).open() != p.token(current.first()).start()) {
        return null;
      }
      Attribution a = cues.actor(last);
      // A pronoun two paragraphs up is too far to be the name a reader carries; a label ("PENCE: …") is a transcript.
      if (a == null || a.sourceFirst() != last.first() || NounPhrases.isPronoun(p.token(a.sourceFirst()))
          || p.token(a.sourceEnd() - 1).isPossessive() || opensWithLabel(span)) {
        return null;
      }
      // He and she, a title or a role make a person of a name; "British Columbia has spent …" does not.
      Entity e = people.bySurname(People.surname(Token.oneLine(
          p.text.substring(p.token(a.sourceFirst()).start(), p.token(a.sourceEnd() - 1).end()))));
      if (e == null || !e.seemsAPerson()) return null;
      Speaker s = speakers.resolve(a);
      if (s == null || s.kind() != SpeakerKind.PERSON || s.anonymous()) return null;
      return direct(span, null, s.resolvedBy(Resolution.CONTINUATION), null, null);
    }

    /** "“PENCE: Well, look …”": a transcript's quote opens with its speaker's name in capitals and a colon. */
    private boolean opensWithLabel(int span) {
      QuotedSpan q = p.spans.get(span);
      int colon = p.text.indexOf(':', q.start());
      if (colon < 0 || colon - q.start() > 30 || colon > q.end()) return false;
      String label = p.text.substring(q.start(), colon);
      return label.length() >= 2 && label.equals(label.toUpperCase(java.util.Locale.ROOT))
          && label.chars().anyMatch(Character::isLetter);
    }

    /** The last sentence of the paragraphs before {@code paragraphIndex}, or null. */
    private Sentence lastSentenceBefore(int paragraphIndex) {
      int first = current == null ? -1 : p.sentenceOf[current.first()];
      for (int k = first - 1; k >= 0; k--) {
        Sentence s = p.sentences.get(k);
        if (s.paragraph() < paragraphIndex) return s;
      }
      return null;
    }

    /**
     * "Marie Leblanc has grown apples for thirty years." then "“We lost half the crop.”": a paragraph that opens with
     * a quote and no cue, after a paragraph that named one person and quoted nobody, quotes that person.
     */
    private Quote introducedBefore(int span) {
      QuotedSpan q = p.spans.get(span);
      int open = p.tokens.size();
      for (int i = 0; i < p.tokens.size(); i++) {
        if (p.token(i).start() == q.open()) {
          open = i;
          break;
        }
      }
      int paragraphHere = p.paragraphOf[open];
      if (open == p.tokens.size() || paragraphHere == 0 || open > 0 && p.paragraphOf[open - 1] == paragraphHere) {
        return null;
      }
      People.Mention m = people.solePersonOf(paragraphHere - 1);
      if (m == null || !m.entity().seemsAPerson()) return null;
      Speaker s = m.entity().speaker(Token.oneLine(p.text.substring(m.start(), m.end())), m.start(), m.end(),
          Resolution.CONTINUATION);
      return direct(span, null, s, null, null);
    }

    private void partials(Sentence s, int from, int to, Quote parent) {
      for (int i = s.first(); i < s.end(); i++) {
        int k = p.opens[i];
        if (k < 0) continue;
        QuotedSpan q = p.spans.get(k);
        if (q.open() < from || q.close() > to + 1 || taken[k] || isTitleLike(k)) continue;
        taken[k] = true;
        emit(new Quote(p.text.substring(q.start(), q.end()), QuoteKind.PARTIAL, q.start(), q.end(), parent.cue(),
            parent.speaker(), parent.addressee(), parent.medium()));
      }
    }

    private Quote direct(int span, Cue cue, Speaker speaker, String addressee, String medium) {
      QuotedSpan q = p.spans.get(span);
      return new Quote(p.text.substring(q.start(), q.end()), QuoteKind.DIRECT, q.start(), q.end(), cue, speaker,
          addressee, medium);
    }

    private void emit(Quote q) {
      out.add(q);
      if (q.kind() != QuoteKind.PARTIAL && !restatesLastSpeaker(q)) lastInParagraph = q;
    }

    /**
     * "“…,” said Mr. Ekovich, who noted that prices had “cratered.” “Things are moving.”": the "who" of a relative
     * clause is the speaker just named, and the quote that goes on is his as named, not his "who".
     */
    private boolean restatesLastSpeaker(Quote q) {
      return q.speaker() != null && q.speaker().resolution() == Resolution.RELATIVE_CLAUSE && lastInParagraph != null
          && lastInParagraph.speaker() != null && lastInParagraph.speaker().name().equals(q.speaker().name());
    }

    /** Nicknames and titles of works: every word capitalised, no sentence punctuation ("Iron Lady"). */
    private boolean isTitleLike(int span) {
      QuotedSpan q = p.spans.get(span);
      String content = p.text.substring(q.start(), q.end());
      for (String w : SPACES.split(content)) {
        if (w.isEmpty()) continue;
        char c = w.charAt(0);
        if (Character.isLetter(c) && Character.isLowerCase(c) && !isMinor(w)) return false;
      }
      return true;
    }

    private static boolean isMinor(String w) {
      return w.equals("of") || w.equals("the") || w.equals("a") || w.equals("an") || w.equals("and") || w.equals("in")
          || w.equals("on") || w.equals("for") || w.equals("to") || w.equals("at");
    }

    private void indirect(Sentence s, int start, int end, Cue cue, Speaker speaker, Attribution a) {
      Quote q = new Quote(p.text.substring(start, end), QuoteKind.INDIRECT, start, end, cue, speaker, a.addressee(),
          a.medium());
      emit(q);
      partials(s, start, end, q);
    }

    /** One word that opens a phrase or a clause it does not finish: "In", "After", "Though", "Q". */
    private boolean opensPhrase(int start, int end) {
      String w = p.text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
      w = NOT_LETTER.matcher(w).replaceAll("");
      return w.length() < 2 || (Subjects.INTRO_WORDS.contains(w) || Lexicon.PHRASE_STOPS.contains(w))
          && !SENTENCE_LINKS.contains(w);
    }

    private int words(int from, int to) {
      int n = 0;
      boolean inWord = false;
      for (int i = from; i < to; i++) {
        boolean w = Character.isLetterOrDigit(p.text.charAt(i));
        if (w && !inWord) n++;
        inWord = w;
      }
      return n;
    }
  }
}
