/**
 * No N+1: a request costs one Cypher round trip per nesting level that needs the database,
 * however many parents the level has (the DataLoaders batch them with UNWIND $ids).
 */
import { dataOf, errorCodes, startSeededApi, type SeededApi } from './support';

let api: SeededApi;

beforeAll(async () => {
  api = await startSeededApi();
});

afterAll(async () => {
  await api.close();
});

const DEEP_QUERY = `
query Deep($first: Int) {
  statements(first: $first) {
    edges {
      node {
        text
        speaker {
          name
          ... on Person { affiliations { role organisation { name ... on Organisation { members { edges { node { member { name } } } } } } } }
          ... on Group { affiliations { role organisation { name ... on Organisation { members { edges { node { member { name } } } } } } } }
          ... on Organisation { affiliations { role organisation { name ... on Organisation { members { edges { node { member { name } } } } } } } }
        }
      }
    }
  }
}`;

describe('round trips', () => {
  it('statements → speaker → affiliations → organisation → members costs 3 round trips (statements, affiliations, members)', async () => {
    let data: any;
    const queries = await api.recordQueries(async () => {
      data = dataOf(await api.run(DEEP_QUERY, { first: 20 }));
    });
    const statements = data.statements.edges;
    expect(statements.length).toBeGreaterThanOrEqual(13);
    // The answer is real: Rudd's affiliation leads to the government, whose members include the spokeswoman.
    const rudd = statements.find((e: any) => e.node.speaker.name === 'Amber Rudd').node.speaker;
    const government = rudd.affiliations.find((a: any) => a.organisation.name === 'UK government').organisation;
    expect(government.members.edges.map((e: any) => e.node.member.name)).toEqual(expect.arrayContaining(['Amber Rudd', 'Government spokeswoman']));

    expect(queries).toHaveLength(3);
    expect(queries[1]!.cypher).toContain('UNWIND $ids AS entityId');
    expect(queries[2]!.cypher).toContain('UNWIND $ids AS entityId');
    // Every speaker, whatever its kind (Person, Group, Organisation), went into the one affiliations batch.
    const speakerNames = new Set(statements.map((e: any) => e.node.speaker.name));
    expect(queries[1]!.params!.ids as string[]).toHaveLength(speakerNames.size);
    expect(queries[1]!.params!.ids).toEqual(expect.arrayContaining(['person:dean-haydon', 'org:muslim-council-of-britain', 'group:police@prevent-2017']));
  });

  it('folds a page of entities and their affiliations into one round trip, with the same answer as the nested loader', async () => {
    const query = (args: string): string =>
      `{ entities(${args}) { edges { node { id name ... on Person { affiliations { type role qualifier organisation { id name } evidence { articleId start } } } } } } }`;
    let folded: any;
    const foldedQueries = await api.recordQueries(async () => {
      folded = dataOf(await api.run(query('exactName: "amber rudd", kind: PERSON')));
    });
    expect(foldedQueries).toHaveLength(1);
    expect(folded.entities.edges.map((e: any) => e.node.name)).toEqual(['Amber Rudd']);
    expect(folded.entities.edges[0].node.affiliations.map((a: any) => a.organisation.name)).toContain('UK government');
    // The same entity reached through a statement's speaker gets its affiliations from the batch loader.
    const viaLoader = dataOf(
      await api.run(
        '{ entity(id: "person:amber-rudd") { ... on Person { affiliations { type role qualifier organisation { id name } evidence { articleId start } } } } }',
      ),
    );
    expect(folded.entities.edges[0].node.affiliations).toEqual(viaLoader.entity.affiliations);
  });

  it('finds entities by exact name, ignoring case, accents and punctuation, and refuses name with exactName', async () => {
    const names = async (exactName: string): Promise<string[]> =>
      dataOf<any>(await api.run('query($n: String!) { entities(exactName: $n) { edges { node { name } } } }', { n: exactName })).entities.edges.map(
        (e: any) => e.node.name,
      );
    expect(await names('Amber Rudd')).toEqual(['Amber Rudd']);
    expect(await names('  AMBER   rudd ')).toEqual(['Amber Rudd']);
    expect(await names('Amber')).toEqual([]);
    expect(errorCodes(await api.run('{ entities(name: "rudd", exactName: "Amber Rudd") { edges { node { name } } } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.run('{ entities(exactName: "--") { edges { node { name } } } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('folds entity(id) and one of its statement lists into one round trip', async () => {
    const nested = '{ totalCount edges { node { id text speaker { name } } } pageInfo { hasNextPage } }';
    let folded: any;
    const queries = await api.recordQueries(async () => {
      folded = dataOf(await api.run(`{ entity(id: "programme:prevent") { name statementsAbout(first: 3) ${nested} } }`));
    });
    expect(queries).toHaveLength(1);
    // Two lists are not folded: the same page then comes from the batch loader.
    const unfolded = dataOf(await api.run(`{ entity(id: "programme:prevent") { name statementsAbout(first: 3) ${nested} statementsMade { totalCount } } }`));
    expect(folded.entity.statementsAbout).toEqual(unfolded.entity.statementsAbout);
    expect(folded.entity.statementsAbout.totalCount).toBeGreaterThan(3);
    // An unknown id is null, and bad nested arguments are reported by the nested field, as before.
    expect(dataOf(await api.run(`{ entity(id: "programme:none") { statementsAbout(first: 3) ${nested} } }`)).entity).toBeNull();
    const bad = await api.run(`{ entity(id: "programme:prevent") { name statementsAbout(first: 0) ${nested} } }`);
    expect(JSON.stringify(bad)).toContain('first');
  });

  it('costs the same number of round trips for 2 parents as for 13', async () => {
    const few = await api.recordQueries(() => api.run(DEEP_QUERY, { first: 2 }));
    const many = await api.recordQueries(() => api.run(DEEP_QUERY, { first: 20 }));
    expect(few.length).toBe(many.length);
  });

  it('resolves speaker, topics and audience from the statements query itself (no extra round trip)', async () => {
    const queries = await api.recordQueries(async () => {
      const data = dataOf(await api.run('{ statements(first: 100) { edges { node { speaker { name } about { name } audience { name } } } } }'));
      expect(data.statements.edges.some((e: any) => e.node.audience?.name === 'BBC Asian Network')).toBe(true);
    });
    expect(queries).toHaveLength(1);
  });

  it('batches an entity lookup per level: a page of entities, each with its statements and mentions, is 3 round trips', async () => {
    const queries = await api.recordQueries(async () => {
      const data = dataOf(
        await api.run('{ entities(kind: PERSON, first: 100) { edges { node { name statementsMade { totalCount } mentions { totalCount } } } } }'),
      );
      const haydon = data.entities.edges.find((e: any) => e.node.name === 'Dean Haydon').node;
      expect(haydon.statementsMade.totalCount).toBe(5);
    });
    // entities; then statementsMade and mentions: one batch each for all the people.
    expect(queries).toHaveLength(3);
  });
});
