import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../src/config';
import { startSeededApi, type SeededApi } from '../graphql/support';

const INGEST = `
mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { id status entities statements relations mentions resolvedToExisting }
}`;

const TEXT = 'Commander Dean Haydon said the Prevent programme had stopped 150 people travelling to Syria. Critics say the scheme is "toxic".';

describe('ingestArticle mutation (GraphQL, real Neo4j with the seed loaded)', () => {
  let api: SeededApi;

  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses a request without the API key', async () => {
    const { data, errors } = await api.run(INGEST, { input: { text: TEXT } });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('extracts and loads the text, joining people already in the graph, and is idempotent', async () => {
    const input = { text: TEXT, title: 'Prevent stopped 150', publishedAt: '2017-08-20', source: 'Test', url: 'https://example.org/prevent-150' };
    const first = await api.run<{ ingestArticle: Record<string, unknown> }>(INGEST, { input }, { authenticated: true });
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestArticle).toMatchObject({ id: expect.stringMatching(/^prevent-stopped-150-[0-9a-f]{8}$/), status: 'CREATED', statements: 2 });
    const again = await api.run<{ ingestArticle: Record<string, unknown> }>(INGEST, { input }, { authenticated: true });
    expect(again.data?.ingestArticle).toMatchObject({ id: first.data?.ingestArticle.id, status: 'UNCHANGED' });
    const [row] = await api.gateway.read<{ articles: number }>({
      cypher: "MATCH (:Person {id: 'person:dean-haydon'})-[:MENTIONED_IN]->(a) RETURN count(a) AS articles",
    });
    expect(row?.articles).toBe(2);
  });

  it('keeps the reviewed seed article when its text is ingested', async () => {
    const text = readFileSync(path.join(REPO_ROOT, 'data', 'articles', 'prevent-2017.txt'), 'utf8');
    const { data } = await api.run<{ ingestArticle: Record<string, unknown> }>(INGEST, { input: { text, publishedAt: '2017-08-07' } }, { authenticated: true });
    expect(data?.ingestArticle).toMatchObject({ id: 'prevent-2017', status: 'KEPT_REVIEWED' });
  });

  it('names the bad field', async () => {
    const { errors } = await api.run(INGEST, { input: { text: TEXT, publishedAt: '20 August' } }, { authenticated: true });
    expect(errors?.[0]).toMatchObject({ message: expect.stringMatching(/input.publishedAt/), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });
  });
});
