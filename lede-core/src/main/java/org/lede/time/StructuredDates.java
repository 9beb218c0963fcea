package org.lede.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.lede.html.HtmlAttributes;
import org.lede.html.PageParts;
import org.lede.time.DateCandidate.Role;

/** Reads the dates a page declares for machines: JSON-LD, meta tags, and schema.org microdata. */
final class StructuredDates {
  private StructuredDates() {}

  private static final Set<String> PUBLISHED_META = Set.of(
      "article:published_time", "article:published", "article.published", "article_date_original", "article.created",
      "og:published_time", "og:article:published_time", "published_time", "pubdate", "publishdate", "publish_date",
      "publish-date", "published-date", "published_date", "publication_date", "publication-date", "date_published",
      "datepublished", "dc.date.issued", "dc.date.created", "dc.date.publication",
      "dc.created", "dc:created", "dcterms.issued", "dcterms.created", "dcterms:created",
      "dcterms:issued", "sailthru.date", "parsely-pub-date", "citation_date", "citation_publication_date",
      "originalpublicationdate", "original-publish-date", "rnews:datepublished", "bt:pubdate", "displaydate",
      "dateposted", "date_created", "datecreated", "created", "content_create_date", "rbpubdate", "doc_date",
      "shareaholic:article_published_time", "twt-published-at", "vr:published_time", "cxenseparse:recs:publishtime",
      "release_date", "video:release_date", "article:post_date", "creation_date", "timestamp", "eomportal-lastupdate");
  /**
   * Dublin Core's plain "date" and its kin: a date of the page's life, which content systems fill with the
   * publication as often as with the last edit.
   */
  private static final Set<String> DATED_META = Set.of("date", "dc.date", "dc:date", "dcterms.date", "dcterms:date");
  private static final Set<String> MODIFIED_META = Set.of(
      "article:modified_time", "article:modified", "og:updated_time", "og:modified_time", "modified_time",
      "updated_time", "datemodified", "date_modified", "dc.modified", "dc.date.modified", "dcterms.modified",
      "dcterms:modified", "last-modified", "lastmodified", "last_modified", "revision_date", "article.updated",
      "shareaholic:article_modified_time", "parsely-updated", "sailthru.lastmodified", "date.modified");

  /** Adds the dates in the page's JSON-LD blocks, article-like items first. */
  static void jsonLd(PageParts parts, DateReader reader, List<DateCandidate> out) {
    List<JsonNode> items = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    for (PageParts.JsonLdScript script : parts.jsonLd()) {
      if (script.root() != null) {
        collect(script.root(), items);
      } else {
        broken.add(script.text());
      }
    }
    items.sort((a, b) -> Boolean.compare(articleLike(b), articleLike(a)));
    for (JsonNode item : items) {
      add(item, "datePublished", Role.PUBLISHED, reader, out);
      add(item, "dateCreated", Role.PUBLISHED, reader, out);
      add(item, "uploadDate", Role.PUBLISHED, reader, out);
      add(item, "dateModified", Role.MODIFIED, reader, out);
    }
    for (String json : broken) regexFallback(json, reader, out);
  }

  private static final Pattern JSON_DATE = Pattern.compile(
      "\"(datePublished|dateCreated|dateModified|uploadDate)\"\\s*:\\s*\"([^\"]{6,40})\"");

  /** Pages often ship JSON-LD that no strict parser accepts; the date fields are still readable. */
  private static void regexFallback(String json, DateReader reader, List<DateCandidate> out) {
    Matcher m = JSON_DATE.matcher(json);
    while (m.find()) {
      Role role = m.group(1).equals("dateModified") ? Role.MODIFIED : Role.PUBLISHED;
      DateCandidate c = reader.read(m.group(2), role, "json-ld", false);
      if (c != null) out.add(c);
    }
  }

  private static void collect(JsonNode node, List<JsonNode> items) {
    if (node == null) return;
    if (node.isArray()) {
      node.forEach(n -> collect(n, items));
    } else if (node.isObject()) {
      if (node.has("datePublished") || node.has("dateModified") || node.has("dateCreated") || node.has("uploadDate")) {
        items.add(node);
      }
      collect(node.get("@graph"), items);
      collect(node.get("mainEntity"), items);
      collect(node.get("mainEntityOfPage"), items);
    }
  }

  private static boolean articleLike(JsonNode item) {
    String type = item.path("@type").toString().toLowerCase(Locale.ROOT);
    return type.contains("article") || type.contains("posting") || type.contains("report")
        || type.contains("blog");
  }

  private static void add(JsonNode item, String field, Role role, DateReader reader, List<DateCandidate> out) {
    JsonNode v = item.get(field);
    if (v != null && v.isTextual()) {
      DateCandidate c = reader.read(v.asText(), role, "json-ld", false);
      if (c != null) out.add(c);
    }
  }

  /** Adds the dates in {@code <meta>} tags whose name, property or itemprop says what they are. */
  static void meta(PageParts parts, DateReader reader, List<DateCandidate> out) {
    for (Element meta : parts.metas()) {
      if (!HtmlAttributes.has(meta, "content")) continue;
      String key = metaKey(meta);
      if (key.isEmpty()) continue;
      Role role = PUBLISHED_META.contains(key) ? Role.PUBLISHED : MODIFIED_META.contains(key) ? Role.MODIFIED
          : DATED_META.contains(key) ? Role.DATED : namespaced(key);
      if (role == null) continue;
      DateCandidate c = reader.read(HtmlAttributes.get(meta, "content"), role, "meta", false);
      if (c != null) out.add(c);
    }
  }

  /**
   * What a site's own namespace says ("five_hundred_pixels:uploaded", "mysite:published_time"): sites copy
   * OpenGraph's names under their own prefix, and only these unmistakable local names are read.
   */
  private static final Set<String> PUBLISHED_LOCAL = Set.of("published_time", "publish_date", "published",
      "date_published", "uploaded", "upload_date");
  private static final Set<String> MODIFIED_LOCAL = Set.of("modified_time", "updated_time");

  private static Role namespaced(String key) {
    int colon = key.lastIndexOf(':');
    if (colon < 0) return null;
    String local = key.substring(colon + 1);
    return PUBLISHED_LOCAL.contains(local) ? Role.PUBLISHED : MODIFIED_LOCAL.contains(local) ? Role.MODIFIED : null;
  }

  private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};

  private static String metaKey(Element meta) {
    for (String attr : META_KEYS) {
      String v = HtmlAttributes.get(meta, attr).strip().toLowerCase(Locale.ROOT);
      if (!v.isEmpty()) return v;
    }
    return "";
  }

  /** Adds microdata dates outside {@code <meta>}: {@code itemprop="datePublished"} and its kin. */
  static void microdata(PageParts parts, DateReader reader, List<DateCandidate> out) {
    for (Element e : parts.itemprops()) {
      String prop = HtmlAttributes.get(e, "itemprop").strip();
      if (e.nameIs("meta") || !(prop.equalsIgnoreCase("datePublished") || prop.equalsIgnoreCase("dateCreated")
          || prop.equalsIgnoreCase("dateModified"))) {
        continue;
      }
      Role role = prop.equalsIgnoreCase("dateModified") ? Role.MODIFIED : Role.PUBLISHED;
      String raw = HtmlAttributes.has(e, "datetime") ? HtmlAttributes.get(e, "datetime")
          : HtmlAttributes.has(e, "content") ? HtmlAttributes.get(e, "content") : e.text();
      DateCandidate c = reader.read(raw, role, "microdata", false);
      if (c != null) out.add(c);
    }
  }
}
