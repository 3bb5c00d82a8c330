/**
 * KG_FEDERATION=true: the API as an Apollo Federation 2 subgraph. Its SDL (as a router fetches it,
 * through `_service`) composes into a supergraph with a second subgraph that extends Person, and
 * entity references resolve through `_entities`.
 */
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { startService, type RunningService } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { DatabaseGateway } from '../../src/db/gateway';
import { FEDERATION_SPEC_URL } from '../../src/graphql/federation';
import { loadSeedDocuments } from '../../src/loading/seed';
import { clearGraph, connectTestGateway } from '../support/database';
import { SEED_DIR, silentLogger } from './support';

/** A second subgraph, as another team would write it: it adds a field to the graph's people. */
const FOLLOWERS_SUBGRAPH = `
extend schema @link(url: "${FEDERATION_SPEC_URL}", import: ["@key"])

type Person @key(fields: "id") {
  id: ID!
  followerCount: Int
}

type Query {
  mostFollowed: Person
}
`;

let gateway: DatabaseGateway;
let federated: RunningService;

async function graphql(service: RunningService, query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: { message: string }[] }> {
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string }[] };
}

beforeAll(async () => {
  gateway = await connectTestGateway();
  await clearGraph(gateway);
  await loadSeedDocuments(gateway, SEED_DIR);
  federated = await startService(
    loadConfig({ HOST: '127.0.0.1', PORT: '0', KG_LOAD_SEED: 'false', KG_FEDERATION: 'true', NODE_ENV: 'production' }),
    gateway,
    silentLogger,
  );
});

afterAll(async () => {
  await federated?.close();
  await gateway?.close();
});

describe('the federated subgraph', () => {
  let sdl: string;

  beforeAll(async () => {
    const result = await graphql(federated, '{ _service { sdl } }');
    expect(result.errors).toBeUndefined();
    sdl = result.data._service.sdl as string;
  });

  it('publishes its SDL with a Federation 2 link and id keys on articles, statements and every entity kind', () => {
    expect(sdl).toContain(FEDERATION_SPEC_URL);
    for (const type of ['Article', 'Statement', 'Person', 'Organisation', 'Place', 'Event', 'Programme', 'Group', 'Role']) {
      expect(sdl).toMatch(new RegExp(`type ${type}( implements Entity)? @key\\(fields: "id"\\)`));
    }
  });

  it('composes into a supergraph with another subgraph that extends Person', () => {
    const result = composeServices([
      { name: 'kg', typeDefs: parse(sdl), url: `${federated.url}/graphql` },
      { name: 'followers', typeDefs: parse(FOLLOWERS_SUBGRAPH), url: 'http://followers.invalid/graphql' },
    ]);
    expect(result.errors ?? []).toEqual([]);
    const supergraph = result.supergraphSdl ?? '';
    expect(supergraph).toMatch(
      /type Person implements Entity\s+@join__implements\(graph: KG, interface: "Entity"\)\s+@join__type\(graph: FOLLOWERS, key: "id"\)\s+@join__type\(graph: KG, key: "id"\)/,
    );
    expect(supergraph).toMatch(/followerCount: Int @join__field\(graph: FOLLOWERS\)/);
  });

  it('resolves entity references through _entities, null for an id of another kind', async () => {
    const result = await graphql(
      federated,
      `
        query Refs($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on Person {
              id
              name
              statementsMade(first: 1) {
                totalCount
              }
            }
            ... on Organisation {
              name
            }
            ... on Article {
              title
            }
            ... on Statement {
              text
              speaker {
                name
              }
            }
          }
        }
      `,
      {
        representations: [
          { __typename: 'Person', id: 'person:dean-haydon' },
          { __typename: 'Article', id: 'prevent-2017' },
          { __typename: 'Statement', id: 'prevent-2017/stmt-01-haydon-criticism-is-ignorance' },
          { __typename: 'Organisation', id: 'org:muslim-council-of-britain' },
          { __typename: 'Person', id: 'org:bbc' },
          { __typename: 'Person', id: 'person:nobody' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      { __typename: 'Person', id: 'person:dean-haydon', name: 'Dean Haydon', statementsMade: { totalCount: expect.any(Number) } },
      { __typename: 'Article', title: expect.stringContaining('Prevent') },
      { __typename: 'Statement', text: 'such criticism is based on "ignorance"', speaker: { name: 'Dean Haydon' } },
      { __typename: 'Organisation', name: 'Muslim Council of Britain' },
      null,
      null,
    ]);
    expect(result.data._entities[0].statementsMade.totalCount).toBeGreaterThan(1);
  });

  it('answers the ordinary API unchanged', async () => {
    const result = await graphql(federated, '{ entity(id: "person:dean-haydon") { name } statements(first: 1) { totalCount } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.entity).toEqual({ name: 'Dean Haydon' });
  });

  it('keeps the cost limit: connection fields cost as much as without federation', async () => {
    // 100 statements, each with 100 statements of its speaker: far over the cost limit.
    const result = await graphql(
      federated,
      '{ statements(first: 100) { edges { node { speaker { statementsMade(first: 100) { edges { node { text } } } } } } } }',
    );
    expect(result.errors?.[0]?.message).toMatch(/cost/i);
  });
});

describe('without KG_FEDERATION', () => {
  it('has no federation fields', async () => {
    const plain = await startService(loadConfig({ HOST: '127.0.0.1', PORT: '0', KG_LOAD_SEED: 'false', NODE_ENV: 'production' }), gateway, silentLogger);
    try {
      const result = await graphql(plain, '{ _service { sdl } }');
      expect(result.errors?.[0]?.message).toMatch(/Cannot query field "_service"/);
    } finally {
      await plain.close();
    }
  });
});
