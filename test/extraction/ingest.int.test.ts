import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../src/config';
import type { DatabaseGateway } from '../../src/db/gateway';
import { applyMigrations } from '../../src/db/migrations';
import { articleTextHash } from '../../src/document/text-hash';
import { parseDocument } from '../../src/document/validate';
import { ingestText } from '../../src/extraction/ingest';
import { loadDocument } from '../../src/loading/loader';
import { clearGraph, connectTestGateway, graphCounts } from '../support/database';

const FIRST = 'Commander Dean Haydon told the BBC that the Prevent programme was working. He added that critics "do not understand" it.';
const SECOND = 'Dean Haydon, a senior Scotland Yard officer, said on Tuesday that arrests had risen. Labour said the figures were welcome.';
const THIRD = 'Haydon said the new unit would open next year.';

describe('ingesting text (extract, resolve, load) against a real Neo4j', () => {
  let gateway: DatabaseGateway;

  beforeAll(async () => {
    gateway = await connectTestGateway();
  });
  beforeEach(async () => {
    await clearGraph(gateway);
  });
  afterAll(async () => {
    await gateway.close();
  });

  it("makes one node of a person two articles mention, with each article's mention kept", async () => {
    const first = await ingestText(gateway, { text: FIRST, title: 'Prevent works', publishedAt: '2017-08-07', source: 'Test' });
    const second = await ingestText(gateway, { text: SECOND, title: 'Arrests rise', publishedAt: '2017-08-09', source: 'Test' });
    expect([first.status, second.status]).toEqual(['created', 'created']);
    const rows = await gateway.read<{ id: string; articles: number; excerpts: string[] }>({
      cypher:
        "MATCH (p:Person) WHERE p.nameKey = 'dean haydon' MATCH (p)-[m:MENTIONED_IN]->(a:Article) RETURN p.id AS id, count(a) AS articles, collect(m.excerpts[0]) AS excerpts",
    });
    expect(rows).toEqual([{ id: 'person:dean-haydon', articles: 2, excerpts: expect.arrayContaining(['Commander Dean Haydon', 'Dean Haydon']) }]);
  });

  it('joins a bare surname in a later article to the one person who has it', async () => {
    await ingestText(gateway, { text: FIRST, title: 'Prevent works', publishedAt: '2017-08-07', source: 'Test' });
    const third = await ingestText(gateway, { text: THIRD, title: 'New unit', publishedAt: '2017-08-10', source: 'Test' });
    expect(third.resolvedToExisting).toBeGreaterThanOrEqual(1);
    const [row] = await gateway.read<{ speaker: string }>({
      cypher: 'MATCH (p:Person)-[:SAID]->(s:Statement) WHERE s.text CONTAINS "new unit" RETURN p.id AS speaker',
    });
    expect(row?.speaker).toBe('person:dean-haydon');
  });

  it('keeps a bare surname apart when two people in the graph have it', async () => {
    await ingestText(gateway, {
      text: 'Jane Smith said the park would close. Tom Smith said it should stay open.',
      title: 'Park row',
      publishedAt: '2020-01-01',
      source: 'Test',
    });
    await ingestText(gateway, { text: 'Mr Smith said the decision was wrong.', title: 'Park decision', publishedAt: '2020-01-02', source: 'Test' });
    const rows = await gateway.read<{ id: string }>({ cypher: "MATCH (p:Person) WHERE p.nameKey ENDS WITH 'smith' RETURN p.id AS id ORDER BY id" });
    expect(rows.map((r) => r.id)).toEqual(['person:jane-smith', 'person:smith', 'person:tom-smith']);
  });

  it('is idempotent: the same text twice writes nothing the second time', async () => {
    const input = { text: SECOND, title: 'Arrests rise', publishedAt: '2017-08-09', source: 'Test' };
    const first = await ingestText(gateway, input);
    const before = await graphCounts(gateway);
    const again = await ingestText(gateway, input);
    expect(again).toMatchObject({ articleId: first.articleId, status: 'unchanged' });
    expect(await graphCounts(gateway)).toEqual(before);
  });

  it('keeps an article loaded from a human-reviewed document rather than overwrite it', async () => {
    const file = path.join(REPO_ROOT, 'data', 'articles', 'prevent-2017.graph.json');
    const reviewed = parseDocument(readFileSync(file, 'utf8'), file);
    await loadDocument(gateway, reviewed);
    const before = await graphCounts(gateway);
    const text = readFileSync(path.join(REPO_ROOT, 'data', 'articles', 'prevent-2017.txt'), 'utf8');
    const result = await ingestText(gateway, { text, publishedAt: '2017-08-07', source: 'Test' });
    expect(result).toMatchObject({ articleId: 'prevent-2017', status: 'kept-reviewed' });
    expect(await graphCounts(gateway)).toEqual(before);
    const [article] = await gateway.read<{ provenance: string }>({ cypher: "MATCH (a:Article {id: 'prevent-2017'}) RETURN a.provenance AS provenance" });
    expect(article?.provenance).toBe('human-reviewed');
  });

  it('finds a reviewed article loaded before texts were hashed once the migrations have backfilled its hash', async () => {
    const file = path.join(REPO_ROOT, 'data', 'articles', 'prevent-2017.graph.json');
    await loadDocument(gateway, parseDocument(readFileSync(file, 'utf8'), file));
    // The graph as it was before migration V0004: no text hashes, V0004 not recorded.
    await gateway.write({ cypher: "MATCH (a:Article {id: 'prevent-2017'}) REMOVE a.textHash" });
    await gateway.write({ cypher: 'MATCH (m:KgMigration {version: 4}) DELETE m' });
    await applyMigrations(gateway);
    const [article] = await gateway.read<{ textHash: string }>({ cypher: "MATCH (a:Article {id: 'prevent-2017'}) RETURN a.textHash AS textHash" });
    const text = readFileSync(path.join(REPO_ROOT, 'data', 'articles', 'prevent-2017.txt'), 'utf8');
    expect(article?.textHash).toBe(articleTextHash(text));
    // Surrounding white space is not part of the text's identity.
    const result = await ingestText(gateway, { text: `\n\n${text}  \n`, publishedAt: '2017-08-07', source: 'Test' });
    expect(result).toMatchObject({ articleId: 'prevent-2017', status: 'kept-reviewed' });
  });

  it('marks extracted facts machine-extracted with a confidence', async () => {
    await ingestText(gateway, { text: FIRST, title: 'Prevent works', publishedAt: '2017-08-07', source: 'Test' });
    const rows = await gateway.read<{ provenance: string; confidence: number | null }>({
      cypher: 'MATCH (s:Statement) RETURN s.provenance AS provenance, s.confidence AS confidence',
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.provenance).toBe('machine-extracted');
      expect(row.confidence).toEqual(expect.any(Number));
    }
  });
});
