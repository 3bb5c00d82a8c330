// Exact look-ups by normalised name (cross-article entity matching, entity(name:)) and the
// filters the API offers on statements and events.
CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE TEXT INDEX entity_name_key_text IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
CREATE TEXT INDEX entity_alias_text IF NOT EXISTS FOR (n:Entity) ON (n.aliasText);
CREATE INDEX statement_article IF NOT EXISTS FOR (n:Statement) ON (n.articleId);
CREATE INDEX statement_kind_stance IF NOT EXISTS FOR (n:Statement) ON (n.kind, n.stance);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
