import { createWriteStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Writable } from 'node:stream';
import type { DatabaseGateway } from '../db/gateway';
import { KgError } from '../errors';
import { EXPORT_FORMATS, parseExportRequest, type ExportParams, type ExportRequest } from './export.request';
import { csvChunks, serialize, writeChunks } from './export.service';
import type { ExportGraph } from './export.types';
import { openSubgraph } from './subgraph.reader';

/** The `kg export` lines of the CLI's usage text. */
export const EXPORT_USAGE = `  export FORMAT [--article ID | --entity ID [--depth N]] [--out FILE] [--file nodes|relationships]
                         write the graph, an article's part or an entity's neighbourhood (depth 1..3,
                         default 1) to stdout or FILE; FORMAT: ${Object.keys(EXPORT_FORMATS).join(', ')}
                         (csv: --out DIR writes nodes.csv and relationships.csv for neo4j-admin import)`;

const FLAGS = new Set(['--article', '--entity', '--depth', '--out', '--file']);

function parseFlags(args: string[]): { format: string | undefined; params: ExportParams; out?: string } {
  const [format, ...rest] = args;
  const values = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    const value = rest[i + 1];
    if (!FLAGS.has(flag)) throw new KgError(`kg export: unknown option "${flag}" (options: ${[...FLAGS].join(', ')})`, 'BAD_USER_INPUT');
    if (value === undefined || value.startsWith('--')) throw new KgError(`kg export: ${flag} needs a value`, 'BAD_USER_INPUT');
    values.set(flag, value);
    i++;
  }
  return {
    format,
    params: { article: values.get('--article'), entity: values.get('--entity'), depth: values.get('--depth'), file: values.get('--file') },
    out: values.get('--out'),
  };
}

async function toFile(file: string, chunks: AsyncIterable<string>): Promise<number> {
  const stream = createWriteStream(file);
  try {
    const bytes = await writeChunks(chunks, stream);
    await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    return bytes;
  } catch (error) {
    stream.destroy();
    throw error;
  }
}

/**
 * `kg export FORMAT ...`: streams the export to stdout, or to --out (a folder for csv's two
 * files). Mistakes and unknown ids are reported on stderr with exit code 2 and 1.
 */
export async function exportCommand(
  args: string[],
  withGateway: <T>(work: (gateway: DatabaseGateway) => Promise<T>) => Promise<T>,
  io: { stdout: Writable; progress: (message: string) => void } = { stdout: process.stdout, progress: (message) => process.stderr.write(`${message}\n`) },
): Promise<number> {
  let parsed: ReturnType<typeof parseFlags>;
  let request: ExportRequest;
  try {
    parsed = parseFlags(args);
    if (parsed.format === undefined) throw new KgError(`kg export: give a FORMAT: ${Object.keys(EXPORT_FORMATS).join(', ')}`, 'BAD_USER_INPUT');
    const needsFile = parsed.format === 'csv' && parsed.out === undefined;
    request = parseExportRequest(parsed.format, parsed.params, { needsCsvFile: needsFile });
  } catch (error) {
    if (!(error instanceof KgError)) throw error;
    io.progress(error.message.startsWith('kg export') ? error.message : `kg export: ${error.message}`);
    return 2;
  }
  const { out } = parsed;
  return withGateway(async (gateway) => {
    const started = Date.now();
    let graph: ExportGraph;
    try {
      graph = await openSubgraph(gateway, request.scope);
    } catch (error) {
      if (!(error instanceof KgError)) throw error;
      io.progress(`kg export: ${error.message}`);
      return 1;
    }
    const seconds = (): string => ((Date.now() - started) / 1000).toFixed(1);
    if (request.format === 'csv' && out !== undefined) {
      await fs.mkdir(out, { recursive: true });
      for (const file of request.csvFile ? [request.csvFile] : (['nodes', 'relationships'] as const)) {
        const target = path.join(out, `${file}.csv`);
        const bytes = await toFile(target, csvChunks(graph, file));
        io.progress(`wrote ${target} (${bytes} bytes) in ${seconds()} s`);
      }
      return 0;
    }
    const chunks = serialize(graph, request);
    if (out === undefined) {
      await writeChunks(chunks, io.stdout);
      return 0;
    }
    const bytes = await toFile(out, chunks);
    io.progress(`wrote ${out} (${bytes} bytes, ${graph.description}) in ${seconds()} s`);
    return 0;
  });
}
