import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { DatabaseGateway } from '../db/gateway';
import { parseDocument } from '../document/validate';
import { loadDocument, type LoadResult } from './loader';

/** Loads every `*.graph.json` document in a folder (the reviewed seed articles); unchanged ones write nothing. */
export async function loadSeedDocuments(gateway: DatabaseGateway, dir: string): Promise<LoadResult[]> {
  const files = (await fs.readdir(dir)).filter((name) => name.endsWith('.graph.json')).sort();
  const results: LoadResult[] = [];
  for (const file of files) {
    const source = path.join(dir, file);
    const doc = parseDocument(await fs.readFile(source, 'utf8'), source);
    results.push(await loadDocument(gateway, doc, { source }));
  }
  return results;
}
