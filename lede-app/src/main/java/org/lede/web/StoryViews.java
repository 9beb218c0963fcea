package org.lede.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lede.corpus.CorpusQuote;
import org.lede.corpus.StoryContents;
import org.lede.corpus.Stories;
import org.lede.entity.EntityType;
import org.lede.library.StoryDetail;
import org.lede.library.WhatWasSaid;
import org.lede.quantity.NumberDisagreements;
import org.lede.quantity.Quantity;

/** Turns a story and what its articles say into the story page's model. Stateless. */
final class StoryViews {
  /** Entities shown of each type. */
  static final int NAMED = 8;

  private StoryViews() {}

  static StoryView of(Stories.Story s, List<StoryView.Entry> timeline, StoryDetail d) {
    return new StoryView(s.id(), Views.headline(s.title()), s.first() == null ? null : Views.display(s.first()),
        s.last() == null ? null : Views.display(s.last()), s.size(), s.outlets(), timeline, d.articles(),
        named(d.named(), EntityType.PERSON), named(d.named(), EntityType.ORGANIZATION),
        named(d.named(), EntityType.LOCATION),
        d.speakers().stream().map(StoryViews::named).toList(),
        d.quotes().stream().map(StoryViews::said).toList(),
        d.disputed().stream().map(StoryViews::dispute).toList(),
        "/feeds/story");
  }

  private static List<StoryView.Named> named(List<WhatWasSaid.Ranked> all, EntityType type) {
    return all.stream().filter(r -> r.entity().type() == type).limit(NAMED).map(StoryViews::named).toList();
  }

  private static StoryView.Named named(WhatWasSaid.Ranked r) {
    return new StoryView.Named(EntityPages.href(r.entity().id()), r.entity().name(), r.count());
  }

  private static StoryView.Said said(StoryDetail.Said s) {
    CorpusQuote q = s.quote();
    List<StoryView.Outlet> outlets = new ArrayList<>();
    for (StoryContents.QuoteCarrier c : s.outlets()) {
      outlets.add(new StoryView.Outlet(c.site() == null ? "(no site)" : c.site(), EntityPages.quoteHref(c.articleId(), c.start()),
          null));
    }
    String speaker = s.speaker() != null ? s.speaker().name() : q.speakerName() != null ? q.speakerName()
        : q.quote().speaker() != null && q.quote().speaker().name() != null ? q.quote().speaker().name() : "Unnamed";
    return new StoryView.Said(q.quote().text(), q.quote().kind().name().toLowerCase(Locale.ROOT),
        EntityPages.kindLabel(q.quote().kind()), speaker, s.speaker() == null ? null : EntityPages.href(s.speaker().id()),
        outlets, s.carriers().size());
  }

  private static StoryView.Dispute dispute(NumberDisagreements.Disagreement d) {
    List<StoryView.Figure> figures = new ArrayList<>();
    for (NumberDisagreements.Figure f : d.figures()) {
      List<StoryView.Outlet> outlets = new ArrayList<>();
      for (NumberDisagreements.Report r : f.reports()) {
        outlets.add(new StoryView.Outlet(r.outlet(),
            "/a/" + r.articleId() + "#" + ArticleMarkup.numberAnchor(r.quantity().start()), r.quantity().text()));
      }
      Quantity first = f.reports().get(0).quantity();
      figures.add(new StoryView.Figure(figure(first), first.text(), outlets));
    }
    return new StoryView.Dispute(counts(d), figures);
  }

  /** A number as written, with what it counts when the words do not say: "30" becomes "30 percentage points". */
  static String figure(Quantity n) {
    String text = n.text() == null ? "" : n.text().strip();
    String counts = n.counts() == null ? "" : n.counts().strip();
    if (counts.isEmpty() || "years of age".equals(n.unit()) || text.toLowerCase(Locale.ROOT).contains(counts.toLowerCase(Locale.ROOT))) {
      return text;
    }
    return text + " " + counts;
  }

  /** What a disputed figure counts, in words: "volunteers", "age of Haley", "amounts in USD". */
  static String counts(NumberDisagreements.Disagreement d) {
    if ("years of age".equals(d.unit())) return "age of " + d.counts();
    if (d.counts() != null) return d.counts() + (d.unit() != null && d.unit().equals("%") ? " (percent)" : "");
    return d.unit() == null ? "a count" : "amounts in " + d.unit();
  }
}
