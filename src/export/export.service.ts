import type { Writable } from 'node:stream';
import type { DatabaseGateway } from '../db/gateway';
import { EXPORT_FORMATS, exportFileName, type CsvFile, type ExportRequest } from './export.request';
import type { ExportGraph } from './export.types';
import { writeCytoscapeJson } from './formats/cytoscape';
import { writeGexf } from './formats/gexf';
import { writeGraphML } from './formats/graphml';
import { writeJsonLd } from './formats/jsonld';
import { writeNodesCsv, writeRelationshipsCsv } from './formats/neo4j-csv';
import { openSubgraph } from './subgraph.reader';

/** An export ready to send: what it is called, its content type, and its text as it is read. */
export interface ExportDownload {
  fileName: string;
  contentType: string;
  chunks: AsyncIterable<string>;
}

/** Text of one CSV file of a subgraph (the other file's stream is never read). */
export function csvChunks(graph: ExportGraph, file: CsvFile): AsyncIterable<string> {
  return file === 'nodes' ? writeNodesCsv(graph.nodes) : writeRelationshipsCsv(graph.edges);
}

/** The serializer of a format applied to a subgraph (CSV: the nodes file unless `csvFile` says otherwise). */
export function serialize(graph: ExportGraph, request: ExportRequest): AsyncIterable<string> {
  switch (request.format) {
    case 'graphml':
      return writeGraphML(graph);
    case 'gexf':
      return writeGexf(graph);
    case 'cytoscape':
      return writeCytoscapeJson(graph);
    case 'jsonld':
      return writeJsonLd(graph);
    case 'csv':
      return csvChunks(graph, request.csvFile ?? 'nodes');
    default: {
      const unexpected: never = request.format;
      throw new Error(`Unknown export format ${String(unexpected)}`);
    }
  }
}

/**
 * Opens an export: NOT_FOUND for an unknown article or entity is raised here, before anything is
 * sent; the text is then produced page by page as `chunks` is read.
 */
export async function openExport(gateway: DatabaseGateway, request: ExportRequest, options: { pageSize?: number } = {}): Promise<ExportDownload> {
  const graph = await openSubgraph(gateway, request.scope, options);
  return { fileName: exportFileName(request), contentType: EXPORT_FORMATS[request.format].contentType, chunks: serialize(graph, request) };
}

/** Joins small chunks (one node each) into writes of about `size` characters: fewer syscalls and TCP packets. */
export async function* batched(chunks: AsyncIterable<string>, size = 64 * 1024): AsyncGenerator<string> {
  let buffer = '';
  for await (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

/** The destination went away (the client disconnected) before the export was written. */
export class ExportAbortedError extends Error {
  constructor() {
    super('The export was aborted: its destination closed');
    this.name = 'ExportAbortedError';
  }
}

function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error): void => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = (): void => done();
    const onClose = (): void => done(new ExportAbortedError());
    const onError = (error: Error): void => done(error);
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onError);
  });
}

/**
 * Writes an export's text to a stream as it is produced, waiting whenever the stream's buffer is
 * full: memory holds about one page of the graph and one batch of text, whatever the export's
 * size. Stops reading Neo4j (the generators are closed) if the stream closes early.
 */
export async function writeChunks(chunks: AsyncIterable<string>, out: Writable): Promise<number> {
  let bytes = 0;
  for await (const text of batched(chunks)) {
    if (out.destroyed) throw new ExportAbortedError();
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await drained(out);
  }
  return bytes;
}
