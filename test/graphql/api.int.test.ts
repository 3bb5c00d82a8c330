/**
 * The read API against the seed article (data/articles/prevent-2017): every answer is checked
 * against what the article says.
 */
import { dataOf, errorCodes, startSeededApi, type SeededApi } from './support';

let api: SeededApi;

beforeAll(async () => {
  api = await startSeededApi();
});

afterAll(async () => {
  await api.close();
});

interface Edge<T> {
  cursor: string;
  node: T;
}

describe('entity(id)', () => {
  it('returns the entity with its kind, aliases, roles and affiliations, each with evidence', async () => {
    const data = dataOf(
      await api.run(`{
        entity(id: "person:dean-haydon") {
          id name kind aliases
          ... on Person {
            roles { title qualifier role { name } organisation { id } evidence { excerpt } }
            affiliations { type organisation { id name } role }
          }
        }
      }`),
    );
    expect(data.entity).toMatchObject({ id: 'person:dean-haydon', name: 'Dean Haydon', kind: 'PERSON' });
    expect(data.entity.aliases).toEqual(expect.arrayContaining(['Commander Dean Haydon', 'Haydon']));
    expect(data.entity.roles).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: 'Commander', role: { name: 'Commander' }, organisation: { id: 'org:scotland-yard' } })]),
    );
    const commander = data.entity.roles.find((role: { title: string }) => role.title === 'Commander');
    expect(commander.evidence.excerpt).toContain('Commander');
    expect(data.entity.affiliations).toEqual(
      expect.arrayContaining([expect.objectContaining({ organisation: { id: 'org:scotland-yard', name: 'Scotland Yard' } })]),
    );
  });

  it('is null for an unknown id (lookups return null; operations on an unknown id are NOT_FOUND)', async () => {
    const result = await api.run('{ entity(id: "person:nobody") { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.entity).toBeNull();
  });

  it('navigates relationships both ways: Rudd is a member of the government, and the government lists her', async () => {
    const data = dataOf(
      await api.run(`{
        rudd: entity(id: "person:amber-rudd") { ... on Person { affiliations { type organisation { id } } } }
        government: entity(id: "org:uk-government") { ... on Organisation { members { totalCount edges { node { type member { id } } } } } }
      }`),
    );
    expect(data.rudd.affiliations).toEqual(expect.arrayContaining([{ type: 'MEMBER_OF', organisation: { id: 'org:uk-government' } }]));
    const memberIds = data.government.members.edges.map((edge: Edge<{ member: { id: string } }>) => edge.node.member.id);
    expect(memberIds).toEqual(expect.arrayContaining(['person:amber-rudd', 'person:government-spokeswoman@prevent-2017']));
    expect(data.government.members.totalCount).toBe(memberIds.length);
  });

  it('gives an event its date with precision, and its participants', async () => {
    const data = dataOf(
      await api.run(
        `{ entity(id: "event:haydon-interview-broadcast") { ... on Event { date { value precision certainty text } participants { role participant { id } } } } }`,
      ),
    );
    expect(data.entity.date).toEqual({ value: '2017-08-08T10:00', precision: 'MINUTE', certainty: 'RESOLVED', text: 'on Tuesday 8 August at 10am' });
    expect(data.entity.participants).toEqual(expect.arrayContaining([{ role: 'interviewee', participant: { id: 'person:dean-haydon' } }]));
  });

  it('lists the mentions of an entity with the words at each offset', async () => {
    const data = dataOf(
      await api.run(`{ entity(id: "person:dean-haydon") { mentions { totalCount edges { node { articleId count evidence { start end excerpt } } } } } }`),
    );
    const [mention] = data.entity.mentions.edges;
    expect(data.entity.mentions.totalCount).toBe(1);
    expect(mention.node.articleId).toBe('prevent-2017');
    expect(mention.node.count).toBeGreaterThanOrEqual(3);
    expect(mention.node.evidence.map((e: { excerpt: string }) => e.excerpt)).toEqual(expect.arrayContaining(['Commander Dean Haydon', 'Haydon']));
  });
});

describe('entities(name, kind)', () => {
  it('finds Commander Dean Haydon by "haydon", case-insensitively, best match first', async () => {
    const data = dataOf(await api.run('{ entities(name: "HAYDON") { totalCount edges { node { id } } } }'));
    expect(data.entities.edges[0].node.id).toBe('person:dean-haydon');
  });

  it('matches aliases and word prefixes ("isis" is an alias of Islamic State; "hayd" a prefix)', async () => {
    const data = dataOf(
      await api.run(`{
        isis: entities(name: "isis") { edges { node { id } } }
        prefix: entities(name: "commander hayd", kind: PERSON) { edges { node { id } } }
      }`),
    );
    expect(data.isis.edges.map((e: Edge<{ id: string }>) => e.node.id)).toEqual(['org:islamic-state']);
    expect(data.prefix.edges.map((e: Edge<{ id: string }>) => e.node.id)).toEqual(['person:dean-haydon']);
  });

  it('pages through a kind with keyset cursors: pages do not overlap and together give every entity once', async () => {
    const query = `query Page($after: String) { entities(kind: PERSON, first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor hasPreviousPage } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 10; pages++) {
      const data: any = dataOf(await api.run(query, { after }));
      total = data.entities.totalCount;
      seen.push(...data.entities.edges.map((e: Edge<{ id: string }>) => e.node.id));
      expect(data.entities.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!data.entities.pageInfo.hasNextPage) break;
      after = data.entities.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThanOrEqual(5);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(expect.arrayContaining(['person:dean-haydon', 'person:dal-babu', 'person:caroline-lucas', 'person:amber-rudd']));
  });

  it('refuses first: 1000 with BAD_USER_INPUT saying the allowed range', async () => {
    const result = await api.run('{ entities(first: 1000) { edges { node { id } } } }');
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toBe('first: must be an integer from 1 to 100 (got 1000)');
  });

  it('refuses a cursor from another list', async () => {
    const statements = dataOf(await api.run('{ statements(first: 1) { pageInfo { endCursor } } }'));
    const result = await api.run('query($after: String) { entities(after: $after) { edges { node { id } } } }', {
      after: statements.statements.pageInfo.endCursor,
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toMatch(/^after: is not a cursor of this list/);
  });
});

describe('statements(filter)', () => {
  const ids = (data: any): string[] => data.statements.edges.map((e: Edge<{ id: string }>) => e.node.id);

  it('filters by topic and stance: the critics of Prevent', async () => {
    const data = dataOf(
      await api.run(`{ statements(filter: { aboutId: "programme:prevent", stance: CRITICISES }) { totalCount edges { node { id stance speaker { id } } } } }`),
    );
    const speakers = data.statements.edges.map((e: Edge<{ speaker: { id: string } }>) => e.node.speaker.id);
    expect(speakers).toEqual(expect.arrayContaining(['person:dal-babu', 'person:caroline-lucas', 'org:muslim-council-of-britain']));
    expect(speakers).not.toContain('person:dean-haydon');
    expect(data.statements.totalCount).toBe(speakers.length);
  });

  it('filters by speaker and kind together', async () => {
    const data = dataOf(
      await api.run(`{ statements(filter: { speakerId: "person:dean-haydon", kind: DIRECT }) { edges { node { id kind text audience { id } } } } }`),
    );
    expect(data.statements.edges).toHaveLength(1);
    expect(data.statements.edges[0].node).toMatchObject({
      kind: 'DIRECT',
      text: "don't understand properly how Prevent works",
      audience: { id: 'org:bbc-asian-network' },
    });
  });

  it('finds statements by their words, with Lucene syntax taken literally', async () => {
    const data = dataOf(
      await api.run(`{
        toxic: statements(filter: { text: "toxic" }) { edges { node { id } } }
        syntax: statements(filter: { text: "toxic brand\\")" }) { edges { node { id } } }
      }`),
    );
    expect(data.toxic.edges.map((e: Edge<{ id: string }>) => e.node.id)).toEqual(
      expect.arrayContaining(['prevent-2017/stmt-08-babu-toxic-brand', 'prevent-2017/stmt-02-critics-scrap-toxic-charter']),
    );
    expect(data.syntax.edges.map((e: Edge<{ id: string }>) => e.node.id)).toEqual(['prevent-2017/stmt-08-babu-toxic-brand']);
  });

  it('gives each statement its evidence, the exact words at its offsets in the article', async () => {
    const data = dataOf(
      await api.run(
        `{ statements(filter: { articleId: "prevent-2017" }, first: 100) { totalCount edges { node { text evidence { articleId start end excerpt } article { text } } } } }`,
      ),
    );
    expect(data.statements.totalCount).toBeGreaterThanOrEqual(13);
    for (const { node } of data.statements.edges) {
      expect(node.article.text.slice(node.evidence.start, node.evidence.end)).toBe(node.evidence.excerpt);
    }
  });

  it('pages in id order without gaps or repeats', async () => {
    const all = ids(dataOf(await api.run('{ statements(first: 100) { edges { node { id } } } }')));
    const first = dataOf(await api.run('{ statements(first: 5) { edges { node { id } } pageInfo { endCursor hasNextPage } } }'));
    const second = dataOf(
      await api.run('query($after: String) { statements(first: 5, after: $after) { edges { node { id } } } }', { after: first.statements.pageInfo.endCursor }),
    );
    expect(first.statements.pageInfo.hasNextPage).toBe(true);
    expect([...ids(first), ...ids(second)]).toEqual(all.slice(0, 10));
  });
});

describe('search(query)', () => {
  it('finds entities by name and statements by text, with scores, best first', async () => {
    const data = dataOf(await api.run('{ search(query: "haydon") { score node { id label } } }'));
    expect(data.search[0]).toMatchObject({ node: { id: 'person:dean-haydon', label: 'PERSON' } });
    const scores = data.search.map((hit: { score: number }) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(0);
  });

  it('restricts results to the kinds asked for', async () => {
    const data = dataOf(await api.run('{ search(query: "prevent", kinds: [STATEMENT]) { node { label statement { text } } } }'));
    expect(data.search.length).toBeGreaterThan(3);
    expect(data.search.every((hit: { node: { label: string } }) => hit.node.label === 'STATEMENT')).toBe(true);
  });

  it.each(['"unbalanced', 'AND OR NOT', '(((', 'title:x*~2^3', 'a && b || !c', '\\'])('does not break on Lucene syntax: %s', async (query) => {
    const result = await api.run('query($q: String!) { search(query: $q) { node { id } } }', { q: query });
    if (result.errors) expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    else expect(Array.isArray(result.data?.search)).toBe(true);
  });
});

describe('paths(fromId, toId)', () => {
  it('connects Dean Haydon to the Muslim Council of Britain through their statements about Prevent', async () => {
    const data = dataOf(
      await api.run(`{ paths(fromId: "person:dean-haydon", toId: "org:muslim-council-of-britain") {
        length summary hops { type forward from { id } to { id statement { stance } } evidence { articleId start end excerpt } } } }`),
    );
    expect(data.paths.length).toBeGreaterThan(0);
    for (const path of data.paths) {
      expect(path.length).toBe(4);
      expect(path.hops.map((hop: { type: string }) => hop.type)).toEqual(['SAID', 'ABOUT', 'ABOUT', 'SAID']);
      expect(path.hops[0].from.id).toBe('person:dean-haydon');
      expect(path.hops[1].to.id).toBe('programme:prevent');
      expect(path.hops[3].to.id).toBe('org:muslim-council-of-britain');
      expect(path.hops.map((hop: { forward: boolean }) => hop.forward)).toEqual([true, true, false, false]);
      expect(path.hops[0].to.statement.stance).toBe('SUPPORTS');
      expect(path.hops[2].to.statement.stance).toBe('CRITICISES');
      for (const hop of path.hops) expect(hop.evidence).toMatchObject({ articleId: 'prevent-2017' });
    }
    expect(data.paths[0].summary).toMatch(/^Dean Haydon -SAID-> .* -ABOUT-> Prevent <-ABOUT- .* <-SAID- Muslim Council of Britain$/);
  });

  it('finds a direct relationship as a one-hop path', async () => {
    const data = dataOf(
      await api.run('{ paths(fromId: "person:amber-rudd", toId: "org:uk-government", maxHops: 1) { length hops { type evidence { excerpt } } } }'),
    );
    expect(data.paths).toEqual([{ length: 1, hops: [{ type: 'MEMBER_OF', evidence: expect.objectContaining({ excerpt: expect.any(String) }) }] }]);
  });

  it('answers an empty list when no connection is short enough', async () => {
    const data = dataOf(await api.run('{ paths(fromId: "person:dean-haydon", toId: "org:muslim-council-of-britain", maxHops: 3) { length } }'));
    expect(data.paths).toEqual([]);
  });

  it('is NOT_FOUND for an unknown id, naming the argument', async () => {
    const result = await api.run('{ paths(fromId: "person:dean-haydon", toId: "org:nobody") { length } }');
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
    expect(result.errors?.[0]?.message).toBe('toId: no entity with id "org:nobody"');
  });

  it('refuses maxHops beyond 6 with the allowed range', async () => {
    const result = await api.run('{ paths(fromId: "person:dean-haydon", toId: "org:bbc", maxHops: 7) { length } }');
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toBe('maxHops: must be an integer from 1 to 6 (got 7)');
  });
});

describe('neighbourhood(id, depth)', () => {
  it('returns the nodes around Prevent and the relationships among them, ready to draw', async () => {
    const data = dataOf(
      await api.run(
        `{ neighbourhood(id: "programme:prevent", depth: 1) { centerId truncated nodes { id label caption } edges { id type sourceId targetId evidence { excerpt } } } }`,
      ),
    );
    const { nodes, edges } = data.neighbourhood;
    const nodeIds = new Set(nodes.map((n: { id: string }) => n.id));
    expect(nodes[0]).toMatchObject({ id: 'programme:prevent', label: 'PROGRAMME', caption: 'Prevent' });
    expect(nodeIds).toContain('event:prevent-set-up');
    expect(nodeIds).toContain('prevent-2017/stmt-08-babu-toxic-brand');
    expect(nodeIds).not.toContain('person:dal-babu');
    for (const edge of edges) {
      expect(nodeIds).toContain(edge.sourceId);
      expect(nodeIds).toContain(edge.targetId);
    }
    expect(edges).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'ABOUT', sourceId: 'prevent-2017/stmt-08-babu-toxic-brand', targetId: 'programme:prevent' })]),
    );
    expect(data.neighbourhood.truncated).toBe(false);
  });

  it('reaches the speakers at depth 2 and keeps to the relationship types asked for', async () => {
    const data = dataOf(
      await api.run(`{
        two: neighbourhood(id: "programme:prevent", depth: 2) { nodes { id } }
        said: neighbourhood(id: "person:dean-haydon", depth: 1, relationshipTypes: [SAID]) { nodes { label } edges { type } }
      }`),
    );
    expect(data.two.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['person:dal-babu', 'person:dean-haydon']));
    expect(new Set(data.said.edges.map((e: { type: string }) => e.type))).toEqual(new Set(['SAID']));
    expect(data.said.nodes.slice(1).every((n: { label: string }) => n.label === 'STATEMENT')).toBe(true);
  });

  it('refuses depth 4 and is NOT_FOUND for an unknown id', async () => {
    const deep = await api.run('{ neighbourhood(id: "programme:prevent", depth: 4) { centerId } }');
    expect(deep.errors?.[0]).toMatchObject({ message: 'depth: must be an integer from 1 to 3 (got 4)', extensions: { code: 'BAD_USER_INPUT' } });
    const unknown = await api.run('{ neighbourhood(id: "programme:nothing") { centerId } }');
    expect(unknown.errors?.[0]).toMatchObject({ message: 'id: no entity with id "programme:nothing"', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('timeline(entityId, from, to)', () => {
  it('puts the Prevent story in date order, each entry with its precision', async () => {
    const data = dataOf(await api.run('{ timeline(entityId: "programme:prevent") { entries { date { value precision } kind title } } }'));
    const values = data.timeline.entries.map((e: { date: { value: string } }) => e.date.value);
    expect(values.slice(0, 3)).toEqual(['2003', '2011', '2015']);
    expect(values[values.length - 1]).toBe('2017-08-08T10:00');
    expect(values).toEqual([...values].sort());
    expect(data.timeline.entries[0]).toMatchObject({ kind: 'EVENT', date: { precision: 'YEAR' }, title: 'Prevent set up by Labour' });
    expect(data.timeline.entries[data.timeline.entries.length - 1]).toMatchObject({ kind: 'EVENT', date: { precision: 'MINUTE' } });
    expect(data.timeline.entries).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'STATEMENT', date: { value: '2017-05', precision: 'MONTH' } })]),
    );
  });

  it('keeps to the range asked for, counting an entry whose date overlaps it', async () => {
    const data = dataOf(await api.run('{ timeline(entityId: "programme:prevent", from: "2011", to: "2017-05") { entries { date { value } } } }'));
    expect(data.timeline.entries.map((e: { date: { value: string } }) => e.date.value)).toEqual(['2011', '2015', '2017', '2017-05']);
  });

  it('is NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed date', async () => {
    const unknown = await api.run('{ timeline(entityId: "programme:nothing") { truncated } }');
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const malformed = await api.run('{ timeline(entityId: "programme:prevent", from: "last May") { truncated } }');
    expect(malformed.errors?.[0]?.message).toBe('from: must be a date like 2017, 2017-05, 2017-08-08 or 2017-08-08T10:00 (got "last May")');
  });
});

describe('articles', () => {
  it('lists articles with their entities and statements', async () => {
    const data = dataOf(
      await api.run(
        `{ articles { totalCount edges { node { id title publishedAt entities(kind: PERSON) { edges { node { id } } } statements(first: 3) { totalCount edges { node { id } } } } } } }`,
      ),
    );
    expect(data.articles.totalCount).toBeGreaterThanOrEqual(1);
    const article = data.articles.edges.find((e: Edge<{ id: string }>) => e.node.id === 'prevent-2017').node;
    expect(article.title).toBe('Senior police officer hits out at critics of Prevent counter-terrorism programme');
    expect(article.entities.edges.map((e: Edge<{ id: string }>) => e.node.id)).toEqual(expect.arrayContaining(['person:dean-haydon', 'person:dal-babu']));
    expect(article.statements.edges).toHaveLength(3);
    expect(article.statements.totalCount).toBeGreaterThanOrEqual(13);
  });

  it('returns null for an unknown article id', async () => {
    expect(dataOf(await api.run('{ article(id: "nope") { id } }')).article).toBeNull();
  });
});
