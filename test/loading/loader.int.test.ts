import type { DatabaseGateway } from '../../src/db/gateway';
import { DocumentValidationError } from '../../src/document/validate';
import { BadInputError } from '../../src/errors';
import { loadDocument, removeArticle } from '../../src/loading/loader';
import { clearGraph, connectTestGateway, graphCounts } from '../support/database';
import { smallDocument } from '../support/fixtures';

describe('loader (real Neo4j)', () => {
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

  it('loads a document as article, entities, statements and relations with evidence', async () => {
    const result = await loadDocument(gateway, smallDocument());
    expect(result).toMatchObject({ articleId: 'test-council', status: 'created', entities: 5, statements: 3, relations: 1 });
    const counts = await graphCounts(gateway);
    expect(counts.byLabel).toMatchObject({ Article: 1, Entity: 5, Person: 2, Organisation: 1, Place: 1, Programme: 1, Statement: 3 });
    const [row] = await gateway.read<{ speaker: string; excerpt: string; said: string; member: string; role: string }>({
      cypher: `MATCH (p:Person {id: 'person:jane-smith'})-[said:SAID]->(s:Statement {localId: 's2'})-[:ABOUT]->(:Programme)
               MATCH (p)-[m:MEMBER_OF]->(o:Organisation)
               RETURN p.name AS speaker, s.excerpt AS excerpt, said.excerpt AS said, o.name AS member, m.role AS role`,
    });
    expect(row).toEqual({ speaker: 'Jane Smith', excerpt: 'residents had not been asked', said: 'Smith', member: 'Green Party', role: 'Councillor' });
  });

  it('is idempotent: loading the same document twice changes no count', async () => {
    await loadDocument(gateway, smallDocument());
    const before = await graphCounts(gateway);
    const again = await loadDocument(gateway, smallDocument());
    expect(again.status).toBe('unchanged');
    expect(await graphCounts(gateway)).toEqual(before);
    const forced = await loadDocument(gateway, smallDocument(), { force: true });
    expect(forced.status).toBe('replaced');
    expect(await graphCounts(gateway)).toEqual(before);
  });

  it('rejects an invalid document naming the field, and writes nothing', async () => {
    await loadDocument(gateway, smallDocument('other-article'));
    const before = await graphCounts(gateway);
    const bad = smallDocument();
    bad.statements[1]!.aboutIds.push('programme:unknown');
    const attempt = loadDocument(gateway, bad, { source: 'bad.json' });
    await expect(attempt).rejects.toThrow(DocumentValidationError);
    await expect(loadDocument(gateway, bad, { source: 'bad.json' })).rejects.toThrow(/\/statements\/1\/aboutIds\/1: refers to "programme:unknown"/);
    expect(await graphCounts(gateway)).toEqual(before);
  });

  it('rolls back the whole article when the graph refuses part of it', async () => {
    await loadDocument(gateway, smallDocument('first'));
    const before = await graphCounts(gateway);
    const conflicting = smallDocument('second');
    conflicting.entities[2]!.id = 'person:jane-smith-party';
    conflicting.entities[0]!.type = 'Organisation';
    conflicting.relations = [];
    await expect(loadDocument(gateway, conflicting)).rejects.toThrow(BadInputError);
    await expect(loadDocument(gateway, conflicting)).rejects.toThrow(/"person:jane-smith" is a Organisation here but a Person in the graph/);
    expect(await graphCounts(gateway)).toEqual(before);
    const articles = await gateway.read<{ id: string }>({ cypher: 'MATCH (a:Article) RETURN a.id AS id' });
    expect(articles).toEqual([{ id: 'first' }]);
  });

  it('shares named entities across articles, and keeps each article its own evidence', async () => {
    await loadDocument(gateway, smallDocument('article-a'));
    await loadDocument(gateway, smallDocument('article-b'));
    const rows = await gateway.read<{ articles: string[]; people: number }>({
      cypher: `MATCH (p:Person {id: 'person:jane-smith'})-[m:MENTIONED_IN]->(a:Article)
               WITH collect(a.id) AS articles
               MATCH (p:Person) RETURN articles, count(p) AS people`,
    });
    expect(rows[0]!.articles.sort()).toEqual(['article-a', 'article-b']);
    expect(rows[0]!.people).toBe(2);
  });

  it('replaces an edited article and leaves other articles alone; entities no one mentions go', async () => {
    await loadDocument(gateway, smallDocument('article-a'));
    await loadDocument(gateway, smallDocument('article-b'));
    const edited = smallDocument('article-a');
    edited.statements = edited.statements.filter((s) => s.speakerId !== 'person:tom-brown');
    edited.entities = edited.entities.filter((e) => e.id !== 'person:tom-brown');
    edited.entities[0]!.aliases.push('Cllr Smith');
    const result = await loadDocument(gateway, edited);
    expect(result.status).toBe('replaced');
    const statements = await gateway.read<{ article: string; count: number }>({
      cypher: 'MATCH (s:Statement) RETURN s.articleId AS article, count(s) AS count ORDER BY article',
    });
    expect(statements).toEqual([
      { article: 'article-a', count: 2 },
      { article: 'article-b', count: 3 },
    ]);
    // Tom Brown is still in article-b, so he stays; his article-a mention went.
    const tom = await gateway.read<{ articles: string[] }>({
      cypher: "MATCH (p:Person {id: 'person:tom-brown'})-[:MENTIONED_IN]->(a) RETURN collect(a.id) AS articles",
    });
    expect(tom[0]!.articles).toEqual(['article-b']);
    const jane = await gateway.read<{ aliases: string[] }>({ cypher: "MATCH (p:Person {id: 'person:jane-smith'}) RETURN p.aliases AS aliases" });
    expect(jane[0]!.aliases).toEqual(expect.arrayContaining(['Smith', 'Councillor Jane Smith', 'Cllr Smith']));

    await removeArticle(gateway, 'article-b');
    const people = await gateway.read<{ id: string }>({ cypher: 'MATCH (p:Person) RETURN p.id AS id ORDER BY id' });
    expect(people).toEqual([{ id: 'person:jane-smith' }]);
    const orphans = await gateway.read<{ count: number }>({ cypher: 'MATCH (e:Entity) WHERE NOT (e)-[:MENTIONED_IN]->() RETURN count(e) AS count' });
    expect(orphans[0]!.count).toBe(0);
  });

  it('keeps article-scoped speakers apart across articles', async () => {
    for (const id of ['article-a', 'article-b']) {
      const doc = smallDocument(id);
      doc.entities.push({ id: 'group:residents', type: 'Group', name: 'residents', aliases: [], mentions: [], articleScoped: true });
      doc.statements[1]!.speakerId = 'group:residents';
      await loadDocument(gateway, doc);
    }
    const groups = await gateway.read<{ id: string }>({ cypher: 'MATCH (g:Group) RETURN g.id AS id ORDER BY id' });
    expect(groups).toEqual([{ id: 'group:residents@article-a' }, { id: 'group:residents@article-b' }]);
  });
});
