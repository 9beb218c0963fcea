package org.lede.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.lede.article.Image;
import org.lede.html.NamePattern;
import org.lede.html.PageParts;

/**
 * Collects an article's images from its figures and captions: the picture's URL (lazy-loading attributes
 * included), the caption, and the credit split from it or taken from a credit element. Not thread-safe; one
 * per page.
 */
final class ImageReader {
  private static final Pattern QUERY = Pattern.compile("[?#].*$");
  private static final Pattern SRCSET_SEPARATOR = Pattern.compile("[\\s,]+");

  private static final NamePattern CAPTION_NAMES = NamePattern.of("caption", "bildunterschrift", "legende",
      "bu-text");
  private static final NamePattern CREDIT_NAMES = NamePattern.of("credit", "copyright", "photographer",
      "fotograf", "quelle", "source");
  private static final int MAX_IMAGES = 30;

  private final List<Image> images = new ArrayList<>();

  /** Returns whether {@code e} is named as a caption outside a {@code <figure>}. */
  static boolean isCaption(Element e) {
    if (e.nameIs("figcaption")) return true;
    String n = Boilerplate.names(e);
    return !n.isEmpty() && CAPTION_NAMES.matches(n) && !e.nameIs("body") && !e.nameIs("article");
  }

  /**
   * Returns whether {@code e} is named as a picture's credit ("photo-credit", "source"). The names are loose (an
   * editor's paste marker "internal-source-marker" wraps whole paragraphs), so a caller checks the length too.
   */
  static boolean isCredit(Element e) {
    String n = Boilerplate.names(e);
    return !n.isEmpty() && CREDIT_NAMES.matches(n) && !e.nameIs("body") && !e.nameIs("article");
  }

  /** Adds the lead image the page's metadata names. */
  void lead(String url) {
    if (url != null && !url.isBlank()) add(new Image(url, null, null));
  }

  /**
   * Reads the caption and credit of the lead image from its {@code <figure>}, wherever the page puts it: news pages
   * often print the lead picture above the element that holds the body, where body extraction never looks.
   */
  void leadFigure(PageParts parts, String leadUrl) {
    if (leadUrl == null || leadUrl.isBlank()) return;
    String wanted = fileName(leadUrl);
    // Not "figure:has(img)": jsoup's structural selectors memoise the elements they saw, which keeps the last
    // page alive after its extraction.
    for (Element figure : parts.figures()) {
      Element img = figure.selectFirst("img");
      if (img == null) continue;
      String url = source(img);
      if (url != null && (url.equals(leadUrl) || (!wanted.isEmpty() && fileName(url).equals(wanted)))) {
        Element copy = figure.clone();
        copy.selectFirst("img").attr("src", leadUrl).removeAttr("srcset").removeAttr("data-src");
        read(copy);
        return;
      }
    }
  }

  private static String fileName(String url) {
    String path = QUERY.matcher(url).replaceAll("");
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Reads a figure or a caption element. */
  void read(Element e) {
    Element img = e.nameIs("img") ? e : e.selectFirst("img");
    String url = img == null ? null : source(img);
    String credit = null;
    Element captionElement = e.nameIs("figure") ? e.selectFirst("figcaption") : e;
    if (captionElement == null && e.nameIs("figure")) captionElement = e.selectFirst("[class*=caption]");
    String caption = null;
    if (captionElement != null) {
      Element copy = captionElement.clone();
      for (Element c : copy.getAllElements()) {
        if (c == copy || c.parent() == null) continue;
        String n = Boilerplate.names(c);
        if (!n.isEmpty() && CREDIT_NAMES.matches(n)) {
          credit = Captions.clean(c.text());
          c.remove();
        }
      }
      String own = Boilerplate.names(captionElement);
      if (!own.isEmpty() && CREDIT_NAMES.matches(own) && !CAPTION_NAMES.matches(own)) {
        credit = Captions.clean(copy.text());
      } else {
        Captions.Split split = Captions.split(copy.text());
        caption = split.caption();
        if (credit == null) credit = split.credit();
      }
    }
    if (url == null && caption == null && credit == null) return;
    if (url == null && !images.isEmpty() && !e.nameIs("figure")) {
      // A caption set apart from its picture describes the picture just before it.
      Image last = images.get(images.size() - 1);
      if (last.caption() == null || last.credit() == null) {
        images.set(images.size() - 1, new Image(last.url(),
            last.caption() != null ? last.caption() : caption, last.credit() != null ? last.credit() : credit));
        return;
      }
    }
    add(new Image(url, caption, credit));
  }

  /** Attaches a credit line printed apart from its picture to the last image, or to a picture-less entry. */
  void credit(String line) {
    Captions.Split split = Captions.split(line);
    if (split.credit() == null) return;
    if (!images.isEmpty() && images.get(images.size() - 1).credit() == null) {
      Image last = images.get(images.size() - 1);
      images.set(images.size() - 1, new Image(last.url(), last.caption(), split.credit()));
    } else if (images.size() < MAX_IMAGES) {
      images.add(new Image(null, split.caption(), split.credit()));
    }
  }

  /** Reads an image that stands in the body without a figure. */
  void readLoose(Element img) {
    String url = source(img);
    if (url == null || url.startsWith("data:")) return;
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.contains(".gif") || lower.contains(".svg") || lower.contains("pixel") || lower.contains("icon")) return;
    add(new Image(url, null, null));
  }

  /** How many images have been read. */
  int size() {
    return images.size();
  }

  /** Forgets the images read after the first {@code size}, to read a body again. */
  void truncate(int size) {
    while (images.size() > size) images.remove(images.size() - 1);
  }

  List<Image> images() {
    return List.copyOf(images);
  }

  private void add(Image image) {
    for (int i = 0; i < images.size(); i++) {
      Image old = images.get(i);
      if (image.url() != null && image.url().equals(old.url())) {
        if (old.caption() == null && old.credit() == null) images.set(i, image);
        return;
      }
    }
    if (images.size() < MAX_IMAGES) images.add(image);
  }

  private static String source(Element img) {
    for (String attr : new String[] {"data-src", "data-lazy-src", "data-original", "data-srcset", "srcset", "src"}) {
      String v = img.attr(attr).trim();
      if (v.isEmpty() || v.startsWith("data:")) continue;
      if (attr.endsWith("srcset")) v = SRCSET_SEPARATOR.split(v)[0];
      String abs = org.jsoup.internal.StringUtil.resolve(img.baseUri(), v);
      return abs.isEmpty() ? v : abs;
    }
    return null;
  }
}
