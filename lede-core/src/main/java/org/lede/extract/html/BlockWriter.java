package org.lede.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.lede.article.ArticleBuilder;

/**
 * Writes the body containers as an article's paragraphs, subheads and images: each block-level element's text
 * is one paragraph, headings are subheads, figures are images, and furniture still inside the body (share bars,
 * link lists, captions, credits) is left out.
 */
final class BlockWriter {
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "li", "ul",
      "ol", "dl", "dd", "dt", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "caption",
      "address", "center", "hr", "form", "fieldset", "details", "summary", "figure", "figcaption", "tbody", "thead",
      "tfoot", "hgroup", "body");
  private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "dl", "table", "header",
      "form", "fieldset", "tbody");
  private static final Set<String> CELL_BLOCKS = Set.of("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4",
      "blockquote", "pre", "section");

  /** Longer than this, an element named like a caption ("category-fotografie") is a post, not a caption. */
  private static final int MAX_CAPTION_CHARS = 600;
  /** A heading this long is text set large, not a heading. */
  private static final int MIN_HEADING_TEXT_CHARS = 150;
  /** Longer than this, an element named like a credit is text (a paragraph wrapped in a paste marker). */
  private static final int MAX_CREDIT_CHARS = 120;
  /** A short block that is mostly link text is a teaser or a pointer elsewhere, not body text. */
  private static final double MAX_LINK_DENSITY = 0.6;
  private static final int MAX_LINK_LINE_CHARS = 150;
  private static final int MAX_LINK_ITEM_CHARS = 200;
  private static final Set<String> LISTS = Set.of("ul", "ol");
  private static final int MIN_INTRODUCING_WORDS = 4;
  /**
   * When the furniture filters leave less than this share of the chosen containers' prose, they took the article
   * for furniture (a story in a box named "caption", a post inside a column that also holds the category list), and
   * the containers are written again with only the line-by-line filters.
   */
  private static final double MIN_WRITTEN_SHARE = 0.2;
  private static final int MIN_CHOSEN_PROSE = 250;
  /**
   * Teasers of other stories ("… Read more...") after this much of the story are furniture; before it, they may be
   * all the page has.
   */
  private static final int MIN_STORY_BEFORE_TEASER_CHARS = 250;

  private final ArticleBuilder article;
  private final String headline;
  private final TextStats stats;
  private final ImageReader images;
  private final StringBuilder buffer = new StringBuilder();
  private final Deque<String> blocks = new ArrayDeque<>();
  private int linkChars;
  private int linkDepth;
  private int breaks;
  /** Subheads wait for the paragraph they introduce; they are dropped if furniture comes first. */
  private final List<String> pendingSubheads = new ArrayList<>();
  private int rootChars;
  /** Whether the last block written is a paragraph that announces a list; cleared by any block after it. */
  private boolean introduced;
  /** The length of the teasers of other stories left out. */
  private int teaserChars;
  /** The list of links such a paragraph announced, while it is written. */
  private Element introducedList;
  /** Whether containers named or shaped as furniture are written like any other (comments still are not). */
  private final boolean lenient;

  private BlockWriter(ArticleBuilder article, String headline, TextStats stats, ImageReader images,
      boolean lenient) {
    this.article = article;
    this.headline = headline == null ? "" : squash(headline);
    this.stats = stats;
    this.images = images;
    this.lenient = lenient;
  }

  /**
   * Writes {@code roots}, in order, into {@code article}; again without the container filters when these leave
   * almost nothing of the text the roots were chosen for.
   */
  static void write(List<Element> roots, ArticleBuilder article, String headline, TextStats stats,
      ImageReader images) {
    int imagesBefore = images.size();
    BlockWriter writer = new BlockWriter(article, headline, stats, images, false);
    for (Element root : roots) writer.writeRoot(root);
    writer.headingsAsText();
    int chosen = 0;
    for (Element root : roots) chosen += TextStats.prose(stats.of(root));
    // Teasers were read and judged by their own form; the container filters did not take them for furniture.
    if (chosen < MIN_CHOSEN_PROSE || written(article) + writer.teaserChars >= MIN_WRITTEN_SHARE * chosen) return;
    article.paragraphs(List.of()).subheads(List.of());
    images.truncate(imagesBefore);
    BlockWriter lenient = new BlockWriter(article, headline, stats, images, true);
    for (Element root : roots) lenient.writeRoot(root);
    lenient.headingsAsText();
  }

  /**
   * A page whose every line is a heading (a notice set in {@code <h2>}) has its text there: with no paragraph
   * written, the headings waiting for one are the text, if one is as long as a paragraph (a lone "Comments" or a
   * login prompt is not).
   */
  private void headingsAsText() {
    if (!article.paragraphs().isEmpty()) return;
    if (pendingSubheads.stream().noneMatch(h -> h.length() >= MIN_HEADING_TEXT_CHARS)) return;
    for (String heading : pendingSubheads) article.addParagraph(heading);
    pendingSubheads.clear();
  }

  private static int written(ArticleBuilder article) {
    int chars = 0;
    for (String p : article.paragraphs()) chars += p.length();
    return chars;
  }

  private void writeRoot(Element root) {
    blocks.clear();
    rootChars = Math.max(1, stats.of(root).chars);
    blocks.push(BLOCKS.contains(root.normalName()) ? root.normalName() : "div");
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          text(t.getWholeText());
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        if (e != root && skip(e)) return FilterResult.SKIP_ENTIRELY;
        String tag = e.normalName();
        if (tag.equals("br")) {
          if (++breaks >= 2) flush();
          buffer.append(' ');
          return FilterResult.CONTINUE;
        }
        if (tag.equals("a")) linkDepth++;
        if (tag.equals("td") || tag.equals("th")) {
          if (isLayoutCell(e)) {
            open(tag);
          } else if (buffer.length() > 0) {
            buffer.append(" | ");
          }
        } else if (BLOCKS.contains(tag) && e != root) {
          open(tag);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        String tag = e.normalName();
        if (tag.equals("a")) linkDepth--;
        if (e == introducedList) {
          flush();
          introducedList = null;
          introduced = false;
        }
        if ((tag.equals("td") || tag.equals("th")) ? isLayoutCell(e) : BLOCKS.contains(tag) && e != root) {
          close();
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    flush();
  }

  private boolean skip(Element e) {
    String tag = e.normalName();
    if (LISTS.contains(tag) && introducedList == null && isIntroduced(e)) {
      introducedList = e;
      return false;
    }
    if (lenient) {
      if (tag.equals("figure")) images.read(e);
      if (tag.equals("img")) images.readLoose(e);
      return tag.equals("figure") || tag.equals("img") || Boilerplate.isHidden(e) || Boilerplate.isComments(e);
    }
    if (tag.equals("figure") || isCaptionOrCredit(e)) {
      images.read(e);
      return true;
    }
    if (tag.equals("img")) {
      images.readLoose(e);
      return true;
    }
    if (Boilerplate.isHidden(e)) return true;
    if (Boilerplate.isDiscard(e) && !holdsBody(e) || isLinkList(e)) {
      introduced = false;
      // A heading over furniture ("More on this topic" over a link list) goes with it.
      if (stats.of(e).chars > 0) pendingSubheads.clear();
      return true;
    }
    return false;
  }

  private boolean isCaptionOrCredit(Element e) {
    int chars = stats.of(e).chars;
    return chars <= MAX_CAPTION_CHARS && ImageReader.isCaption(e) || chars <= MAX_CREDIT_CHARS && ImageReader.isCredit(e);
  }

  /**
   * A wrapper named for furniture ("sidebar-and-content-body") that holds most of the body is not furniture:
   * names are mixed in templates, text shares are not.
   */
  private boolean holdsBody(Element e) {
    int chars = stats.of(e).chars;
    return chars > rootChars / 2 || chars > rootChars / 4 && Boilerplate.isContentNamed(e);
  }

  /**
   * A list of links that the story's own sentence announces ("The seven papers in this issue are:") is what the
   * sentence promised, not a box of links, when it follows the sentence with nothing between.
   */
  private boolean isIntroduced(Element e) {
    if (Boilerplate.isDiscard(e) || Boilerplate.isHidden(e)) return false;
    if (buffer.length() > 0) flush();
    return introduced;
  }

  /** Whether {@code paragraph} announces what follows: a sentence of a few words ending in a colon. */
  private static boolean introduces(String paragraph) {
    if (!paragraph.endsWith(":") || ArticleEnd.opensFurniture(paragraph)) return false;
    return paragraph.split("\\s+").length >= MIN_INTRODUCING_WORDS;
  }

  private boolean isLinkList(Element e) {
    if (!CONTAINERS.contains(e.normalName())) return false;
    TextStats.Counts c = stats.of(e);
    return c.links >= 2 && c.linkDensity() > 0.5 && (c.chars < 2000 || c.linkDensity() > 0.7);
  }

  private boolean isLayoutCell(Element cell) {
    // Child by child: children() would copy them into a list for every cell.
    for (Element child = cell.firstElementChild(); child != null; child = child.nextElementSibling()) {
      if (CELL_BLOCKS.contains(child.normalName())) return true;
    }
    return false;
  }

  private void text(String s) {
    if (s.isBlank()) {
      if (buffer.length() > 0) buffer.append(' ');
      return;
    }
    breaks = 0;
    buffer.append(s);
    if (linkDepth > 0) linkChars += TextStats.visibleChars(s);
  }

  private void open(String tag) {
    flush();
    blocks.push(tag);
  }

  private void close() {
    flush();
    if (blocks.size() > 1) blocks.pop();
  }

  private void flush() {
    breaks = 0;
    if (buffer.length() == 0) return;
    String text = Texts.clean(buffer.toString());
    int links = linkChars;
    buffer.setLength(0);
    linkChars = 0;
    if (text.isEmpty() || Texts.hasNoWords(text)) return;
    introduced = false;
    double density = (double) links / Math.max(1, TextStats.visibleChars(text));
    String block = blocks.peek();
    boolean heading = block != null && block.length() == 2 && block.charAt(0) == 'h' && Character.isDigit(block.charAt(1));
    if (heading) {
      if (density > 0.5 || squash(text).equals(headline)) return;
      if (article.paragraphs().isEmpty() && block.equals("h1")) return;
      pendingSubheads.add(text);
      return;
    }
    if (article.paragraphs().isEmpty() && squash(text).equals(headline)) return;
    boolean announced = introducedList != null && "li".equals(block);
    if (!announced && density > MAX_LINK_DENSITY
        && text.length() < ("li".equals(block) ? MAX_LINK_ITEM_CHARS : MAX_LINK_LINE_CHARS)) {
      return;
    }
    if (Furniture.isTimestamp(text) || Furniture.isLabel(text) || Furniture.isFollowUs(text)
        || Furniture.isFilingLine(text)) {
      return;
    }
    if (links > 0 && Furniture.isTeaser(text) && written(article) >= MIN_STORY_BEFORE_TEASER_CHARS) {
      // The teaser's title, set as a heading over it, goes with it.
      pendingSubheads.clear();
      teaserChars += text.length();
      return;
    }
    if (Furniture.isCredit(text)) {
      images.credit(text);
      return;
    }
    for (String subhead : pendingSubheads) article.addSubhead(subhead);
    pendingSubheads.clear();
    article.addParagraph(text);
    introduced = introduces(text);
  }

  private static String squash(String s) {
    return Texts.clean(s).toLowerCase(Locale.ROOT);
  }
}
