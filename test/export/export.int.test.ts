/**
 * Exports as their consumers read them: each format is fetched over HTTP from a running service
 * (seed article plus a small second article), read back with NetworkX, pyld and the csv module
 * (test/export/check_exports.py), and its node and edge counts compared with Cypher counts of
 * the same subgraph.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startService, type RunningService } from '../../src/app';
import { kg, pointCliAtTestNeo4j } from '../support/cli';
import { loadConfig } from '../../src/config';
import type { DatabaseGateway } from '../../src/db/gateway';
import type { ExportScope } from '../../src/export/export.types';
import { openSubgraph } from '../../src/export/subgraph.reader';
import { INTERNAL_PROPERTIES, PROPERTY_TYPES } from '../../src/export/properties';
import { loadDocument } from '../../src/loading/loader';
import { loadSeedDocuments } from '../../src/loading/seed';
import { clearGraph, connectTestGateway } from '../support/database';
import { smallDocument } from '../support/fixtures';
import { SEED_DIR, silentLogger } from '../graphql/support';
import { runPython } from '../support/python';
import { cypherCounts } from './support';

let gateway: DatabaseGateway;
let service: RunningService;

beforeAll(async () => {
  gateway = await connectTestGateway();
  await clearGraph(gateway);
  await loadSeedDocuments(gateway, SEED_DIR);
  await loadDocument(gateway, smallDocument('test-council'));
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', KG_LOAD_SEED: 'false', NODE_ENV: 'production' });
  service = await startService(config, gateway, silentLogger);
});

afterAll(async () => {
  await service?.close();
  await gateway?.close();
});

function query(scope: ExportScope): string {
  if (scope.kind === 'article') return `?article=${encodeURIComponent(scope.articleId)}`;
  if (scope.kind === 'neighbourhood') return `?entity=${encodeURIComponent(scope.entityId)}&depth=${scope.depth}`;
  return '';
}

/** Downloads every format of a scope into a fresh folder under the names check_exports.py reads. */
async function downloadAll(scope: ExportScope): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-export-'));
  const q = query(scope);
  const sep = q ? '&' : '?';
  const files: [string, string][] = [
    ['graph.graphml', `/export/graphml${q}`],
    ['graph.gexf', `/export/gexf${q}`],
    ['graph.cyjs', `/export/cytoscape${q}`],
    ['graph.jsonld', `/export/jsonld${q}`],
    ['nodes.csv', `/export/csv${q}${sep}file=nodes`],
    ['relationships.csv', `/export/csv${q}${sep}file=relationships`],
  ];
  for (const [name, url] of files) {
    const response = await fetch(`${service.url}${url}`);
    expect(response.status).toBe(200);
    writeFileSync(path.join(dir, name), Buffer.from(await response.arrayBuffer()));
  }
  return dir;
}

/** What check_exports.py found in a folder of exports. */
async function consumerReport(dir: string, nodeId: string): Promise<Record<string, any>> {
  return JSON.parse(await runPython('test/export/check_exports.py', [dir, nodeId])) as Record<string, any>;
}

const SCOPES: [string, ExportScope, string][] = [
  ['the whole graph', { kind: 'graph' }, 'person:dean-haydon'],
  ['one article', { kind: 'article', articleId: 'prevent-2017' }, 'person:dean-haydon'],
  ["an entity's neighbourhood to depth 2", { kind: 'neighbourhood', entityId: 'person:dean-haydon', depth: 2 }, 'person:dean-haydon'],
];

describe.each(SCOPES)('exporting %s', (_name, scope, sampleId) => {
  let report: Record<string, any>;
  let expected: { nodes: number; edges: number };

  beforeAll(async () => {
    expected = await cypherCounts(gateway, scope);
    report = await consumerReport(await downloadAll(scope), sampleId);
  }, 180_000);

  it('has a real subgraph to export', () => {
    expect(expected.nodes).toBeGreaterThan(10);
    expect(expected.edges).toBeGreaterThan(10);
  });

  it.each(['graphml', 'gexf', 'cytoscape', 'jsonld', 'csv'])('%s: the consumer reads as many nodes and edges as Cypher counts', (format) => {
    expect({ nodes: report[format].nodes, edges: report[format].edges }).toEqual(expected);
  });

  it('GraphML: NetworkX reads a directed multigraph with typed attributes, labels and relationship types', () => {
    const graphml = report.graphml;
    expect(graphml).toMatchObject({ directed: true, multigraph: true, distinctEdgeIds: expected.edges });
    expect(graphml.keyTypes).toEqual({ start: 'int', articleCount: 'int', articleScoped: 'boolean', confidence: 'double', labels: 'string', type: 'string' });
    expect(graphml.sample).toMatchObject({ labels: ':Entity:Person', name: 'Dean Haydon', kind: 'Person', articleScoped: false });
    expect(graphml.sampleTypes).toMatchObject({ articleCount: 'int', articleScoped: 'bool' });
    expect(graphml.sampleOutEdges).toEqual(expect.arrayContaining(['SAID', 'HAS_ROLE']));
  });

  it('GEXF 1.3 and Cytoscape JSON: NetworkX keeps parallel edges apart and the node attributes', () => {
    for (const format of ['gexf', 'cytoscape']) {
      expect(report[format].directed).toBe(true);
      expect(report[format].sample).toMatchObject({ name: 'Dean Haydon', kind: 'Person' });
      expect(report[format].edgeTypes).toEqual(report.graphml.edgeTypes);
    }
    expect(report.cytoscape.elementIdsUnique).toBe(true);
  });

  it('JSON-LD: expands with the inline context into schema.org types and Web Annotation evidence', () => {
    const jsonld = report.jsonld;
    expect(jsonld.schemaTypes['schema:Person']).toBeGreaterThan(0);
    expect(jsonld.sample).toEqual({
      '@type': expect.arrayContaining(['https://schema.org/Person', 'urn:kg:vocab:Entity', 'urn:kg:vocab:Person']),
      name: ['Dean Haydon'],
    });
    expect(jsonld.selectorTypes['oa:TextPositionSelector']).toBe(jsonld.annotations);
    expect(jsonld.selectorTypes['oa:TextQuoteSelector']).toBe(jsonld.annotations);
    const haydon = jsonld.statements.filter((s: { speaker: string[] }) => s.speaker.includes('Dean Haydon'));
    expect(haydon.length).toBeGreaterThan(0);
    for (const statement of haydon) {
      expect(statement.isPartOf).toEqual(['urn:kg:prevent-2017']);
      expect(statement.about).toBeGreaterThan(0);
    }
  });

  it('CSV: neo4j-admin headers with types, and every relationship joins two exported nodes', () => {
    expect(report.csv.typedColumns).toMatchObject({
      start: 'start:int',
      articleCount: 'articleCount:int',
      articleScoped: 'articleScoped:boolean',
      starts: 'starts:int[]',
      aliases: 'aliases:string[]',
      confidence: 'confidence:double',
    });
    expect(report.csv.sample).toMatchObject({ 'id:ID': 'person:dean-haydon', ':LABEL': 'Entity;Person', name: 'Dean Haydon' });
    expect(report.csv.edgeTypes).toEqual(report.graphml.edgeTypes);
  });
});

describe('exporting one article', () => {
  it('leaves out what other articles contributed', async () => {
    const response = await fetch(`${service.url}/export/cytoscape?article=prevent-2017`);
    const body = (await response.json()) as { elements: { nodes: { data: { id: string } }[] } };
    const ids = body.elements.nodes.map((node) => node.data.id);
    expect(ids).toContain('prevent-2017');
    expect(ids).not.toContain('test-council');
    expect(ids).not.toContain('person:jane-smith');
  });
});

describe('the export endpoint', () => {
  it.each([
    ['graphml', '', 'application/graphml+xml; charset=utf-8', 'kg-graph.graphml'],
    ['gexf', '?article=prevent-2017', 'application/gexf+xml; charset=utf-8', 'kg-article-prevent-2017.gexf'],
    ['cytoscape', '?entity=person:dean-haydon&depth=2', 'application/json; charset=utf-8', 'kg-person-dean-haydon-depth-2.cyjs'],
    ['jsonld', '?entity=person:dean-haydon', 'application/ld+json; charset=utf-8', 'kg-person-dean-haydon-depth-1.jsonld'],
    ['csv', '?file=relationships', 'text/csv; charset=utf-8', 'kg-graph-relationships.csv'],
  ])('sends %s%s as %s, downloaded as %s', async (format, q, contentType, fileName) => {
    const response = await fetch(`${service.url}/export/${format}${q}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"`);
    await response.arrayBuffer();
  });

  it.each([
    ['/export/pdf', 400, 'format: unknown export format "pdf"; use one of graphml, gexf, cytoscape, jsonld, csv'],
    ['/export/graphml?article=no-such-article', 404, 'article: no article with id "no-such-article"'],
    ['/export/graphml?entity=person:nobody', 404, 'entity: no entity with id "person:nobody"'],
    ['/export/graphml?entity=person:dean-haydon&depth=4', 400, 'depth: must be an integer from 1 to 3 (got 4)'],
    ['/export/graphml?entity=person:dean-haydon&depth=two', 400, 'depth: must be an integer from 1 to 3 (got two)'],
    ['/export/graphml?depth=2', 400, "depth: is the depth of an entity's neighbourhood: give entity too"],
    ['/export/graphml?article=prevent-2017&entity=person:dean-haydon', 400, 'entity: give an article or an entity, not both'],
    ['/export/csv', 400, 'file: the csv export is two files: add file=nodes or file=relationships'],
    ['/export/graphml?file=nodes', 400, 'file: only applies to the csv format'],
    [
      `/export/graphml?article=${encodeURIComponent("x'}) MATCH (n) DETACH DELETE n //")}`,
      404,
      'article: no article with id "x\'}) MATCH (n) DETACH DELETE n //"',
    ],
  ])('answers %s with %i and a JSON error saying what to fix', async (url, status, message) => {
    const response = await fetch(`${service.url}${url}`);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(((await response.json()) as { error: string }).error).toBe(message);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(`${service.url}/export/graphml`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('kg export', () => {
  const saved = { ...process.env };
  beforeAll(() => {
    pointCliAtTestNeo4j();
  });
  afterAll(() => {
    process.env = saved;
  });

  it('writes the same GraphML to stdout as the HTTP export', async () => {
    const result = await kg('export', 'graphml', '--article', 'prevent-2017');
    expect(result.code).toBe(0);
    const http = await (await fetch(`${service.url}/export/graphml?article=prevent-2017`)).text();
    expect(result.stdout).toBe(http);
  });

  it('writes nodes.csv and relationships.csv into --out DIR', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-export-cli-'));
    const result = await kg('export', 'csv', '--entity', 'person:dean-haydon', '--depth', '2', '--out', dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/wrote .*nodes\.csv/);
    const expected = await cypherCounts(gateway, { kind: 'neighbourhood', entityId: 'person:dean-haydon', depth: 2 });
    const lines = (file: string): number =>
      readFileSync(path.join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => /^"/.test(line)).length;
    expect(lines('relationships.csv')).toBe(expected.edges);
    expect(readFileSync(path.join(dir, 'nodes.csv'), 'utf8').split('\n')[0]).toMatch(/^id:ID,:LABEL,/);
  });

  it('says what is wrong with exit code 2 for a mistake and 1 for an unknown id', async () => {
    expect(await kg('export', 'pdf')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown export format "pdf"') });
    expect(await kg('export', 'csv')).toMatchObject({ code: 2, stderr: expect.stringContaining('add file=nodes or file=relationships') });
    expect(await kg('export', 'graphml', '--article', 'nope')).toMatchObject({ code: 1, stderr: expect.stringContaining('no article with id "nope"') });
  });
});

describe('streaming', () => {
  it('reads the graph a page at a time and writes each page before reading the next', async () => {
    const reads: string[] = [];
    const stop = gateway.observe((q) => reads.push(q.cypher));
    try {
      const graph = await openSubgraph(gateway, { kind: 'article', articleId: 'prevent-2017' }, { pageSize: 5 });
      const readsBefore = reads.length;
      const iterator = graph.nodes[Symbol.asyncIterator]();
      await iterator.next();
      const readsForFirstNode = reads.length - readsBefore;
      let nodes = 1;
      while (!(await iterator.next()).done) nodes++;
      expect(readsForFirstNode).toBe(1);
      // 1 article, 41 entities... in pages of 5: many reads, each small.
      expect(reads.length - readsBefore).toBeGreaterThanOrEqual(Math.ceil(nodes / 5));
    } finally {
      stop();
    }
  });
});

describe('the property catalogue', () => {
  it('knows every property the loader stores, so exports drop none', async () => {
    const [row] = await gateway.read<{ keys: string[] }>({
      cypher: `CALL { MATCH (n) WHERE NOT n:KgMigration UNWIND keys(n) AS key RETURN key UNION MATCH ()-[r]->() UNWIND keys(r) AS key RETURN key }
               RETURN collect(DISTINCT key) AS keys`,
    });
    const known = new Set([...Object.keys(PROPERTY_TYPES), ...INTERNAL_PROPERTIES]);
    expect((row?.keys ?? []).filter((key) => !known.has(key))).toEqual([]);
  });
});
