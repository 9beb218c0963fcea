-- Store identity (so a search index can tell it was built from this store) and listing indexes.
CREATE TABLE store_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE INDEX article_by_site_published ON article(site, published_at);
CREATE INDEX article_by_published ON article(published_at);
CREATE INDEX article_by_canonical_url ON article(canonical_url);
CREATE INDEX article_version_by_document ON article_version(document_id);
