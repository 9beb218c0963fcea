package org.lede.extract.dump;

/** What one line of a text dump is, judged on its own before its neighbours are looked at. */
enum LineKind {
  /** Nothing but whitespace. */
  BLANK,
  /** A rule between articles ("-----", "====="). */
  SEPARATOR,
  /** A bare URL, or one labelled "URL:" / "Source:". */
  URL,
  /** Page furniture printed around a headline ("Short Url", "Follow", "Share", "4 min read"). */
  HEADER_CLUTTER,
  /** Page furniture that turns up anywhere ("Advertisement", "Read more: ..."). */
  CLUTTER,
  /** Stated times and bylines, alone or joined by "|" / "·" ("By Jane Roe | Updated 5 sec ago"). */
  META,
  /** A bulleted line ("  • The US government discourages ..."). */
  BULLET,
  /** A photo caption with a credit that cannot be body text ("... pilots. (File/AFP)", "Photo: X / Getty Images"). */
  CAPTION,
  /** A line ending in a bare agency credit ("... in Kyiv. (AFP)"): a caption near a headline, else text. */
  CREDITED,
  /** Anything else: headlines, paragraphs, subheads. */
  TEXT
}
