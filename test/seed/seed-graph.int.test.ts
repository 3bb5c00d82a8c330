import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { REPO_ROOT } from '../../src/config';
import type { DatabaseGateway } from '../../src/db/gateway';
import { loadSeedDocuments } from '../../src/loading/seed';
import { clearGraph, connectTestGateway } from '../support/database';

const SEED_DIR = path.join(REPO_ROOT, 'data', 'articles');
const ARTICLE_TEXT = readFileSync(path.join(SEED_DIR, 'prevent-2017.txt'), 'utf8');

describe('the seed graph (Prevent article, loaded into real Neo4j)', () => {
  let gateway: DatabaseGateway;

  beforeAll(async () => {
    gateway = await connectTestGateway();
    await clearGraph(gateway);
    const results = await loadSeedDocuments(gateway, SEED_DIR);
    expect(results.map((r) => r.status)).toEqual(['created']);
  });
  afterAll(async () => {
    await gateway.close();
  });

  it('holds the article text exactly as the seed file has it', async () => {
    const [row] = await gateway.read<{ text: string; publishedAt: string }>({
      cypher: "MATCH (a:Article {id: 'prevent-2017'}) RETURN a.text AS text, a.publishedAt AS publishedAt",
    });
    expect(row!.text).toBe(ARTICLE_TEXT);
    expect(row!.publishedAt).toBe('2017-08-07');
  });

  it('has Dean Haydon, a Commander at Scotland Yard', async () => {
    const rows = await gateway.read<{ name: string; role: string; roleOrg: string; evidence: string; affiliation: string }>({
      cypher: `
MATCH (p:Person {id: 'person:dean-haydon'})-[r:HAS_ROLE]->(role:Role {id: 'role:commander'})
MATCH (org:Organisation {id: r.organisationId})
MATCH (p)-[:AFFILIATED_WITH]->(aff:Organisation)
RETURN p.name AS name, role.name AS role, org.name AS roleOrg, r.excerpt AS evidence, aff.name AS affiliation`,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Dean Haydon', role: 'Commander', roleOrg: 'Scotland Yard', affiliation: 'Scotland Yard' });
    expect(rows[0]!.evidence).toContain('Commander');
  });

  it('finds Dean Haydon by any name the article calls him', async () => {
    const [row] = await gateway.read<{ aliases: string[] }>({ cypher: "MATCH (p:Person {id: 'person:dean-haydon'}) RETURN p.aliases AS aliases" });
    expect(row!.aliases).toEqual(expect.arrayContaining(['Haydon', 'Commander Haydon', 'Commander Dean Haydon']));
  });

  it('has exactly four statements by Dean Haydon about Prevent, each slicing its quoted words out of the article', async () => {
    const rows = await gateway.read<{ text: string; start: number; end: number; excerpt: string; kind: string; stance: string }>({
      cypher: `
MATCH (:Person {id: 'person:dean-haydon'})-[:SAID]->(s:Statement)-[:ABOUT]->(:Programme {id: 'programme:prevent'})
MATCH (s)-[:REPORTED_IN]->(a:Article {id: 'prevent-2017'})
RETURN s.text AS text, s.start AS start, s.end AS end, s.excerpt AS excerpt, s.kind AS kind, s.stance AS stance
ORDER BY s.start`,
    });
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(ARTICLE_TEXT.slice(row.start, row.end)).toBe(row.text);
      expect(row.excerpt).toBe(row.text);
      expect(row.stance).toBe('supports');
    }
    expect(rows.map((r) => r.text)).toEqual([
      "don't understand properly how Prevent works",
      'some criticism came from parts of the community that "don\'t want Prevent to work in the first place"',
      'the programme was not about spying on people but about keeping them safe',
      'it had achieved "fantastic" results',
    ]);
    expect(rows.map((r) => r.kind)).toEqual(['direct', 'mixed', 'indirect', 'mixed']);
  });

  it('attributes "He added" to Dean Haydon, with the pronoun as the speaker evidence', async () => {
    const [row] = await gateway.read<{ speaker: string; said: string; start: number }>({
      cypher: `
MATCH (p:Entity)-[said:SAID]->(s:Statement) WHERE s.text STARTS WITH 'some criticism came from'
RETURN p.id AS speaker, said.excerpt AS said, said.start AS start`,
    });
    expect(row).toEqual({ speaker: 'person:dean-haydon', said: 'He', start: ARTICLE_TEXT.indexOf('He added') });
  });

  it('has unnamed and group speakers, scoped to the article', async () => {
    const rows = await gateway.read<{ speaker: string; kind: string; count: number }>({
      cypher: `
MATCH (p:Entity)-[:SAID]->(s:Statement {articleId: 'prevent-2017'}) WHERE p.articleScoped
RETURN p.id AS speaker, p.kind AS kind, count(s) AS count ORDER BY speaker`,
    });
    expect(rows).toEqual([
      { speaker: 'group:critics@prevent-2017', kind: 'Group', count: 1 },
      { speaker: 'group:government-figures@prevent-2017', kind: 'Group', count: 1 },
      { speaker: 'group:police@prevent-2017', kind: 'Group', count: 1 },
      { speaker: 'person:government-spokeswoman@prevent-2017', kind: 'Person', count: 1 },
    ]);
  });

  it('takes no statement or mention from the image caption and credit above the article', async () => {
    const bodyStart = ARTICLE_TEXT.indexOf('A senior Scotland Yard');
    const [row] = await gateway.read<{ statements: number; mentions: number }>({
      cypher: `
CALL { MATCH (s:Statement) WHERE s.start < $bodyStart RETURN count(s) AS statements }
CALL { MATCH ()-[m:MENTIONED_IN]->() UNWIND m.starts AS start WITH start WHERE start < $bodyStart RETURN count(*) AS mentions }
RETURN statements, mentions`,
      params: { bodyStart },
    });
    expect(row).toEqual({ statements: 0, mentions: 0 });
  });

  it('has every statement of the article with its speaker', async () => {
    const rows = await gateway.read<{ speaker: string }>({
      cypher: "MATCH (p:Entity)-[:SAID]->(s:Statement {articleId: 'prevent-2017'}) RETURN p.name AS speaker ORDER BY s.start",
    });
    expect(rows.map((r) => r.speaker)).toEqual([
      'Dean Haydon',
      'Critics of Prevent',
      'Dean Haydon',
      'Dean Haydon',
      'Dean Haydon',
      'Dean Haydon',
      'Muslim Council of Britain',
      'Dal Babu',
      'Caroline Lucas',
      'Police',
      'Amber Rudd',
      'Government spokeswoman',
      'Government figures',
    ]);
  });

  it('has the organisations, places and the Prevent programme', async () => {
    const rows = await gateway.read<{ kind: string; names: string[] }>({
      cypher: "MATCH (e:Entity) WHERE e.kind IN ['Organisation', 'Place', 'Programme'] RETURN e.kind AS kind, collect(e.name) AS names ORDER BY kind",
    });
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r.names]));
    expect(byKind.Organisation).toEqual(
      expect.arrayContaining([
        'Scotland Yard',
        'Muslim Council of Britain',
        'Green Party',
        'BBC Asian Network',
        'Islamic State',
        'Labour Party',
        'Conservative-Lib Dem coalition',
      ]),
    );
    expect(byKind.Place).toEqual(expect.arrayContaining(['Syria', 'Iraq', 'Manchester', 'Westminster', 'London Bridge']));
    expect(byKind.Programme).toContain('Prevent');
  });

  it('has the events with their dates, resolved against the publication date with their precision', async () => {
    const rows = await gateway.read<{ id: string; date: string; precision: string; certainty: string }>({
      cypher: 'MATCH (e:Event) RETURN e.id AS id, e.date AS date, e.datePrecision AS precision, e.dateCertainty AS certainty ORDER BY id',
    });
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId['event:prevent-set-up']).toMatchObject({ date: '2003', precision: 'year', certainty: 'stated' });
    expect(byId['event:prevent-remit-widened']).toMatchObject({ date: '2011', precision: 'year' });
    expect(byId['event:war-zone-travel-stopped-2015']).toMatchObject({ date: '2015', precision: 'year' });
    expect(byId['event:haydon-interview-broadcast']).toMatchObject({ date: '2017-08-08T10:00', precision: 'minute', certainty: 'resolved' });
    for (const attack of ['event:manchester-attack', 'event:westminster-attack', 'event:london-bridge-attack']) {
      expect(byId[attack]).toMatchObject({ date: '2017', certainty: 'approximate' });
    }
    const setUp = await gateway.read<{ by: string }>({
      cypher: "MATCH (o:Organisation)-[:SET_UP]->(:Programme {id: 'programme:prevent'}) RETURN o.name AS by",
    });
    expect(setUp).toEqual([{ by: 'Labour Party' }]);
  });

  it('ties every relationship drawn from the article to evidence that slices back to the text', async () => {
    const rows = await gateway.read<{ type: string; start: number; end: number; excerpt: string; provenance: string }>({
      cypher: `
MATCH ()-[r]->() WHERE r.articleId = 'prevent-2017' AND r.start IS NOT NULL
RETURN type(r) AS type, r.start AS start, r.end AS end, r.excerpt AS excerpt, r.provenance AS provenance`,
    });
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      expect(ARTICLE_TEXT.slice(row.start, row.end)).toBe(row.excerpt);
      expect(row.provenance).toBe('human-reviewed');
    }
    const mentions = await gateway.read<{ starts: number[]; ends: number[]; excerpts: string[] }>({
      cypher: "MATCH ()-[m:MENTIONED_IN {articleId: 'prevent-2017'}]->() RETURN m.starts AS starts, m.ends AS ends, m.excerpts AS excerpts",
    });
    for (const m of mentions) m.starts.forEach((start, i) => expect(ARTICLE_TEXT.slice(start, m.ends[i])).toBe(m.excerpts[i]));
  });
});
