import type { DatabaseGateway } from '../../src/db/gateway';
import type { ArticleGraphDocument } from '../../src/document/article-graph';
import { DocumentValidationError } from '../../src/document/validate';
import { BadInputError } from '../../src/errors';
import { loadDocuments } from '../../src/loading/batch-loader';
import { loadDocument } from '../../src/loading/loader';
import { corpusDocuments } from '../../bench/corpus';
import { clearGraph, connectTestGateway, graphCounts } from '../support/database';
import { smallDocument } from '../support/fixtures';

/**
 * Everything the loaders write, as sorted plain data: two graphs with equal fingerprints hold the
 * same nodes, properties and relationships (load times aside). Aliases are compared as sets: their
 * order follows storage order, which the API does not promise.
 */
async function fingerprint(gateway: DatabaseGateway): Promise<unknown> {
  const [row] = await gateway.read<{ entities: unknown[]; statements: unknown[]; relationships: unknown[]; articles: unknown[] }>({
    cypher: `
CALL {
  MATCH (e:Entity)
  WITH e ORDER BY e.id
  RETURN collect([e.id, e.name, e.kind, e.nameKey, [l IN labels(e) WHERE l <> 'Entity'], e.articleCount, e.articleScoped, e.description,
                  e.date, e.datePrecision, e.dateArticleId, e.aliasText IS NOT NULL, size(e.aliases)]) AS entities
}
CALL {
  MATCH (s:Statement)
  WITH s ORDER BY s.id
  RETURN collect([s.id, s.text, s.kind, s.stance, s.start, s.end, s.excerpt, s.articleId, s.date]) AS statements
}
CALL {
  MATCH (x)-[r]->(y)
  WITH [coalesce(x.id, ''), type(r), coalesce(y.id, ''), coalesce(r.id, ''), coalesce(r.articleId, ''), r.start, r.end, r.excerpt, r.role,
        r.organisationId, r.starts, r.name] AS rel
  ORDER BY rel
  RETURN collect(rel) AS relationships
}
CALL {
  MATCH (a:Article)
  WITH a ORDER BY a.id
  RETURN collect([a.id, a.title, a.contentHash, a.publishedAt]) AS articles
}
RETURN entities, statements, relationships, articles`,
  });
  const aliasRows = await gateway.read<{ id: string; aliases: string[] }>({ cypher: 'MATCH (e:Entity) RETURN e.id AS id, e.aliases AS aliases ORDER BY id' });
  return { ...row, aliases: aliasRows.map((r) => [r.id, [...(r.aliases ?? [])].sort()]) };
}

/** A later version of a corpus document: its last statement dropped, and its event (if any) with its relations. */
function edited(doc: ArticleGraphDocument): ArticleGraphDocument {
  const events = new Set(doc.entities.filter((e) => e.type === 'Event').map((e) => e.id));
  return {
    ...doc,
    statements: doc.statements.slice(0, -1),
    entities: doc.entities.filter((e) => !events.has(e.id)),
    relations: doc.relations.filter((r) => !events.has(r.sourceId) && !events.has(r.targetId)),
  };
}

async function loadOneByOne(gateway: DatabaseGateway, docs: readonly ArticleGraphDocument[]): Promise<void> {
  for (const doc of docs) await loadDocument(gateway, doc);
}

describe('batch loader (real Neo4j)', () => {
  let gateway: DatabaseGateway;
  const corpus = corpusDocuments(0, 40);

  beforeAll(async () => {
    gateway = await connectTestGateway();
  });
  beforeEach(async () => {
    await clearGraph(gateway);
  });
  afterAll(async () => {
    await gateway.close();
  });

  it('produces the same graph as loading the documents one by one', async () => {
    await loadOneByOne(gateway, corpus);
    const oneByOne = { counts: await graphCounts(gateway), facts: await fingerprint(gateway) };
    await clearGraph(gateway);

    const results = await loadDocuments(gateway, corpus, { batchSize: 16 });
    expect(results.map((r) => r.status)).toEqual(corpus.map(() => 'created'));
    expect(results.map((r) => r.articleId)).toEqual(corpus.map((d) => d.article.id));
    expect(await graphCounts(gateway)).toEqual(oneByOne.counts);
    expect(await fingerprint(gateway)).toEqual(oneByOne.facts);
  }, 240_000);

  it('reloads concurrent batches that share entities correctly, without a deadlock to retry', async () => {
    // Every entity exists first (two writers creating one new entity race on its id, which is
    // retried by design); then two loads replace articles that share many entities, at once.
    await loadOneByOne(gateway, corpus);
    const oneByOne = { counts: await graphCounts(gateway), facts: await fingerprint(gateway) };
    const retriesBefore = gateway.writeConflictRetries;
    await Promise.all([
      loadDocuments(gateway, corpus.slice(0, 20), { batchSize: 5, force: true }),
      loadDocuments(gateway, corpus.slice(20), { batchSize: 5, force: true }),
    ]);
    expect(gateway.writeConflictRetries - retriesBefore).toBe(0);
    expect(await graphCounts(gateway)).toEqual(oneByOne.counts);
    // An entity's date is the last loaded article's that dates it: with two writers at once that
    // order is theirs to decide, so the date fields are left out of the comparison.
    const undated = (facts: any): unknown => ({ ...facts, entities: facts.entities.map((e: unknown[]) => [...e.slice(0, 8), ...e.slice(11)]) });
    expect(undated(await fingerprint(gateway))).toEqual(undated(oneByOne.facts));
  }, 240_000);

  it('gives shared entities every name the articles use, and counts their articles', async () => {
    await loadDocuments(gateway, [smallDocument('first'), smallDocument('second')], { batchSize: 10 });
    const [smith] = await gateway.read<{ aliases: string[]; articleCount: number; mentions: number }>({
      cypher:
        "MATCH (e:Entity {id: 'person:jane-smith'}) RETURN e.aliases AS aliases, e.articleCount AS articleCount, COUNT { (e)-[:MENTIONED_IN]->() } AS mentions",
    });
    expect(smith).toEqual({ aliases: ['Smith', 'Councillor Jane Smith'], articleCount: 2, mentions: 2 });
  });

  it('is idempotent: loading the same documents again writes nothing, and forcing it changes nothing', async () => {
    await loadDocuments(gateway, corpus, { batchSize: 25 });
    const before = { counts: await graphCounts(gateway), facts: await fingerprint(gateway) };

    const again = await loadDocuments(gateway, corpus, { batchSize: 25 });
    expect(again.every((r) => r.status === 'unchanged')).toBe(true);
    expect(await graphCounts(gateway)).toEqual(before.counts);

    const forced = await loadDocuments(gateway, corpus, { batchSize: 7, force: true });
    expect(forced.every((r) => r.status === 'replaced')).toBe(true);
    expect(await graphCounts(gateway)).toEqual(before.counts);
    expect(await fingerprint(gateway)).toEqual(before.facts);
  }, 240_000);

  it('replaces edited articles in a batch exactly as loading one by one does', async () => {
    const first = corpus.slice(0, 24);
    // A mix: edited versions of loaded articles, unchanged ones, and new ones, interleaved.
    const second = [edited(corpus[3]!), corpus[4]!, ...corpus.slice(24, 32), edited(corpus[10]!), corpus[11]!, edited(corpus[12]!), ...corpus.slice(32, 36)];
    await loadOneByOne(gateway, [...first, ...second]);
    const oneByOne = { counts: await graphCounts(gateway), facts: await fingerprint(gateway) };
    await clearGraph(gateway);

    await loadDocuments(gateway, first, { batchSize: 24 });
    const results = await loadDocuments(gateway, second, { batchSize: 50 });
    expect(results.map((r) => r.status)).toEqual(
      second.map((doc) =>
        doc === corpus[4] || doc === corpus[11] ? 'unchanged' : first.some((f) => f.article.id === doc.article.id) ? 'replaced' : 'created',
      ),
    );
    expect(await graphCounts(gateway)).toEqual(oneByOne.counts);
    expect(await fingerprint(gateway)).toEqual(oneByOne.facts);
  }, 240_000);

  it('loads a later document of the same article after the earlier one, as one by one', async () => {
    const docs = [corpus[0]!, corpus[1]!, edited(corpus[0]!)];
    await loadOneByOne(gateway, docs);
    const oneByOne = await fingerprint(gateway);
    await clearGraph(gateway);
    const results = await loadDocuments(gateway, docs, { batchSize: 10 });
    expect(results.map((r) => r.status)).toEqual(['created', 'created', 'replaced']);
    expect(await fingerprint(gateway)).toEqual(oneByOne);
  });

  it('validates every document before writing anything', async () => {
    const bad = smallDocument('bad');
    bad.statements[0]!.aboutIds.push('programme:unknown');
    const attempt = loadDocuments(gateway, [...corpus.slice(0, 5), bad], { batchSize: 2, sources: ['a', 'b', 'c', 'd', 'e', 'bad.json'] });
    await expect(attempt).rejects.toThrow(DocumentValidationError);
    await expect(loadDocuments(gateway, [...corpus.slice(0, 5), bad], { sources: ['a', 'b', 'c', 'd', 'e', 'bad.json'] })).rejects.toThrow(
      /bad\.json is not a valid article-graph document:\n {2}\/statements\/0\/aboutIds\/1: refers to "programme:unknown"/,
    );
    expect((await graphCounts(gateway)).nodes).toBe(0);
  });

  it('writes a batch whole or not at all: an entity whose kind conflicts with the graph rolls back its batch and names the document', async () => {
    await loadDocuments(gateway, [smallDocument('first')]);
    const before = await graphCounts(gateway);
    const conflicting = smallDocument('second');
    conflicting.entities[2]!.type = 'Group';
    conflicting.relations = [];
    const attempt = loadDocuments(gateway, [corpus[0]!, corpus[1]!, conflicting], { batchSize: 10, sources: ['c0', 'c1', 'second.json'] });
    await expect(attempt).rejects.toThrow(BadInputError);
    await expect(loadDocuments(gateway, [corpus[0]!, conflicting], { sources: ['c0', 'second.json'] })).rejects.toThrow(
      /second\.json \/entities: entity "org:green-party" is a Group here but a Organisation in the graph/,
    );
    expect(await graphCounts(gateway)).toEqual(before);
  });

  it('refuses a batch whose documents disagree on an entity kind, as loading them in turn would', async () => {
    const conflicting = smallDocument('second');
    conflicting.entities[2]!.type = 'Group';
    conflicting.relations = [];
    await expect(loadDocuments(gateway, [smallDocument('first'), conflicting], { sources: ['first.json', 'second.json'] })).rejects.toThrow(
      /second\.json \/entities: entity "org:green-party" is a Group here but a Organisation in first\.json/,
    );
    expect((await graphCounts(gateway)).nodes).toBe(0);
  });

  it('keeps the batches before a failing one', async () => {
    const conflicting = smallDocument('second');
    conflicting.entities[2]!.type = 'Group';
    conflicting.relations = [];
    await expect(loadDocuments(gateway, [smallDocument('first'), corpus[0]!, conflicting], { batchSize: 2 })).rejects.toThrow(/document 3 \/entities/);
    const articles = await gateway.read<{ id: string }>({ cypher: 'MATCH (a:Article) RETURN a.id AS id ORDER BY id' });
    expect(articles.map((a) => a.id)).toEqual([corpus[0]!.article.id, 'first']);
  });

  it('refuses a batch size out of range', async () => {
    await expect(loadDocuments(gateway, corpus.slice(0, 1), { batchSize: 0 })).rejects.toThrow(/batchSize: must be a whole number from 1 to 5000/);
  });
});
