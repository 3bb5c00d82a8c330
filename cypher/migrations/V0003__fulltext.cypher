// Full-text search (Lucene) over entity names and aliases, and over what was said.
// aliasText holds the aliases joined by newlines, because a full-text index reads string properties.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText];
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text];
