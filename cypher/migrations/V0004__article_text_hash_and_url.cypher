// Ingest asks "is this article already in the graph?" by id, URL or text: the id has a unique
// constraint (V0001); these make the URL and the text (by its SHA-256, Article.textHash) index
// look-ups too. Articles loaded before this migration get their textHash from applyMigrations.
CREATE INDEX article_text_hash IF NOT EXISTS FOR (n:Article) ON (n.textHash);
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
