import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../config';
import type { EntityType, StatementKind } from '../document/article-graph';
import { parseDocument } from '../document/validate';
import { goldFromDocument, type GoldArticle } from './evaluate';

/** Where the hand-annotated evaluation set lives: dev/ (tuned on) and heldout/ (run once, never tuned on). */
export const EVAL_DIR = path.join(REPO_ROOT, 'test', 'extraction', 'eval');

interface GoldFile {
  title: string;
  source: string;
  url?: string;
  domain?: string;
  publishedAt: string;
  /** A hand-reviewed article-graph document to use as the gold instead (path from the repository root). */
  document?: string;
  entities?: { type: EntityType; name: string; aliases?: string[]; optional?: boolean }[];
  quotes?: { text: string; speaker: string; kind: StatementKind; optional?: boolean; occurrence?: number }[];
}

/** Reads one split ("dev" or "heldout"): every NAME.gold.json with its NAME.txt. */
export async function loadEvalSplit(split: 'dev' | 'heldout', dir: string = EVAL_DIR): Promise<GoldArticle[]> {
  const folder = path.join(dir, split);
  // Between blind runs the held-out folder is empty, and git keeps no empty folder: no folder is no articles.
  const names = await fs.readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const files = names.filter((name) => name.endsWith('.gold.json')).sort();
  const articles: GoldArticle[] = [];
  for (const file of files) {
    const id = file.replace(/\.gold\.json$/, '');
    const gold = JSON.parse(await fs.readFile(path.join(folder, file), 'utf8')) as GoldFile;
    if (gold.document) {
      const documentPath = path.join(REPO_ROOT, gold.document);
      articles.push(goldFromDocument(parseDocument(await fs.readFile(documentPath, 'utf8'), documentPath), gold.domain));
      continue;
    }
    const text = await fs.readFile(path.join(folder, `${id}.txt`), 'utf8');
    const quotes = (gold.quotes ?? []).map((quote) => {
      let start = -1;
      for (let n = 0; n < (quote.occurrence ?? 1); n++) start = text.indexOf(quote.text, start + 1);
      if (start < 0) throw new Error(`${split}/${file}: quote not in the text: "${quote.text.slice(0, 60)}"`);
      return { start, end: start + quote.text.length, text: quote.text, speaker: quote.speaker, kind: quote.kind, optional: quote.optional };
    });
    const entities = (gold.entities ?? []).map((e) => ({ type: e.type, name: e.name, aliases: e.aliases ?? [], optional: e.optional }));
    for (const quote of quotes) {
      if (!entities.some((e) => e.name === quote.speaker)) throw new Error(`${split}/${file}: speaker "${quote.speaker}" is not one of the gold entities`);
    }
    articles.push({ id, title: gold.title, text, publishedAt: gold.publishedAt, source: gold.source, url: gold.url, domain: gold.domain, entities, quotes });
  }
  return articles;
}
