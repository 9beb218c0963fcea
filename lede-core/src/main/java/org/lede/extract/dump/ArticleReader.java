package org.lede.extract.dump;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lede.article.Article;
import org.lede.article.ArticleBuilder;
import org.lede.article.Image;
import org.lede.article.StatedTime;
import org.lede.extract.ArticleIds;
import org.lede.time.NewsTimes;

/**
 * Reads one article from its lines of a dump: the header's headline, dek, metadata, key points and captions,
 * then the body's paragraphs and subheads, with the dateline set apart from the first paragraph. Clutter lines
 * become fields or are dropped; they never reach the body. Not thread-safe: one reader per article.
 */
final class ArticleReader {
  private final DumpLine[] lines;
  private final Segmenter.Segment segment;
  private final Instant reference;
  private final ArticleBuilder article = Article.builder();
  private final List<Image> images = new ArrayList<>();
  private boolean hasByline;
  private boolean datelineTried;
  private StringBuilder pending;
  private String headlineKey;
  private String url;

  private ArticleReader(DumpLine[] lines, Segmenter.Segment segment, Instant reference) {
    this.lines = lines;
    this.segment = segment;
    this.reference = reference;
  }

  /**
   * Returns the article in {@code segment} of {@code lines}, or null when it has neither headline nor body.
   *
   * @param position the article's index among those read from {@code input}, for its id
   */
  static Article read(DumpLine[] lines, Segmenter.Segment segment, String input, int position, Instant reference) {
    ArticleReader reader = new ArticleReader(lines, segment, reference);
    int bodyStart = reader.readHeader();
    reader.readBody(bodyStart);
    ArticleBuilder b = reader.article;
    if (b.headline() == null && b.paragraphs().isEmpty()) return null;
    return b.id(ArticleIds.of(null, input, position)).input(input).images(reader.images).build();
  }

  /** Reads the header lines into fields; returns the first body line. */
  private int readHeader() {
    int start = segment.start();
    int last = segment.headerLast();
    int headlineAt = headlineLine(start, last);
    if (headlineAt < 0 && last == start && lines[start].kind() == LineKind.TEXT) return start;
    if (headlineAt >= 0) {
      article.headline(lines[headlineAt].text());
      headlineKey = LineShapes.key(lines[headlineAt].text());
    }
    String dek = null;
    for (int j = start; j <= last; j++) {
      DumpLine line = lines[j];
      switch (line.kind()) {
        case META -> meta(line.text());
        case URL -> url(line.text());
        case BULLET -> article.addKeyPoint(LineShapes.strip(line.text().substring(1)));
        case CAPTION, CREDITED -> caption(line.text());
        case TEXT -> {
          boolean headline = j == headlineAt || headlineKey != null && headlineKey.equals(LineShapes.key(line.text()));
          // Text before the headline is a kicker or section label: page furniture.
          if (headline || j < headlineAt) continue;
          if (dek == null) {
            dek = line.text();
          } else {
            addImage(new Image(null, line.text(), null));
          }
        }
        default -> { }
      }
    }
    article.dek(dek);
    return last + 1;
  }

  /**
   * Returns the headline's line in the header: the line printed twice, else the first headline-like line of
   * four words or more, else the longest headline-like line; -1 when there is none.
   */
  private int headlineLine(int start, int last) {
    Map<String, Integer> seen = new HashMap<>();
    int firstLong = -1;
    int longest = -1;
    for (int j = start; j <= last; j++) {
      DumpLine line = lines[j];
      if (line.kind() != LineKind.TEXT || !LineShapes.headlineLike(line.text())) continue;
      Integer earlier = seen.putIfAbsent(LineShapes.key(line.text()), j);
      if (earlier != null) return earlier;
      int words = LineShapes.words(line.text());
      if (firstLong < 0 && words >= 4) firstLong = j;
      if (longest < 0 || words > LineShapes.words(lines[longest].text())) longest = j;
    }
    return firstLong >= 0 ? firstLong : longest;
  }

  private void readBody(int from) {
    int end = segment.end();
    for (int j = from; j < end; j++) {
      DumpLine line = lines[j];
      switch (line.kind()) {
        case META -> {
          flush();
          meta(line.text());
        }
        case URL -> {
          flush();
          url(line.text());
        }
        case CAPTION -> {
          flush();
          caption(line.text());
        }
        case TEXT, BULLET, CREDITED -> text(line.text(), j, end);
        default -> flush();
      }
    }
    flush();
  }

  private void text(String text, int j, int end) {
    if (pending != null && !LineShapes.endsSentence(pending) && LineShapes.startsLowerCase(text)) {
      // A hard-wrapped paragraph: the line goes on the sentence before it.
      pending.append(' ').append(text);
      return;
    }
    flush();
    if (article.paragraphs().isEmpty() && LineShapes.key(text).equals(headlineKey)) return;
    if (lines[j].kind() == LineKind.TEXT && Subheads.isSubhead(lines, j, end)) {
      article.addSubhead(text);
      return;
    }
    pending = new StringBuilder(text);
  }

  private void flush() {
    if (pending == null) return;
    String paragraph = pending.toString();
    pending = null;
    if (!datelineTried) {
      datelineTried = true;
      Datelines.Found found = Datelines.find(paragraph);
      if (found != null) {
        article.dateline(found.dateline());
        paragraph = LineShapes.strip(found.rest());
        if (paragraph.isEmpty()) return;
      }
    }
    article.addParagraph(paragraph);
  }

  private void meta(String text) {
    MetaLine meta = MetaLine.read(text);
    if (meta == null) return;
    for (TimeLines.Stated stated : meta.times()) {
      Optional<StatedTime> time = NewsTimes.parse(stated.raw(), reference, ZoneOffset.UTC);
      if (time.isEmpty()) continue;
      if (stated.role() == TimeLines.Role.UPDATED && article.updated() == null) article.updated(time.get());
      if (stated.role() == TimeLines.Role.PUBLISHED && article.published() == null) article.published(time.get());
    }
    if (!hasByline && !meta.names().isEmpty()) {
      article.byline(meta.names());
      hasByline = true;
    }
  }

  private void url(String text) {
    if (url != null) return;
    url = LineClassifier.url(text);
    article.url(url);
  }

  private void caption(String text) {
    Captions.Split split = Captions.split(text);
    if (split != null) addImage(new Image(null, split.caption(), split.credit()));
  }

  /** Adds {@code image}, or completes the last one when a site printed a caption and its credit on two lines. */
  private void addImage(Image image) {
    if (!images.isEmpty()) {
      Image lastImage = images.get(images.size() - 1);
      if (lastImage.caption() == null && image.credit() == null && lastImage.credit() != null) {
        images.set(images.size() - 1, new Image(null, image.caption(), lastImage.credit()));
        return;
      }
      if (lastImage.credit() == null && image.caption() == null && lastImage.caption() != null) {
        images.set(images.size() - 1, new Image(null, lastImage.caption(), image.credit()));
        return;
      }
    }
    images.add(image);
  }
}
