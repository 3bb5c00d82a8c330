/** The export serializers and request checks, as pure functions of a small in-memory graph (no database). */
import { EXPORT_FORMATS, exportFileName, parseExportRequest } from '../../src/export/export.request';
import { batched } from '../../src/export/export.service';
import type { ExportEdge, ExportGraph, ExportNode } from '../../src/export/export.types';
import { writeCytoscapeJson } from '../../src/export/formats/cytoscape';
import { writeGexf } from '../../src/export/formats/gexf';
import { writeGraphML } from '../../src/export/formats/graphml';
import { JSONLD_CONTEXT, edgeObjects, nodeObjects, writeJsonLd } from '../../src/export/formats/jsonld';
import { nodesCsvHeader, relationshipsCsvHeader, writeNodesCsv, writeRelationshipsCsv } from '../../src/export/formats/neo4j-csv';
import { EDGE_PROPERTY_NAMES, NODE_PROPERTY_NAMES, PROPERTY_TYPES, typedProperties } from '../../src/export/properties';

const NODES: ExportNode[] = [
  {
    id: 'a1',
    labels: ['Article'],
    caption: 'Rows & "quotes" <here>',
    properties: { id: 'a1', title: 'Rows & "quotes" <here>', text: 'Line one\nline two\u0001', publishedAt: '2024-03-05' },
  },
  {
    id: 'person:jane',
    labels: ['Entity', 'Person'],
    caption: 'Jane',
    properties: { id: 'person:jane', name: 'Jane', kind: 'Person', aliases: ['J.', 'Ms Jane'], articleCount: 1, articleScoped: false },
  },
  {
    id: 'a1/s1',
    labels: ['Statement'],
    caption: 'Jane: it is bad',
    properties: {
      id: 'a1/s1',
      text: 'it is bad',
      kind: 'direct',
      stance: 'criticises',
      articleId: 'a1',
      start: 10,
      end: 19,
      excerpt: 'it is bad',
      stanceConfidence: 0.9,
    },
  },
];
const EDGES: ExportEdge[] = [
  {
    id: 'MENTIONED_IN:person:jane->a1',
    type: 'MENTIONED_IN',
    sourceId: 'person:jane',
    targetId: 'a1',
    properties: { articleId: 'a1', starts: [0, 30], ends: [4, 34], excerpts: ['Jane', 'Jane'], name: 'Jane' },
  },
  {
    id: 'SAID:person:jane->a1/s1',
    type: 'SAID',
    sourceId: 'person:jane',
    targetId: 'a1/s1',
    properties: { articleId: 'a1', start: 0, end: 4, excerpt: 'Jane' },
  },
  {
    id: 'a1/r1',
    type: 'MEMBER_OF',
    sourceId: 'person:jane',
    targetId: 'person:jane',
    properties: { id: 'a1/r1', articleId: 'a1', role: 'member', confidence: 1 },
  },
];

async function* from<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

function graph(nodes = NODES, edges = EDGES): ExportGraph {
  return { description: 'a test graph', nodes: from(nodes), edges: from(edges) };
}

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe('the property catalogue', () => {
  it('types stored values as the model says: offsets as integers even when Neo4j holds 225.0', () => {
    expect(
      typedProperties(
        { start: 225.0, confidence: 1, articleScoped: false, starts: [1, 2.0], aliases: ['x'], aliasText: 'x\n', nothing: null },
        NODE_PROPERTY_NAMES.concat(EDGE_PROPERTY_NAMES),
      ),
    ).toEqual({
      start: 225,
      confidence: 1,
      articleScoped: false,
      starts: [1, 2],
      aliases: ['x'],
    });
  });

  it('lists only catalogued properties for nodes and edges', () => {
    for (const name of [...NODE_PROPERTY_NAMES, ...EDGE_PROPERTY_NAMES]) expect(PROPERTY_TYPES[name]).toBeDefined();
  });
});

describe('GraphML', () => {
  it('declares typed keys, keeps labels, types and edge ids, and escapes what XML cannot hold', async () => {
    const xml = await text(writeGraphML(graph()));
    expect(xml).toContain('<key id="n_articleCount" for="node" attr.name="articleCount" attr.type="int"/>');
    expect(xml).toContain('<key id="n_articleScoped" for="node" attr.name="articleScoped" attr.type="boolean"/>');
    expect(xml).toContain('<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>');
    expect(xml).toContain('<graph id="G" edgedefault="directed">');
    expect(xml).toContain('<data key="n_labels">:Entity:Person</data>');
    expect(xml).toContain('<edge id="SAID:person:jane-&gt;a1/s1" source="person:jane" target="a1/s1">');
    expect(xml).toContain('<data key="e_type">SAID</data>');
    expect(xml).toContain('<data key="e_starts">[0,30]</data>');
    expect(xml).toContain('Rows &amp; &quot;quotes&quot; &lt;here&gt;');
    expect(xml).toContain('Line one&#10;line two\uFFFD');
    expect(xml.trimEnd().endsWith('</graphml>')).toBe(true);
  });
});

describe('GEXF 1.3', () => {
  it('lists every node before any edge, with labels, kinds and typed attributes', async () => {
    const xml = await text(writeGexf(graph(), new Date('2024-01-02T00:00:00Z')));
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('<meta lastmodifieddate="2024-01-02">');
    expect(xml).toContain('<attribute id="articleCount" title="articleCount" type="integer"/>');
    expect(xml.indexOf('</nodes>')).toBeLessThan(xml.indexOf('<edges>'));
    expect(xml).toContain('kind="MEMBER_OF" label="MEMBER_OF"');
  });
});

describe('Cytoscape JSON', () => {
  it('has what nx.cytoscape_graph needs: data, flags, node value, edge key', async () => {
    const json = JSON.parse(await text(writeCytoscapeJson(graph())));
    expect(json).toMatchObject({ data: { name: 'News knowledge graph: a test graph' }, directed: true, multigraph: true });
    expect(json.elements.nodes[1].data).toMatchObject({
      id: 'person:jane',
      value: 'person:jane',
      name: 'Jane',
      labels: ['Entity', 'Person'],
      label: 'Person',
      aliases: ['J.', 'Ms Jane'],
    });
    expect(json.elements.edges[2].data).toMatchObject({
      id: 'a1/r1',
      key: 'a1/r1',
      source: 'person:jane',
      target: 'person:jane',
      type: 'MEMBER_OF',
      interaction: 'MEMBER_OF',
    });
  });

  it('is valid JSON for an empty graph too', async () => {
    expect(JSON.parse(await text(writeCytoscapeJson(graph([], []))))).toMatchObject({ elements: { nodes: [], edges: [] } });
  });
});

describe('JSON-LD', () => {
  it('makes a statement a Quotation in its article, with a Web Annotation for its words', () => {
    const [statement, annotation] = nodeObjects(NODES[2]!);
    expect(statement).toMatchObject({
      '@id': 'kg:a1/s1',
      '@type': ['Quotation', 'kgv:Statement'],
      text: 'it is bad',
      isPartOf: 'kg:a1',
      'kgv:stance': 'criticises',
    });
    expect(annotation).toEqual({
      '@id': 'kg:evidence/statement/a1/s1',
      '@type': 'Annotation',
      motivation: 'describing',
      body: 'kg:a1/s1',
      target: {
        '@type': 'SpecificResource',
        source: 'kg:a1',
        selector: [
          { '@type': 'TextPositionSelector', start: 10, end: 19 },
          { '@type': 'TextQuoteSelector', exact: 'it is bad' },
        ],
      },
    });
  });

  it('gives each mention its own annotation and SAID a spokenByCharacter link', () => {
    const mentions = edgeObjects(EDGES[0]!);
    expect(mentions.filter((o) => o['@type'] === 'Annotation')).toHaveLength(2);
    expect(mentions).toContainEqual({ '@id': 'kg:a1', mentions: 'kg:person:jane' });
    expect(edgeObjects(EDGES[1]!)).toContainEqual({ '@id': 'kg:a1/s1', spokenByCharacter: 'kg:person:jane' });
    expect(edgeObjects(EDGES[0]!)[0]!['@id']).toBe('kg:relationship/MENTIONED_IN:person:jane-%3Ea1');
  });

  it('defines every term it uses in the inline context', async () => {
    const doc = JSON.parse(await text(writeJsonLd(graph())));
    expect(doc['@context']).toEqual(JSONLD_CONTEXT);
    const keys = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          keys.add(key);
          walk(inner);
        }
    };
    walk(doc['@graph']);
    // Unprefixed terms either are in the context or are schema.org words through @vocab; list those.
    const unprefixed = [...keys].filter((key) => !key.startsWith('@') && !key.includes(':') && !(key in JSONLD_CONTEXT)).sort();
    expect(unprefixed).toEqual(['alternateName', 'articleBody', 'datePublished', 'headline', 'identifier', 'name', 'text']);
  });
});

describe('neo4j-admin CSV', () => {
  it('writes the import tool headers', () => {
    expect(nodesCsvHeader()).toMatch(/^id:ID,:LABEL,kind,name,title,text,aliases:string\[\],description,articleCount:int,articleScoped:boolean,/);
    expect(relationshipsCsvHeader()).toMatch(/^:START_ID,:END_ID,:TYPE,id,articleId,start:int,end:int,excerpt,/);
    expect(relationshipsCsvHeader()).toContain('starts:int[],ends:int[],excerpts:string[]');
  });

  it('quotes text, doubles quotes, joins lists with ; and leaves absent properties empty', async () => {
    const csv = await text(writeNodesCsv(from(NODES)));
    expect(csv.split('\n').find((line) => line.startsWith('"person:jane"'))).toMatch(
      /^"person:jane","Entity;Person","Person","Jane",,,"J\.;Ms Jane",,1,false,/,
    );
    // The article's text keeps its line break inside the quotes (hence --multiline-fields=true).
    expect(csv).toContain('"a1","Article",,,"Rows & ""quotes"" <here>","Line one\nline two');
    const relationships = (await text(writeRelationshipsCsv(from(EDGES)))).split('\n');
    expect(relationships[1]).toContain('"0;30","4;34","Jane;Jane"');
  });

  it('refuses a list item holding the delimiter instead of writing a file that imports wrong', async () => {
    const bad: ExportNode = { ...NODES[1]!, properties: { ...NODES[1]!.properties, aliases: ['Smith; Jane'] } };
    await expect(text(writeNodesCsv(from([bad])))).rejects.toThrow('node person:jane, aliases: the list item "Smith; Jane" contains the array delimiter ";"');
  });
});

describe('export requests', () => {
  it('reads the scope and names the download after it', () => {
    expect(exportFileName(parseExportRequest('graphml', {}, { needsCsvFile: true }))).toBe('kg-graph.graphml');
    expect(exportFileName(parseExportRequest('csv', { article: 'a/b c', file: 'relationships' }, { needsCsvFile: true }))).toBe(
      'kg-article-a-b-c-relationships.csv',
    );
    expect(parseExportRequest('jsonld', { entity: 'person:jane' }, { needsCsvFile: true }).scope).toEqual({
      kind: 'neighbourhood',
      entityId: 'person:jane',
      depth: 1,
    });
    expect(Object.keys(EXPORT_FORMATS)).toEqual(['graphml', 'gexf', 'cytoscape', 'jsonld', 'csv']);
  });

  it.each([
    ['pdf', {}, 'format: unknown export format "pdf"'],
    ['graphml', { entity: 'x', depth: '0' }, 'depth: must be an integer from 1 to 3 (got 0)'],
    ['graphml', { entity: 'x', depth: '1.5' }, 'depth: must be an integer from 1 to 3 (got 1.5)'],
    ['graphml', { article: '' }, 'article: must not be empty'],
  ])('refuses %s %j', (format, params, message) => {
    expect(() => parseExportRequest(format, params, { needsCsvFile: true })).toThrow(message);
  });
});

describe('batching', () => {
  it('joins small chunks into larger writes without losing or reordering text', async () => {
    const parts = Array.from({ length: 100 }, (_, i) => `${i},`);
    const batches: string[] = [];
    for await (const batch of batched(from(parts), 50)) batches.push(batch);
    expect(batches.join('')).toBe(parts.join(''));
    expect(batches.length).toBeLessThan(parts.length / 5);
  });
});
