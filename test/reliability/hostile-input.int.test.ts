/**
 * Hostile input over HTTP: query shapes built to exhaust the server, malformed and oversized
 * bodies, articles with forbidden characters or absurd sizes, and Cypher-injection strings in
 * every string argument. Each is refused with a clear error (or, for injection, stored and
 * returned verbatim) and the graph's counts are unchanged afterwards.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { startService, type RunningService } from '../../src/app';
import type { DatabaseGateway } from '../../src/db/gateway';
import { DocumentValidationError } from '../../src/document/validate';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { loadDocument } from '../../src/loading/loader';
import { clearGraph, connectTestGateway, graphCounts } from '../support/database';
import { smallDocument } from '../support/fixtures';
import { generatedDocument } from './documents';
import { capturingLogger, postGraphQL, reportFigure, testConfig } from './support';

const API_KEY = 'hostile-api-key-0123456789';
const KEY = { 'x-api-key': API_KEY };
const LOAD = 'mutation Load($document: JSONObject!) { loadArticleDocument(document: $document) { id status } }';

/** Strings that would change a query if they were ever pasted into Cypher text or a Lucene query. */
export const INJECTIONS = [
  "x'}) MATCH (n) DETACH DELETE n //",
  'x"}) MATCH (n) DETACH DELETE n //',
  'x`) DETACH DELETE n //',
  "' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //",
  "\\'}) CALL { MATCH (n) DETACH DELETE n } //",
  '$articleId',
  '}) RETURN 1 UNION MATCH (n) SET n.pwned = true RETURN 1 //',
  "CALL dbms.security.createUser('evil', 'evil', false)",
  '*:* OR name:* AND text:/.*/~ ^10 [a TO z]',
  '/* */ MATCH (n) DETACH DELETE n',
];

let gateway: DatabaseGateway;
let service: RunningService;
let schema: GraphQLSchema;
let inputsTried = 0;

async function expectGraphUnchanged(work: () => Promise<void>): Promise<void> {
  const before = await graphCounts(gateway);
  await work();
  expect(await graphCounts(gateway)).toEqual(before);
}

async function refused(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; message: string; code: string; ms: number }> {
  inputsTried++;
  const { status, json, ms } = await postGraphQL(service.url, body, headers);
  const error = json?.errors?.[0] ?? {};
  return { status, message: String(error.message), code: String(error.extensions?.code), ms };
}

beforeAll(async () => {
  gateway = await connectTestGateway();
  await clearGraph(gateway);
  await loadDocument(gateway, smallDocument('hostile-base'));
  await loadDocument(gateway, generatedDocument('hostile-generated'));
  schema = await buildGraphQLSchema();
  service = await startService(testConfig({ KG_API_KEY: API_KEY, KG_MAX_ARTICLE_CHARS: '20000' }), gateway, capturingLogger().logger);
});

afterAll(async () => {
  reportFigure('hostile inputs tried over HTTP', inputsTried);
  await service.close();
  await gateway.close();
});

describe('hostile query shapes are refused before anything runs, quickly and clearly', () => {
  const CASES: [string, string, RegExp][] = [
    [
      'too deep',
      '{ statements(first: 1) { edges { node { speaker { statementsMade(first: 1) { edges { node { speaker { statementsMade(first: 1) { edges { node { speaker { statementsMade(first: 1) { edges { node { text } } } } } } } } } } } } } } } }',
      /^Query refused, too deep: Query depth limit of 14 exceeded/,
    ],
    [
      'too many aliases',
      `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: health { status }`).join(' ')} }`,
      /^Query refused, too many aliases: Aliases limit of 15 exceeded, found 40/,
    ],
    [
      'a fragment cycle',
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A health { status } }',
      /^Cannot spread fragment "A" within itself via "B"\./,
    ],
    [
      'an exponential fragment bomb (each fragment spreads the next twice, 2^30 fields)',
      `query { ...F0 } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F30 on Query { health { status } }`,
      /^Query refused, too deep/,
    ],
    [
      'fragments that alias the same expensive field under each spread',
      `query { ...G0 } ${Array.from({ length: 12 }, (_, i) => `fragment G${i} on Query { g${i}a: entities(first: 100) { totalCount } ...G${i + 1} }`).join(' ')} fragment G12 on Query { health { status } }`,
      /^Query refused, (too many aliases|too deep)/,
    ],
    [
      'too costly',
      '{ entities(first: 100) { edges { node { statementsMade(first: 100) { edges { node { about { statementsAbout(first: 100) { edges { node { text } } } } } } } } } } }',
      /^Query is too expensive: its estimated cost is \d+, the limit is 25000\./,
    ],
    [
      'nested 20,000 levels deep (stack exhaustion)',
      `{${'a {'.repeat(20_000)}b${'}'.repeat(20_001)}`,
      /^Query refused, too long: it has more than 2000 tokens\./,
    ],
    ['the same field 1,500 times (quadratic field merging)', `{ ${'__typename '.repeat(1_500)}}`, /^Query refused, too (complex to validate|long)/],
    ['too many directives', `{ health ${'@include(if: true) '.repeat(30)}{ status } }`, /^Query refused, too many directives: Directives limit of 20 exceeded/],
  ];

  it.each(CASES)('%s', async (_name, query, message) => {
    await expectGraphUnchanged(async () => {
      const answer = await refused({ query });
      expect(answer.status).toBe(400);
      expect(answer.message).toMatch(message);
      expect(answer.ms).toBeLessThan(3_000);
    });
  });

  it('a mutation inside a refused document does not run', async () => {
    await expectGraphUnchanged(async () => {
      const deepMutation = `mutation { removeArticle(id: "hostile-base") { id } ${Array.from({ length: 20 }, (_, i) => `r${i}: removeArticle(id: "hostile-generated") { id }`).join(' ')} }`;
      const answer = await refused({ query: deepMutation }, KEY);
      expect(answer.status).toBe(400);
      expect(answer.message).toMatch(/too many aliases/);
    });
  });
});

describe('hostile HTTP bodies', () => {
  it('a body over 1 MB is refused with 413, whether declared or streamed', async () => {
    await expectGraphUnchanged(async () => {
      const big = await refused({ query: LOAD, variables: { document: { ...smallDocument('too-big'), padding: 'x'.repeat(2_000_000) } } }, KEY);
      expect([big.status, big.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
      expect(big.message).toBe('Request body is larger than 1000000 bytes');
      const manyVariables = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`v${i}`, i]));
      const variables = await refused({ query: '{ health { status } }', variables: manyVariables });
      expect(variables.status).toBe(413);
    });
  });

  it('invalid JSON is refused with 400 saying so', async () => {
    for (const body of ['{"query": "{ health { status } }"', '{query: 1}', 'null x', '\u0000']) {
      const answer = await refused(body);
      expect(answer.status).toBe(400);
      expect(answer.message).toMatch(/^Request body is not valid JSON: /);
    }
  });

  it('invalid UTF-8 is refused with 400 naming the byte offset, not silently replaced', async () => {
    await expectGraphUnchanged(async () => {
      const prefix = Buffer.from(JSON.stringify({ query: LOAD, variables: { document: smallDocument('bad-bytes') } }).slice(0, 200), 'utf8');
      for (const bad of [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80]]) {
        const body = Buffer.concat([prefix, Buffer.from(bad), Buffer.from('"}}', 'utf8')]);
        const answer = await refused(new Uint8Array(body), KEY);
        expect(answer.status).toBe(400);
        expect(answer.message).toBe(`Request body is not valid UTF-8 (first bad byte at offset ${prefix.length}); send JSON encoded as UTF-8`);
      }
    });
  });

  it('batched operations are refused with a message saying to send one per request', async () => {
    await expectGraphUnchanged(async () => {
      const answer = await refused([{ query: '{ health { status } }' }, { query: 'mutation { removeArticle(id: "hostile-base") { id } }' }], KEY);
      expect(answer).toMatchObject({
        status: 400,
        code: 'BATCHING_NOT_SUPPORTED',
        message: 'Batched operations (a JSON array) are not accepted: send one operation per request',
      });
    });
  });

  it('a variable nested 150,000 levels deep is refused as an invalid document', async () => {
    await expectGraphUnchanged(async () => {
      const nested = `${'{"a":'.repeat(150_000)}1${'}'.repeat(150_000)}`;
      const answer = await refused(`{"query":${JSON.stringify(LOAD)},"variables":{"document":${nested}}}`, KEY);
      expect(answer.code).toBe('BAD_USER_INPUT');
      expect(answer.message).toMatch(/^document: is not a valid article-graph document: .*\/a is not a field of this object/);
    });
  });

  it('a mutation over GET and a GET without a CSRF-safe header are refused', async () => {
    const get = await fetch(`${service.url}/graphql?query=${encodeURIComponent('mutation { removeArticle(id: "hostile-base") { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true', ...KEY },
    });
    expect(get.status).toBe(405);
    const csrf = await fetch(`${service.url}/graphql?query=${encodeURIComponent('{ health { status } }')}`);
    expect(csrf.status).toBe(400);
    inputsTried += 2;
    expect((await postGraphQL(service.url, { query: '{ article(id: "hostile-base") { id } }' })).json.data.article).toEqual({ id: 'hostile-base' });
  });
});

describe('hostile articles are refused naming the field and offset, and write nothing', () => {
  async function loadRefused(document: unknown): Promise<string> {
    let message = '';
    await expectGraphUnchanged(async () => {
      const answer = await refused({ query: LOAD, variables: { document } }, KEY);
      expect(answer.code).toBe('BAD_USER_INPUT');
      message = answer.message;
    });
    return message;
  }

  it('NUL in the text', async () => {
    const doc = smallDocument('with-nul');
    doc.article.text = `${doc.article.text.slice(0, 10)}\u0000${doc.article.text.slice(11)}`;
    expect(await loadRefused(doc)).toMatch(/\/article\/text contains the control character U\+0000 \(NUL\) at offset 10; remove it/);
  });

  it('other C0 control characters (escape, vertical tab, backspace) in any string', async () => {
    for (const [control, name] of [
      ['\u001b', 'escape'],
      ['\u000b', 'vertical tab'],
      ['\u0008', 'backspace'],
    ] as const) {
      const doc = smallDocument('with-control');
      doc.article.title = `Row${control}over`;
      expect(await loadRefused(doc)).toContain(
        `/article/title contains the control character U+00${control.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')} (${name}) at offset 3`,
      );
    }
  });

  it('unpaired surrogates (sent as JSON escapes, which decode to broken UTF-16)', async () => {
    const doc = smallDocument('with-surrogate');
    doc.entities[0]!.name = 'Jane \ud800Smith';
    expect(await loadRefused(doc)).toContain(
      '/entities/0/name contains an unpaired high surrogate U+D800 (invalid UTF-16: the text was cut inside a character or decoded badly) at offset 5',
    );
    doc.entities[0]!.name = 'Jane Smith';
    doc.entities[1]!.aliases = ['\udc00Brown'];
    expect(await loadRefused(doc)).toContain('/entities/1/aliases/0 contains an unpaired low surrogate U+DC00');
  });

  it('but tab, line feed, carriage return and paired surrogates (emoji) are fine', async () => {
    const doc = generatedDocument('whitespace-and-emoji', { own: 1 });
    doc.article.title = 'Tabs\tand\r\nnew lines 😀';
    const answer = await postGraphQL(service.url, { query: LOAD, variables: { document: doc } }, KEY);
    expect(answer.json.data.loadArticleDocument.status).toBe('CREATED');
    expect((await postGraphQL(service.url, { query: '{ article(id: "whitespace-and-emoji") { title } }' })).json.data.article.title).toBe(
      'Tabs\tand\r\nnew lines 😀',
    );
    await postGraphQL(service.url, { query: 'mutation { removeArticle(id: "whitespace-and-emoji") { id } }' }, KEY);
  });

  it('an empty or blank article', async () => {
    for (const text of ['', '   \n\t ']) {
      const doc = { ...smallDocument('empty'), entities: [], statements: [], relations: [] };
      doc.article.text = text;
      expect(await loadRefused(doc)).toBe('document: is not a valid article-graph document: /article/text is empty; an article needs its text');
    }
  });

  it('an article over KG_MAX_ARTICLE_CHARS (20,000 here), with the limit and how to change it', async () => {
    const doc = smallDocument('too-long');
    doc.article.text += ' More.'.repeat(4_000);
    expect(await loadRefused(doc)).toBe(
      `document: is not a valid article-graph document: /article/text is ${doc.article.text.length.toLocaleString('en')} characters long; the limit is 20,000 (KG_MAX_ARTICLE_CHARS, at most 1,000,000); split the article or raise the limit`,
    );
  });

  it('a 10 MB article: 413 over HTTP, and refused at once by the loader (CLI path) with the limit', async () => {
    const doc = smallDocument('ten-megabytes');
    doc.article.text += 'x'.repeat(10_000_000);
    await expectGraphUnchanged(async () => {
      const answer = await refused({ query: LOAD, variables: { document: doc } }, KEY);
      expect(answer.status).toBe(413);
      const started = Date.now();
      const error = await loadDocument(gateway, doc, { source: 'ten.json' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DocumentValidationError);
      expect((error as DocumentValidationError).message).toBe(
        `ten.json is not a valid article-graph document:\n  /article/text: is ${doc.article.text.length.toLocaleString('en')} characters long; the limit is 1,000,000 (KG_MAX_ARTICLE_CHARS, at most 1,000,000); split the article or raise the limit`,
      );
      expect(Date.now() - started).toBeLessThan(1_000);
    });
  });
});

describe('hostile article text through ingestArticle (extraction) is refused before extraction', () => {
  const INGEST = 'mutation I($input: IngestArticleInput!) { ingestArticle(input: $input) { id status } }';

  it.each([
    ['NUL', 'Police said\u0000 the road was closed.', /^input\.text: contains the control character U\+0000 \(NUL\) at offset 11; remove it/],
    ['an unpaired surrogate', 'Police said \ud83d the road was closed.', /^input\.text: contains an unpaired high surrogate U\+D83D .* at offset 12/],
    ['an escape character', 'Police \u001b[31msaid', /^input\.text: contains the control character U\+001B \(escape\) at offset 7/],
    ['blank text', ' \n ', /^input\.text: is empty; an article needs its text$/],
    ['text over KG_MAX_ARTICLE_CHARS', 'Word. '.repeat(5_000), /^input\.text: is 30,000 characters long; the limit is 20,000 \(KG_MAX_ARTICLE_CHARS/],
  ])('%s', async (_name, text, message) => {
    if (!schema.getMutationType()?.getFields().ingestArticle) return;
    await expectGraphUnchanged(async () => {
      const answer = await refused({ query: INGEST, variables: { input: { text, publishedAt: '2024-01-01' } } }, KEY);
      expect(answer.code).toBe('BAD_USER_INPUT');
      expect(answer.message).toMatch(message);
    });
  });
});

describe('Cypher-injection strings are data, never code', () => {
  /** A harmless value of an input type, for required arguments that are not under test. */
  function sampleValue(type: GraphQLInputType): unknown {
    if (isNonNullType(type)) return sampleValue(type.ofType);
    if (isListType(type)) return [sampleValue(type.ofType)];
    if (isEnumType(type)) return type.getValues()[0]!.name;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((f) => isNonNullType(f.type))
          .map((f) => [f.name, sampleValue(f.type)]),
      );
    }
    if (isScalarType(type)) return { Int: 1, Float: 1, Boolean: true, JSONObject: {} }[type.name] ?? 'x';
    return null;
  }

  /** Paths inside an argument's value where a string goes (the argument itself, list items, input fields). */
  function stringPaths(type: GraphQLInputType, path: (string | number)[] = []): (string | number)[][] {
    if (isNonNullType(type)) return stringPaths(type.ofType, path);
    if (isListType(type)) return stringPaths(type.ofType, [...path, 0]);
    if (isInputObjectType(type)) return Object.values(type.getFields()).flatMap((f) => stringPaths(f.type, [...path, f.name]));
    if (isScalarType(type) && (type.name === 'String' || type.name === 'ID')) return [path];
    return [];
  }

  function withString(value: unknown, path: (string | number)[], payload: string): unknown {
    if (path.length === 0) return payload;
    const [head, ...rest] = path;
    const container = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
    container[head!] = withString(container[head!] ?? (typeof rest[0] === 'number' ? [] : {}), rest, payload);
    return container;
  }

  /** Every (operation, root field, argument, path) with a string in it. */
  function targets(): { operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown>; arg: GraphQLArgument; path: (string | number)[] }[] {
    const found = [];
    for (const [operation, type] of [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const) {
      for (const field of Object.values(type!.getFields())) {
        for (const arg of field.args) for (const path of stringPaths(arg.type)) found.push({ operation, field, arg, path });
      }
    }
    return found;
  }

  it('in every string argument of every query and mutation: no internal error, nothing deleted or changed', async () => {
    const covered = new Set<string>();
    await expectGraphUnchanged(async () => {
      for (const { operation, field, arg, path } of targets()) {
        for (const payload of INJECTIONS) {
          const variables: Record<string, unknown> = {};
          for (const other of field.args) if (isNonNullType(other.type)) variables[other.name] = sampleValue(other.type);
          variables[arg.name] = withString(variables[arg.name] ?? sampleValue(arg.type), path, payload);
          const declared = field.args.filter((a) => a.name in variables);
          const returned = getNamedType(field.type);
          const hasId = 'getFields' in returned && 'id' in (returned as { getFields(): Record<string, unknown> }).getFields();
          const selection = isScalarType(returned) || isEnumType(returned) ? '' : hasId && operation === 'mutation' ? '{ __typename id }' : '{ __typename }';
          const query = `${operation} Probe(${declared.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')}) { ${field.name}(${declared.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection} }`;
          const answer = await postGraphQL(service.url, { query, variables, operationName: 'Probe' }, KEY);
          inputsTried++;
          const codes = (answer.json.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
          // Refusals are fine (a malformed id or cursor, an unknown article); a crash or a write is not.
          expect({
            field: field.name,
            arg: [arg.name, ...path].join('.'),
            payload,
            codes: codes.filter((c: string) => !['BAD_USER_INPUT', 'NOT_FOUND'].includes(c)),
          }).toEqual({
            field: field.name,
            arg: [arg.name, ...path].join('.'),
            payload,
            codes: [],
          });
          // A mutation that creates an article from the text (ingestArticle) stores the payload as
          // data, as it should; it is checked below and removed so the counts compare.
          const createdId = answer.json.data?.[field.name]?.id as string | undefined;
          if (createdId && field.name !== 'removeArticle') {
            const [stored] = await gateway.read<{ values: unknown[] }>({
              cypher: 'MATCH (a:Article {id: $id}) RETURN [key IN keys(a) | a[key]] AS values',
              params: { id: createdId },
            });
            expect(stored?.values).toContain(payload);
            await postGraphQL(service.url, { query: 'mutation R($id: ID!) { removeArticle(id: $id) { removed } }', variables: { id: createdId } }, KEY);
          }
          covered.add(`${operation} ${field.name}(${[arg.name, ...path].join('.')})`);
        }
      }
    });
    reportFigure('injection: string arguments covered', covered.size);
    expect([...covered]).toEqual(
      expect.arrayContaining([
        'query search(query)',
        'query entities(name)',
        'query statements(filter.text)',
        'mutation removeArticle(id)',
        'query timeline(from)',
      ]),
    );
    const [row] = await gateway.read<{ pwned: number }>({ cypher: 'MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS pwned' });
    expect(row!.pwned).toBe(0);
    // Hundreds of requests: bounded by count, given room for a loaded two-core machine.
  }, 300_000);

  it('in every string field of a loaded document: stored and returned verbatim, and nothing else touched', async () => {
    const [nameA, quote, alias, description, verb, role, qualifier, orgName, title, source] = INJECTIONS;
    const text = `${nameA} of ${orgName} said "${quote}".`;
    const doc = {
      schemaVersion: '1.0',
      provenance: 'human-reviewed',
      reviewedBy: INJECTIONS[0],
      article: { id: 'injected', title, text, publishedAt: '2024-01-02', source, url: `https://example.org/?q=${encodeURIComponent(INJECTIONS[1]!)}` },
      entities: [
        { id: 'person:injected', type: 'Person', name: nameA, aliases: [alias], description, mentions: [{ start: 0, end: nameA!.length }] },
        {
          id: 'org:injected',
          type: 'Organisation',
          name: orgName,
          aliases: [],
          mentions: [{ start: nameA!.length + 4, end: nameA!.length + 4 + orgName!.length }],
        },
      ],
      statements: [
        {
          id: 's1',
          speakerId: 'person:injected',
          text: quote,
          kind: 'direct',
          stance: 'neutral',
          start: text.indexOf(quote!),
          end: text.indexOf(quote!) + quote!.length,
          aboutIds: ['org:injected'],
          reportingVerb: verb,
        },
      ],
      relations: [
        {
          id: 'r1',
          type: 'MEMBER_OF',
          sourceId: 'person:injected',
          targetId: 'org:injected',
          start: 0,
          end: nameA!.length + 4 + orgName!.length,
          role,
          qualifier,
        },
      ],
    };
    const before = await graphCounts(gateway);
    const loaded = await postGraphQL(service.url, { query: LOAD, variables: { document: doc } }, KEY);
    inputsTried++;
    expect(loaded.json.data.loadArticleDocument).toEqual({ id: 'injected', status: 'CREATED' });
    const after = await graphCounts(gateway);
    expect(after.byLabel.Article).toBe((before.byLabel.Article ?? 0) + 1);
    expect(after.nodes).toBe(before.nodes + 4); // the article, two entities, one statement

    const read = await postGraphQL(service.url, {
      query: `{ article(id: "injected") { title text source url reviewedBy statements { edges { node { text reportingVerb } } } }
                entity(id: "person:injected") { name aliases description } }`,
    });
    expect(read.json.data).toEqual({
      article: {
        title,
        text,
        source,
        url: doc.article.url,
        reviewedBy: INJECTIONS[0],
        statements: { edges: [{ node: { text: quote, reportingVerb: verb } }] },
      },
      entity: { name: nameA, aliases: [alias], description },
    });
    const [relation] = await gateway.read<{ role: string; qualifier: string }>({
      cypher: "MATCH (:Person {id: 'person:injected'})-[r:MEMBER_OF]->() RETURN r.role AS role, r.qualifier AS qualifier",
    });
    expect(relation).toEqual({ role, qualifier });
    // Searching for the injected name finds it as text.
    const search = await postGraphQL(service.url, { query: 'query S($q: String!) { search(query: $q) { __typename } }', variables: { q: 'DETACH DELETE' } });
    expect(search.json.errors).toBeUndefined();

    expect((await postGraphQL(service.url, { query: 'mutation { removeArticle(id: "injected") { removed } }' }, KEY)).json.data.removeArticle.removed).toBe(
      true,
    );
    expect(await graphCounts(gateway)).toEqual(before);
  });

  it('as ids: refused by the document schema, naming the field', async () => {
    await expectGraphUnchanged(async () => {
      const doc = smallDocument(INJECTIONS[0]);
      const answer = await refused({ query: LOAD, variables: { document: doc } }, KEY);
      expect(answer.code).toBe('BAD_USER_INPUT');
      expect(answer.message).toMatch(/\/article\/id must match pattern/);
    });
  });
});

describe('introspection follows KG_INTROSPECTION (default: on in development, off in production)', () => {
  it.each([
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', KG_INTROSPECTION: 'true' }, true],
    [{ NODE_ENV: 'development' }, true],
    [{ NODE_ENV: 'development', KG_INTROSPECTION: 'false' }, false],
  ])('%j: allowed %s', async (env, allowed) => {
    const other = await startService(testConfig(env), gateway, capturingLogger().logger);
    try {
      const { status, json } = await postGraphQL(other.url, { query: '{ __schema { queryType { name } } }' });
      inputsTried++;
      if (allowed) {
        expect(json.data.__schema.queryType.name).toBe('Query');
      } else {
        expect(status).toBe(400);
        expect(json.errors[0].message).toBe('Introspection is turned off on this server (KG_INTROSPECTION=false); the schema is in schema/schema.graphql');
      }
    } finally {
      await other.close();
    }
  });
});
