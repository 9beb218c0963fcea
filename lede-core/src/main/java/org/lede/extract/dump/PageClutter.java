package org.lede.extract.dump;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.lede.text.Chars;

/**
 * Recognises the furniture of scraped news pages that survives as whole lines of a text dump: share buttons,
 * read times, advertising labels, links to other stories. English words only, matched on the whole line.
 */
final class PageClutter {
  /** Printed around a headline: their presence says an article's header is here. */
  private static final Set<String> HEADER = Set.of(
      "short url", "short link", "follow", "follow us", "unfollow", "share", "shares", "share this",
      "share this article", "share article", "share this story", "share story", "share on facebook",
      "share on twitter", "share on x", "share on whatsapp", "share on linkedin", "share via email",
      "share via", "tweet", "email", "e-mail", "print", "save", "saved", "save article", "save for later",
      "copy link", "copy url", "link copied", "comments", "comment", "view comments", "show comments",
      "add comment", "join the conversation", "listen", "listen to this article", "listen to article",
      "listen to this story", "audio", "gift this article", "gift article", "facebook", "twitter", "x",
      "whatsapp", "linkedin", "reddit", "telegram", "pinterest", "messenger", "flipboard", "bookmark",
      "font size", "text size", "aa", "a a", "a+", "a-", "zoom", "play", "pause", "follow topic",
      "add to myft", "more", "close", "toggle caption", "expand", "enlarge", "fullscreen", "view image",
      "view gallery", "open gallery", "photos", "video", "watch", "live", "breaking", "opinion", "analysis",
      "exclusive", "updated", "last updated", "published", "first published", "posted", "reuters", "ap", "afp", "associated press", "the associated press",
      "agence france-presse", "bloomberg", "agencies", "staff", "wire", "wires", "the conversation");

  /** Printed anywhere, in the body too. */
  private static final Set<String> ANYWHERE = Set.of(
      "advertisement", "advertisements", "ad", "ads", "sponsored", "sponsored content", "promoted",
      "paid content", "read more", "read more below", "continue reading", "continue reading below",
      "story continues below", "story continues below advertisement", "article continues below",
      "article continues after advertisement", "skip advertisement", "skip ad", "skip to content",
      "skip to main content", "skip to navigation", "related", "related articles", "related stories",
      "related content", "related topics", "related coverage", "recommended", "recommended stories",
      "more on this story", "more from this author", "most read", "most popular", "most viewed", "trending",
      "trending now", "you may also like", "you might also like", "subscribe", "subscribe now", "sign up",
      "sign in", "log in", "login", "register", "newsletter", "newsletters", "show more", "load more",
      "see more", "view more", "back to top", "top", "menu", "search", "home", "cookie settings",
      "accept cookies", "accept all", "manage cookies", "topics", "tags", "share this page",
      "don't miss", "also read", "see also", "editor's picks", "top stories", "latest news", "latest");

  /** A writer's role on a line of its own under the byline: "Environment correspondent", "Senior Reporter". */
  private static final Pattern ROLE = Pattern.compile(
      "(?:[\\p{L}'’&\\-]+\\s+){0,4}(?:correspondent|editor|reporter|writer|columnist|contributor|journalist"
          + "|staff\\s+writer|photographer)s?");

  /** Labels over a list of links to other stories, whose headlines follow one a line. */
  private static final Pattern TEASER_LIST = Pattern.compile(
      "related(?:\\s+(?:articles|stories|content|coverage|news|reading|topics))?|recommended(?:\\s+(?:stories|for you|reading))?"
          + "|more\\s+(?:on\\s+this\\s+story|from\\s+.{1,40}|stories|news|in\\s+.{1,30})|most\\s+(?:read|popular|viewed|shared)"
          + "|you\\s+(?:may|might)\\s+also\\s+like|trending(?:\\s+now)?|top\\s+stories|latest(?:\\s+news|\\s+stories)?"
          + "|editor'?s\\s+picks|don'?t\\s+miss|also\\s+read|see\\s+also|read\\s+next|what\\s+to\\s+read\\s+next");

  private static final Pattern HEADER_SHAPES = Pattern.compile(
      "(?:\\d+\\s*(?:comments?|shares?)"
          + "|comments?\\s*\\(\\d+\\)"
          + "|\\d+\\s*(?:-\\s*)?min(?:ute)?s?(?:\\s+read|\\s+listen)?"
          + "|(?:estimated\\s+)?(?:read(?:ing)?\\s+time|time\\s+to\\s+read)\\s*:?\\s*\\d+\\s*min(?:ute)?s?"
          + "|listen(?:\\s+to\\s+(?:this\\s+)?(?:article|story))?\\s*[:·(-]?\\s*\\d+(?::\\d\\d)?\\s*(?:min(?:ute)?s?|mins?)?\\)?)");

  /** A label and a link to another story: "Read more: Headline", "RELATED: Headline". */
  private static final Pattern TEASER = Pattern.compile(
      "(?:read\\s+more|also\\s+read|read\\s+also|related|see\\s+also|more|watch|listen|click\\s+here|recommended)"
          + "(?:\\s*[:|>»›]|\\s+[-–—]\\s).*"
          + "|(?:sign\\s+up|subscribe)\\s+(?:for|to|now|here|today).*"
          + "|(?:follow|like)\\s+us\\s+on\\s+.*"
          + "|(?:click|tap)\\s+here\\s+to\\s+.*");

  private static final int MAX_TEASER_WORDS = 25;

  private PageClutter() {}

  /** Returns whether {@code line} (stripped) is header furniture. */
  static boolean header(String line) {
    return kind(line) == LineKind.HEADER_CLUTTER;
  }

  /** Returns {@link LineKind#HEADER_CLUTTER} or {@link LineKind#CLUTTER} for furniture, else null. */
  static LineKind kind(String line) {
    if (line.length() > 200) return null;
    String n = normalise(line);
    if (line.length() <= 80 && (HEADER.contains(n) || Chars.hasDigit(n) && HEADER_SHAPES.matcher(n).matches()
        || LineShapes.words(n) <= 5 && ROLE.matcher(n).matches())) {
      return LineKind.HEADER_CLUTTER;
    }
    if (ANYWHERE.contains(n) || n.length() <= 60 && TEASER_LIST.matcher(n).matches()) return LineKind.CLUTTER;
    return LineShapes.words(n) <= MAX_TEASER_WORDS && TEASER.matcher(n).matches() ? LineKind.CLUTTER : null;
  }

  /** Returns whether {@code line} is the label over a list of links to other stories ("Related", "Most read"). */
  static boolean teaserList(String line) {
    String n = normalise(line);
    return n.length() <= 60 && TEASER_LIST.matcher(n).matches();
  }


  /** Lower-cases, collapses spaces and drops decoration around a button label ("Share »" is "share"). */
  private static String normalise(String line) {
    String n = LineShapes.key(line);
    int end = n.length();
    while (end > 0 && ":»›>|•·-–—".indexOf(n.charAt(end - 1)) >= 0) end--;
    int start = 0;
    while (start < end && "«‹<|•·-–—#".indexOf(n.charAt(start)) >= 0) start++;
    return LineShapes.strip(n.substring(start, end));
  }
}
