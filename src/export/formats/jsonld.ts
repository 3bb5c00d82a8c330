import type { ExportEdge, ExportGraph, ExportNode, PropertyValue } from '../export.types';

/*
 * JSON-LD with schema.org types (NewsArticle, Person, Organization, Place, Event; a statement is a
 * Quotation, or a Claim when it is reported speech) and, for every piece of evidence, a W3C Web
 * Annotation whose target selects the words in the article with a TextPositionSelector (UTF-16
 * offsets, as stored) and a TextQuoteSelector (the excerpt).
 *
 * Each relationship becomes a `kgv:Relationship` node (so its role, provenance and evidence have
 * somewhere to live), and the ones schema.org has a word for are also said directly
 * (`spokenByCharacter`, `about`, `mentions`, `memberOf`...). Those direct links are written as
 * separate node objects with the same @id, because the nodes have already been streamed when the
 * edges arrive; JSON-LD merges node objects by @id when the document is flattened.
 *
 * The @context is inline (no remote context to fetch) and names every term used.
 */

/**
 * Where minted IRIs live (the `kg:` prefix): a node's IRI is its id under it
 * (`urn:kg:person:dean-haydon`, `urn:kg:prevent-2017/stmt-01`), as ids are unique across labels;
 * relationships and annotations get `relationship/` and `evidence/` paths.
 */
export const JSONLD_BASE = 'urn:kg:';

/** The inline @context: schema.org as the default vocabulary, this graph's own terms under `kgv:`, and the Web Annotation terms used. */
export const JSONLD_CONTEXT = {
  '@vocab': 'https://schema.org/',
  schema: 'https://schema.org/',
  oa: 'http://www.w3.org/ns/oa#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  kg: JSONLD_BASE,
  kgv: `${JSONLD_BASE}vocab:`,
  about: { '@id': 'schema:about', '@type': '@id' },
  isPartOf: { '@id': 'schema:isPartOf', '@type': '@id' },
  spokenByCharacter: { '@id': 'schema:spokenByCharacter', '@type': '@id' },
  mentions: { '@id': 'schema:mentions', '@type': '@id' },
  memberOf: { '@id': 'schema:memberOf', '@type': '@id' },
  affiliation: { '@id': 'schema:affiliation', '@type': '@id' },
  containedInPlace: { '@id': 'schema:containedInPlace', '@type': '@id' },
  location: { '@id': 'schema:location', '@type': '@id' },
  recipient: { '@id': 'schema:recipient', '@type': '@id' },
  'kgv:source': { '@type': '@id' },
  'kgv:target': { '@type': '@id' },
  // W3C Web Annotation vocabulary, as http://www.w3.org/ns/anno.jsonld defines these terms.
  Annotation: 'oa:Annotation',
  SpecificResource: 'oa:SpecificResource',
  TextPositionSelector: 'oa:TextPositionSelector',
  TextQuoteSelector: 'oa:TextQuoteSelector',
  body: { '@id': 'oa:hasBody', '@type': '@id' },
  target: { '@id': 'oa:hasTarget', '@type': '@id' },
  source: { '@id': 'oa:hasSource', '@type': '@id' },
  selector: { '@id': 'oa:hasSelector', '@type': '@id' },
  motivation: { '@id': 'oa:motivatedBy', '@type': '@vocab' },
  describing: 'oa:describing',
  identifying: 'oa:identifying',
  start: { '@id': 'oa:start', '@type': 'xsd:nonNegativeInteger' },
  end: { '@id': 'oa:end', '@type': 'xsd:nonNegativeInteger' },
  exact: 'oa:exact',
} as const;

type JsonObject = Record<string, unknown>;

function encoded(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':').replace(/%40/g, '@').replace(/%2F/gi, '/');
}

/** The compact IRI of a node (article, entity or statement), from its id. */
export function nodeIri(id: string): string {
  return `kg:${encoded(id)}`;
}

/** The compact IRI of a relationship or an evidence annotation. */
export function mintIri(kind: 'relationship' | 'evidence', id: string): string {
  return `kg:${kind}/${encoded(id)}`;
}

function nodeKind(node: ExportNode): 'article' | 'entity' | 'statement' {
  if (node.labels.includes('Article')) return 'article';
  if (node.labels.includes('Statement')) return 'statement';
  return 'entity';
}

const SCHEMA_TYPE_OF_KIND: Record<string, string> = {
  Person: 'Person',
  Organisation: 'Organization',
  Place: 'Place',
  Event: 'Event',
  // schema.org has no class for these; they stay Things with their own kgv: type.
  Programme: 'Thing',
  Group: 'Thing',
  Role: 'Thing',
};

/** Properties of a node a schema.org term (or an annotation) already says; the rest go under kgv:. */
const SAID_ELSEWHERE = new Set([
  'id',
  'name',
  'title',
  'text',
  'aliases',
  'description',
  'url',
  'publishedAt',
  'source',
  'start',
  'end',
  'excerpt',
  'articleId',
  'date',
  'dateStart',
  'dateEnd',
]);

function ownTerms(properties: Record<string, PropertyValue>, skip: Set<string>): JsonObject {
  const out: JsonObject = {};
  for (const [name, value] of Object.entries(properties)) if (!skip.has(name)) out[`kgv:${name}`] = value;
  return out;
}

/** A Web Annotation saying that `body` is stated by the words at start..end of an article. */
function annotation(
  id: string,
  body: string,
  articleId: string,
  start: number,
  end: number,
  exact: string | undefined,
  motivation: 'describing' | 'identifying',
): JsonObject {
  const selector: JsonObject[] = [{ '@type': 'TextPositionSelector', start, end }];
  if (exact !== undefined) selector.push({ '@type': 'TextQuoteSelector', exact });
  return {
    '@id': id,
    '@type': 'Annotation',
    motivation,
    body,
    target: { '@type': 'SpecificResource', source: nodeIri(articleId), selector },
  };
}

function str(value: PropertyValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: PropertyValue | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** The JSON-LD objects of one node: the node itself and the annotations of its evidence. */
export function nodeObjects(node: ExportNode): JsonObject[] {
  const p = node.properties;
  const kind = nodeKind(node);
  const iri = nodeIri(node.id);
  const objects: JsonObject[] = [];
  if (kind === 'article') {
    objects.push({
      '@id': iri,
      '@type': ['NewsArticle', 'kgv:Article'],
      identifier: node.id,
      headline: str(p.title),
      name: str(p.title),
      articleBody: str(p.text),
      datePublished: str(p.publishedAt),
      url: str(p.url),
      publisher: p.source !== undefined ? { '@type': 'Organization', name: p.source } : undefined,
      ...ownTerms(p, SAID_ELSEWHERE),
    });
  } else if (kind === 'statement') {
    const direct = p.kind === 'direct' || p.kind === 'mixed';
    const articleId = str(p.articleId);
    objects.push({
      '@id': iri,
      '@type': [direct ? 'Quotation' : 'Claim', 'kgv:Statement'],
      identifier: node.id,
      name: node.caption,
      text: str(p.text),
      isPartOf: articleId !== undefined ? nodeIri(articleId) : undefined,
      dateCreated: str(p.date),
      ...ownTerms(p, SAID_ELSEWHERE),
    });
    const start = num(p.start);
    const end = num(p.end);
    if (articleId !== undefined && start !== undefined && end !== undefined) {
      objects.push(annotation(mintIri('evidence', `statement/${node.id}`), iri, articleId, start, end, str(p.excerpt), 'describing'));
    }
  } else {
    const entityKind = node.labels.find((label) => label !== 'Entity') ?? 'Entity';
    objects.push({
      '@id': iri,
      '@type': [SCHEMA_TYPE_OF_KIND[entityKind] ?? 'Thing', 'kgv:Entity', `kgv:${entityKind}`],
      identifier: node.id,
      name: str(p.name),
      alternateName: p.aliases,
      description: str(p.description),
      startDate: entityKind === 'Event' ? str(p.date) : undefined,
      ...ownTerms(p, SAID_ELSEWHERE),
      ...(entityKind !== 'Event' && p.date !== undefined ? { 'kgv:date': p.date } : {}),
    });
    const dateArticleId = str(p.dateArticleId);
    const dateStart = num(p.dateStart);
    const dateEnd = num(p.dateEnd);
    if (dateArticleId !== undefined && dateStart !== undefined && dateEnd !== undefined) {
      objects.push(annotation(mintIri('evidence', `date/${node.id}`), iri, dateArticleId, dateStart, dateEnd, str(p.dateText), 'describing'));
    }
  }
  return objects;
}

/** Relationship types schema.org has a property for, and which. */
const SCHEMA_LINK_OF_TYPE: Record<string, string> = {
  SAID: 'spokenByCharacter',
  ABOUT: 'about',
  SAID_TO: 'recipient',
  MEMBER_OF: 'memberOf',
  AFFILIATED_WITH: 'affiliation',
  LOCATED_IN: 'containedInPlace',
  OCCURRED_IN: 'location',
  PART_OF: 'isPartOf',
};

const EDGE_EVIDENCE = new Set(['id', 'start', 'end', 'excerpt', 'starts', 'ends', 'excerpts']);

/** The JSON-LD objects of one relationship: itself, its schema.org shortcut, and its evidence. */
export function edgeObjects(edge: ExportEdge): JsonObject[] {
  const p = edge.properties;
  const iri = mintIri('relationship', edge.id);
  const source = nodeIri(edge.sourceId);
  const target = nodeIri(edge.targetId);
  const objects: JsonObject[] = [
    {
      '@id': iri,
      '@type': 'kgv:Relationship',
      'kgv:relationshipType': edge.type,
      identifier: edge.id,
      'kgv:source': source,
      'kgv:target': target,
      ...ownTerms(p, EDGE_EVIDENCE),
    },
  ];
  if (edge.type === 'SAID') objects.push({ '@id': target, spokenByCharacter: source });
  else if (edge.type === 'MENTIONED_IN') objects.push({ '@id': target, mentions: source });
  else {
    const link = SCHEMA_LINK_OF_TYPE[edge.type];
    if (link) objects.push({ '@id': source, [link]: target });
  }
  const articleId = str(p.articleId);
  if (articleId === undefined) return objects;
  const start = num(p.start);
  const end = num(p.end);
  if (start !== undefined && end !== undefined) {
    objects.push(annotation(mintIri('evidence', `relationship/${edge.id}`), iri, articleId, start, end, str(p.excerpt), 'describing'));
  }
  // A mention identifies the entity itself; one annotation per place the article names it.
  const starts = Array.isArray(p.starts) ? p.starts : [];
  const ends = Array.isArray(p.ends) ? p.ends : [];
  const excerpts = Array.isArray(p.excerpts) ? p.excerpts : [];
  starts.forEach((mentionStart, i) => {
    const mentionEnd = ends[i];
    if (typeof mentionStart !== 'number' || typeof mentionEnd !== 'number') return;
    const exact = excerpts[i];
    objects.push(
      annotation(
        mintIri('evidence', `mention/${edge.id}/${i}`),
        source,
        articleId,
        mentionStart,
        mentionEnd,
        typeof exact === 'string' ? exact : undefined,
        'identifying',
      ),
    );
  });
  return objects;
}

/** Writes a subgraph as one JSON-LD document (`@context` and `@graph`), one object at a time. */
export async function* writeJsonLd(graph: ExportGraph): AsyncGenerator<string> {
  // graph.description stays out: a top-level property beside @graph would make @graph a named graph.
  yield `{"@context":${JSON.stringify(JSONLD_CONTEXT)},\n"@graph":[\n`;
  let first = true;
  const emit = (object: JsonObject): string => {
    const text = `${first ? '' : ',\n'}${JSON.stringify(object)}`;
    first = false;
    return text;
  };
  for await (const node of graph.nodes) for (const object of nodeObjects(node)) yield emit(object);
  for await (const edge of graph.edges) for (const object of edgeObjects(edge)) yield emit(object);
  yield '\n]}\n';
}
