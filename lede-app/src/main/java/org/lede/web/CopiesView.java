package org.lede.web;

import java.util.List;
import java.util.Locale;
import org.lede.corpus.Copies;
import org.lede.library.Newsroom;
import org.lede.store.StoredArticle;

/**
 * What an article page says about copies of its text: the earlier article it copies ("Copy of …"), and the other
 * outlets that ran the same text ("Also reported by"). Two indexed reads, at most {@link #SHOWN} copies listed.
 *
 * @param original the article this one copies, or null
 * @param similarity how much of the text is the same, as a percentage ("93%"), or null
 * @param others   the other articles with this text, earliest first (the original first when this is a copy)
 * @param more     how many more there are than {@code others} lists
 * @param story    the story the article is in, or null; with its size and outlets
 */
record CopiesView(Link original, String similarity, List<Link> others, int more, Link story, int storySize,
    int storyOutlets) {
  static final int SHOWN = 12;

  /** One article with the same text. */
  record Link(String href, String site, String headline) {}

  boolean empty() {
    return original == null && others.isEmpty() && story == null;
  }

  static CopiesView of(Newsroom library, String id) {
    Copies copies;
    try {
      copies = library.copies();
    } catch (org.lede.library.NotServedHere e) {
      return new CopiesView(null, null, List.of(), 0, null, 0, 0); // the store does not know copies yet
    }
    var copy = copies.copyOf(id);
    String root = copy.map(Copies.Copy::originalId).orElse(id);
    Link original = copy.flatMap(c -> library.article(c.originalId())).map(CopiesView::link).orElse(null);
    List<Link> others = new java.util.ArrayList<>();
    if (original != null) others.add(original);
    int total = copies.count(root);
    for (Copies.Listed l : copies.copies(root, SHOWN + 1)) {
      if (!l.articleId().equals(id) && others.size() < SHOWN) others.add(new Link("/a/" + l.articleId(), l.site(), headline(l.headline())));
    }
    int listedCopies = others.size() - (original == null ? 0 : 1);
    int more = Math.max(0, total - (copy.isPresent() ? 1 : 0) - listedCopies);
    String similarity = copy.map(c -> String.format(Locale.ROOT, "%d%%", Math.round(c.similarity() * 100))).orElse(null);
    java.util.Optional<org.lede.corpus.Stories.Story> story;
    try {
      story = library.stories().storyOf(id).filter(s -> s.size() > 1);
    } catch (org.lede.library.NotServedHere e) {
      story = java.util.Optional.empty(); // a store may know copies before it knows stories
    }
    return new CopiesView(original, similarity, List.copyOf(others), more,
        story.map(s -> new Link("/story/" + s.id(), null, headline(s.title()))).orElse(null),
        story.map(s -> s.size()).orElse(0), story.map(s -> s.outlets()).orElse(0));
  }

  private static Link link(StoredArticle a) {
    return new Link("/a/" + a.id(), a.article().site(), headline(a.article().headline()));
  }

  private static String headline(String h) {
    return h == null || h.isBlank() ? "(no headline)" : h;
  }
}
