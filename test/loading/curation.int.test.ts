import type { DatabaseGateway } from '../../src/db/gateway';
import type { ArticleGraphDocument } from '../../src/document/article-graph';
import { mergeEntities, splitEntity } from '../../src/loading/curation';
import { loadDocument } from '../../src/loading/loader';
import { clearGraph, connectTestGateway } from '../support/database';
import { smallDocument, spanOf } from '../support/fixtures';

/** A second article naming Jane Smith under another id ("J Smith"), as extraction might. */
function otherArticle(): ArticleGraphDocument {
  const text = 'J Smith said the bridge would be repaired. Councillor J Smith chairs the transport committee.';
  return {
    schemaVersion: '1.0',
    provenance: 'machine-extracted',
    article: { id: 'test-bridge', title: 'Bridge repair', text, publishedAt: '2024-04-01', source: 'Test Gazette' },
    entities: [
      {
        id: 'person:j-smith',
        type: 'Person',
        name: 'J Smith',
        aliases: ['Councillor J Smith'],
        mentions: [spanOf(text, 'J Smith'), spanOf(text, 'J Smith', 2)],
      },
      { id: 'role:councillor', type: 'Role', name: 'Councillor', aliases: [], mentions: [spanOf(text, 'Councillor')] },
    ],
    statements: [
      {
        id: 's1',
        speakerId: 'person:j-smith',
        text: 'the bridge would be repaired',
        kind: 'indirect',
        stance: 'neutral',
        ...spanOf(text, 'the bridge would be repaired'),
        aboutIds: [],
      },
    ],
    relations: [
      { id: 'r1', type: 'HAS_ROLE', sourceId: 'person:j-smith', targetId: 'role:councillor', ...spanOf(text, 'Councillor J Smith'), role: 'Councillor' },
    ],
  };
}

describe('curating entities by hand (merge and split) in a real Neo4j', () => {
  let gateway: DatabaseGateway;

  beforeAll(async () => {
    gateway = await connectTestGateway();
  });
  beforeEach(async () => {
    await clearGraph(gateway);
    await loadDocument(gateway, smallDocument('test-council'));
    await loadDocument(gateway, otherArticle());
  });
  afterAll(async () => {
    await gateway.close();
  });

  const facts = async (id: string): Promise<{ articles: string[]; statements: number; roles: number; aliases: string[] }> => {
    const [row] = await gateway.read<{ articles: string[]; statements: number; roles: number; aliases: string[] }>({
      cypher: `
MATCH (e:Entity {id: $id})
RETURN [(e)-[:MENTIONED_IN]->(a) | a.id] AS articles, COUNT { (e)-[:SAID]->() } AS statements, COUNT { (e)-[:HAS_ROLE]->() } AS roles, coalesce(e.aliases, []) AS aliases`,
      params: { id },
    });
    return row ? { ...row, articles: [...row.articles].sort() } : { articles: [], statements: -1, roles: -1, aliases: [] };
  };

  it("merge moves OTHER's mentions, statements and relations to KEEP, unions the aliases and deletes OTHER", async () => {
    const result = await mergeEntities(gateway, 'person:jane-smith', 'person:j-smith');
    expect(result).toMatchObject({ keptId: 'person:jane-smith', removedId: 'person:j-smith' });
    expect(result.movedRelationships).toBeGreaterThanOrEqual(3);
    const kept = await facts('person:jane-smith');
    expect(kept.articles).toEqual(['test-bridge', 'test-council']);
    expect(kept.statements).toBe(3);
    expect(kept.roles).toBe(1);
    expect(kept.aliases).toEqual(expect.arrayContaining(['J Smith', 'Councillor J Smith', 'Smith']));
    const [gone] = await gateway.read<{ count: number }>({ cypher: "MATCH (e:Entity {id: 'person:j-smith'}) RETURN count(e) AS count" });
    expect(gone?.count).toBe(0);
  });

  it('merge combines the mentions of an article both entities appear in', async () => {
    const doc = smallDocument('test-council');
    doc.entities.push({
      id: 'person:councillor-smith',
      type: 'Person',
      name: 'Councillor Smith',
      aliases: [],
      mentions: [spanOf(doc.article.text, 'Smith', 2)],
    });
    await loadDocument(gateway, doc);
    await mergeEntities(gateway, 'person:jane-smith', 'person:councillor-smith');
    const [row] = await gateway.read<{ relationships: number; starts: number[] }>({
      cypher:
        "MATCH (:Entity {id: 'person:jane-smith'})-[m:MENTIONED_IN]->(:Article {id: 'test-council'}) RETURN count(m) AS relationships, collect(m.starts)[0] AS starts",
    });
    expect(row?.relationships).toBe(1);
    expect(row?.starts).toHaveLength(3);
  });

  it('merge refuses entities of different kinds, and unknown ids', async () => {
    await expect(mergeEntities(gateway, 'person:jane-smith', 'org:green-party')).rejects.toThrow(/only entities of one kind merge/);
    await expect(mergeEntities(gateway, 'person:jane-smith', 'person:nobody')).rejects.toThrow(/OTHER: no entity with id "person:nobody"/);
  });

  it("split moves one article's mention, statements and relations to a new entity and leaves the rest", async () => {
    await mergeEntities(gateway, 'person:jane-smith', 'person:j-smith');
    const result = await splitEntity(gateway, 'person:jane-smith', 'test-bridge', 'person:j-smith-bridge');
    expect(result).toMatchObject({ fromId: 'person:jane-smith', newId: 'person:j-smith-bridge', originalRemoved: false });
    expect(await facts('person:j-smith-bridge')).toMatchObject({ articles: ['test-bridge'], statements: 1, roles: 1 });
    expect(await facts('person:jane-smith')).toMatchObject({ articles: ['test-council'], statements: 2, roles: 0 });
    const [labels] = await gateway.read<{ labels: string[] }>({ cypher: "MATCH (e {id: 'person:j-smith-bridge'}) RETURN labels(e) AS labels" });
    expect(labels?.labels.sort()).toEqual(['Entity', 'Person']);
  });

  it('split deletes the original when no other article mentions it, and refuses a taken id', async () => {
    const result = await splitEntity(gateway, 'person:j-smith', 'test-bridge', 'person:jo-smith');
    expect(result.originalRemoved).toBe(true);
    await expect(splitEntity(gateway, 'person:jane-smith', 'test-council', 'person:jo-smith')).rejects.toThrow(/already exists/);
    await expect(splitEntity(gateway, 'person:jane-smith', 'test-bridge', 'person:x')).rejects.toThrow(/not mentioned in article "test-bridge"/);
  });
});
