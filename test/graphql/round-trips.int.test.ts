/**
 * No N+1: a request costs one Cypher round trip per nesting level that needs the database,
 * however many parents the level has (the DataLoaders batch them with UNWIND $ids).
 */
import { dataOf, startSeededApi, type SeededApi } from './support';

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
