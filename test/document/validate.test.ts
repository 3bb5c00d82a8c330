import { findDocumentProblems, assertValidDocument, parseDocument, DocumentValidationError, ARTICLE_GRAPH_SCHEMA } from '../../src/document/validate';
import { ENTITY_TYPES, RELATION_TYPES, STANCES, STATEMENT_KINDS, PROVENANCES } from '../../src/document/article-graph';
import { smallDocument } from '../support/fixtures';

type SchemaNode = { enum?: string[]; properties?: Record<string, SchemaNode>; $defs?: Record<string, SchemaNode> };
const defs = (ARTICLE_GRAPH_SCHEMA as SchemaNode).$defs!;

describe('article-graph document validation', () => {
  it('keeps the TypeScript enumerations equal to the JSON Schema', () => {
    expect(defs.entityType!.enum).toEqual([...ENTITY_TYPES]);
    expect(defs.relation!.properties!.type!.enum).toEqual([...RELATION_TYPES]);
    expect(defs.statement!.properties!.stance!.enum).toEqual([...STANCES]);
    expect(defs.statement!.properties!.kind!.enum).toEqual([...STATEMENT_KINDS]);
    expect(defs.provenance!.enum).toEqual([...PROVENANCES]);
  });

  it('accepts a well-formed document', () => {
    expect(findDocumentProblems(smallDocument())).toEqual([]);
  });

  it('names the missing field', () => {
    const doc = smallDocument() as unknown as Record<string, Record<string, unknown>>;
    delete doc.article!.title;
    expect(findDocumentProblems(doc)).toContainEqual({ path: '/article/title', message: 'is required' });
  });

  it('names an unknown statement kind and lists the allowed ones', () => {
    const doc = smallDocument();
    (doc.statements[1] as { kind: string }).kind = 'rumour';
    const problems = findDocumentProblems(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('/statements/1/kind');
    expect(problems[0]!.message).toContain('"indirect"');
  });

  it('rejects statement text that does not match its offsets', () => {
    const doc = smallDocument();
    doc.statements[0]!.start += 1;
    const problems = findDocumentProblems(doc);
    expect(problems.map((p) => p.path)).toEqual(['/statements/0/text']);
  });

  it('rejects offsets past the end of the text', () => {
    const doc = smallDocument();
    doc.entities[0]!.mentions.push({ start: 5, end: doc.article.text.length + 1 });
    expect(findDocumentProblems(doc)).toContainEqual({
      path: '/entities/0/mentions/2/end',
      message: `${doc.article.text.length + 1} is past the end of article.text (length ${doc.article.text.length})`,
    });
  });

  it('rejects references to entities that are not in the document', () => {
    const doc = smallDocument();
    doc.statements[2]!.speakerId = 'person:nobody';
    doc.relations[0]!.targetId = 'org:missing';
    const paths = findDocumentProblems(doc).map((p) => p.path);
    expect(paths).toEqual(['/statements/2/speakerId', '/relations/0/targetId']);
  });

  it('rejects repeated ids', () => {
    const doc = smallDocument();
    doc.statements[1]!.id = 's1';
    expect(findDocumentProblems(doc)).toContainEqual({ path: '/statements/1/id', message: '"s1" is already used by /statements/0' });
  });

  it('rejects a date whose value does not match its precision, and a date on a non-event', () => {
    const doc = smallDocument();
    doc.entities[0]!.date = { value: '2024-03', precision: 'year', certainty: 'stated' };
    const paths = findDocumentProblems(doc).map((p) => p.path);
    expect(paths).toEqual(['/entities/0/date', '/entities/0/date/value']);
  });

  it('rejects a HAS_ROLE relation whose target is not a Role', () => {
    const doc = smallDocument();
    doc.relations[0]!.type = 'HAS_ROLE';
    expect(findDocumentProblems(doc)).toContainEqual({ path: '/relations/0/targetId', message: '"org:green-party" is a Organisation, expected a Role' });
  });

  it('throws an error that lists every problem with its path', () => {
    const doc = smallDocument();
    doc.statements[0]!.speakerId = 'person:ghost';
    expect(() => assertValidDocument(doc, 'council.json')).toThrow(DocumentValidationError);
    expect(() => assertValidDocument(doc, 'council.json')).toThrow(
      /council\.json is not a valid article-graph document:\n {2}\/statements\/0\/speakerId: refers to "person:ghost"/,
    );
  });

  it('reports a JSON syntax error with its position', () => {
    expect(() => parseDocument('{"schemaVersion": "1.0",', 'broken.json')).toThrow(/broken\.json.*is not JSON/s);
  });
});
