package org.lede.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.lede.article.Article;
import org.lede.article.Subhead;

/**
 * Where an article's body ends when the page's markup does not say: at a short line that opens the furniture after
 * a story, the reader comments ("Comments", "23 Comments", "Comments are now closed", "What you think...") or a list
 * of links to other stories ("Related articles", "Must Read", "B.C. Headlines", "Mehr zum Thema"), or the tools
 * and boxes printed under a story ("Printer friendly page", "Kontakt", "About the author"). Pages without names on their
 * containers (old tables, {@code <div class="yvhd">}) leave both inside the container the body is taken from, and
 * the comments are often longer than the story.
 *
 * <p>Only a line standing alone counts, and only after the story has begun: a heading that introduces the body of
 * its own (a page that is all comments) is kept. Openers that also introduce a single link in the middle of a
 * story ("Read more", "See also", "Lesen Sie auch") are not in the list.
 */
final class ArticleEnd {
  /** The body before the line must be at least this long for the line to end it. */
  private static final int MIN_BODY_CHARS = 250;
  private static final int MAX_LINE_CHARS = 60;

  private static final Pattern OPENER = Pattern.compile(String.join("|",
      // reader comments
      "(?:\\d+\\s+)?(?:reader(?:'?s'?)?\\s+|your\\s+|user\\s+)?comments?(?:\\s*\\(\\d+\\))?",
      "comments?\\s+(?:are\\s+)?(?:now\\s+)?closed(?:\\s+for\\s+this\\s+(?:story|article|post|entry))?",
      "(?:leave|post|add|write)\\s+(?:a|your)\\s+(?:comment|reply)",
      "(?:\\d+\\s+)?(?:responses?|replies)(?:\\s+to\\s+.{1,60})?",
      "(?:tell\\s+us\\s+)?what\\s+(?:do\\s+)?you\\s+think",
      "join\\s+the\\s+(?:discussion|conversation)",
      "(?:most\\s+)?(?:recent|latest|top|all|show|view|read)\\s+(?:all\\s+|the\\s+)?(?:reader(?:'?s'?)?\\s+|user\\s+)?comments?(?:\\s*\\(\\d+\\))?",
      "comments?\\s*\\(\\d+\\)[,;:].{0,40}",
      "(?:reader\\s+)?comments?(?:\\s+blog)?\\s+[-–—:]\\s.{1,50}",
      "no\\s+comments?(?:\\s+(?:yet|so\\s+far|at\\s+the\\s+moment|have\\s+been\\s+(?:posted|made)))?",
      "\\d+\\s+comments?\\s+(?:post|add|leave|write)\\s+a\\s+comment",
      "talkback(?:\\s+[-–—:]\\s.{1,40})?",
      "do\\s+you\\s+have\\s+(?:any\\s+)?(?:comments?|thoughts|views)\\s+(?:on|about)\\s+this\\s+(?:story|article|post)\\??",
      "(?:thanks\\s+for\\s+your\\s+comments\\W+)?(?:this\\s+)?(?:feedback|discussion)\\s+is\\s+(?:now\\s+)?closed",
      "(?:\\d+\\s+)?(?:leser)?kommentare?(?:\\s*\\(\\d+\\))?",
      "kommentare\\s+insgesamt(?:\\W+\\d+)?",
      "kommentar\\s+(?:schreiben|verfassen)",
      "(?:\\d+\\s+)?commentaires?",
      "(?:\\d+\\s+)?comentarios?",
      // lists of other stories
      "related(?:\\s+(?:articles?|stories|content|links|news|coverage|posts|items))?",
      "external\\s+links",
      "related\\s+to\\s+this\\s+(?:story|article|post)",
      "(?:also\\s+in|more\\s+in|other)\\s+(?:the\\s+)?news",
      "latest\\s+from(?:\\s+[\\p{L}.' ]{1,30})?",
      // the tools printed under a story
      "(?:printer[\\s-]friendly|print)\\s+(?:page|version|this\\s+(?:article|story|page))(?:\\W.{0,50})?",
      "(?:e-?mail|send)\\s+this\\s+(?:article|story|page)(?:\\W.{0,50})?",
      "(?:article\\s+|story\\s+)?tools",
      "(?:other\\s+)?(?:recent|latest)\\s+(?:articles|stories|posts|news)",
      "more\\s+(?:stories|news|headlines|articles)",
      "(?:must|most)\\s+read",
      "most\\s+(?:popular|viewed|shared|commented)",
      "top\\s+stories",
      "[\\p{L}.' ]{1,24}\\s+headlines",
      "you\\s+(?:may|might)\\s+also\\s+(?:like|be\\s+interested\\s+in)",
      "recommended(?:\\s+for\\s+you)?",
      "das\\s+(?:thema\\s+)?könnte\\s+(?:sie|dich)\\s+auch\\s+interessieren",
      "(?:ähnliche|verwandte)\\s+(?:artikel|beiträge|themen|themenbereiche)",
      "mehr\\s+(?:zum\\s+thema|themen)",
      "weitere\\s+(?:aktuelle\\s+)?(?:artikel|beiträge|themen|informationen|infos|nachrichten|meldungen)"
          + "(?:\\s+(?:zum\\s+thema|aus\\s+.{1,40}))?",
      "auch\\s+interessant",
      "schon\\s+gelesen\\??",
      "lust\\s+auf\\s+mehr\\??",
      "zum\\s+weiterlesen",
      "weiterführende(?:r)?\\s+links?",
      "zobacz\\s+(?:również|także|też)",
      "explore\\s+further",
      // the contact, author and newsletter boxes under a story or a press release
      "kontakt|ansprechpartner(?:in)?|über\\s+den\\s+autor(?:in)?|about\\s+the\\s+author",
      "(?:zum\\s+)?newsletter\\s+(?:anmelden|abonnieren)",
      "meistgelesen(?:e\\s+artikel)?",
      "articles\\s+similaires",
      "(?:artículos|noticias)\\s+relacionad[ao]s"));
  /** Trailing punctuation a heading may carry: "Comments:", "What you think...", "Related »". */
  private static final Pattern TRAILER = Pattern.compile("[\\s:.…»›>|\\-–—]+$");

  private ArticleEnd() {}

  /**
   * A paywall's notice where a story is cut short ("To view the full story, please subscribe to ...", "Subscribe now
   * to our e-edition for the full story."): a sentence or two, so it may be longer than a heading.
   */
  private static final Pattern PAYWALL = Pattern.compile(
      "(?=.*\\bsubscri(?:be|ption)\\b)(?=.*\\b(?:full|whole|entire|rest\\s+of\\s+(?:the|this))\\s+(?:story|article)\\b)"
          // and the appeal that closes a blog post
          + "|if\\s+you\\s+(?:enjoyed|liked|found)\\s+(?:reading\\s+)?this\\s+(?:post|article|story)"
          + "|(?:gefällt|gefiel)\\s+(?:dir|ihnen)\\s+(?:dieser|unser|der|das)\\s+\\p{L}*(?:artikel|beitrag|magazin|blog)\\b");
  private static final int MAX_PAYWALL_CHARS = 160;

  /** Returns whether {@code line}, standing alone, opens the comments or a list of other stories. */
  static boolean opensFurniture(String line) {
    if (line.length() <= MAX_PAYWALL_CHARS && PAYWALL.matcher(line.toLowerCase(Locale.ROOT)).lookingAt()) return true;
    if (line.length() > MAX_LINE_CHARS) return false;
    String bare = TRAILER.matcher(line.strip()).replaceAll("").toLowerCase(Locale.ROOT);
    return !bare.isEmpty() && OPENER.matcher(bare).matches();
  }

  /** Returns {@code a} without its last paragraphs and subheads from the first line that opens furniture on. */
  static Article cut(Article a) {
    List<String> paragraphs = a.paragraphs();
    List<Subhead> subheads = a.subheads();
    int before = 0;
    int s = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      for (; s < subheads.size() && subheads.get(s).paragraph() <= i; s++) {
        if (before >= MIN_BODY_CHARS && opensFurniture(subheads.get(s).text())) return keep(a, i, s);
      }
      if (before >= MIN_BODY_CHARS && opensFurniture(paragraphs.get(i))) return keep(a, i, s);
      before += paragraphs.get(i).length();
    }
    return a;
  }

  private static Article keep(Article a, int paragraphs, int subheads) {
    return a.toBuilder()
        .paragraphs(new ArrayList<>(a.paragraphs().subList(0, paragraphs)))
        .subheads(new ArrayList<>(a.subheads().subList(0, subheads)))
        .build();
  }
}
