import type { ArticleGraphDocument, DocumentEntity, DocumentStatement } from '../../src/document/article-graph';
import { assertValidDocument } from '../../src/document/validate';
import { extractArticle } from '../../src/extraction/extract';

/** Extracts a text (published on a fixed date) and checks the document is valid. */
export function extract(text: string, publishedAt = '2024-03-05'): ArticleGraphDocument {
  return assertValidDocument(extractArticle({ text, publishedAt, title: 'Test article', source: 'Test' }));
}

/** The statement whose text contains a phrase; fails the test when there is none. */
export function statementWith(doc: ArticleGraphDocument, phrase: string): DocumentStatement {
  const found = doc.statements.find((s) => s.text.includes(phrase));
  if (!found) throw new Error(`no statement contains "${phrase}"; statements: ${JSON.stringify(doc.statements.map((s) => s.text))}`);
  return found;
}

/** The entity with an id; fails the test when there is none. */
export function entity(doc: ArticleGraphDocument, id: string): DocumentEntity {
  const found = doc.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}; entities: ${doc.entities.map((e) => e.id).join(', ')}`);
  return found;
}

/** Who said the statement containing a phrase: the speaker entity's id. */
export function speakerOf(doc: ArticleGraphDocument, phrase: string): string {
  return statementWith(doc, phrase).speakerId;
}
