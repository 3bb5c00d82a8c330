import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../src/config';
import type { ArticleGraphDocument } from '../../src/document/article-graph';
import { assertValidDocument, parseDocument } from '../../src/document/validate';
import { normaliseName } from '../../src/loading/normalise';
import { kg, type CliRun } from '../support/cli';

const SEED_TEXT = path.join(REPO_ROOT, 'data', 'articles', 'prevent-2017.txt');
const SEED_DOCUMENT = path.join(REPO_ROOT, 'data', 'articles', 'prevent-2017.graph.json');

/** Runs `kg extract` in-process and returns what it printed on stdout and stderr. */
const kgExtract = (...args: string[]): Promise<CliRun> => kg('extract', ...args);

describe('kg extract on the seed article', () => {
  let extracted: ArticleGraphDocument;
  const reviewed = parseDocument(readFileSync(SEED_DOCUMENT, 'utf8'), SEED_DOCUMENT);

  beforeAll(async () => {
    const result = await kgExtract(SEED_TEXT, '--published', '2017-08-07', '--title', reviewed.article.title, '--source', reviewed.article.source);
    expect(result.code).toBe(0);
    // stdout holds the document and nothing else; progress goes to stderr.
    extracted = assertValidDocument(JSON.parse(result.stdout));
    expect(result.stderr).toMatch(/entities, \d+ statements/);
  });

  it('prints a valid machine-extracted document of the text', () => {
    expect(extracted.provenance).toBe('machine-extracted');
    expect(extracted.article.text).toBe(reviewed.article.text);
    expect(extracted.statements.every((s) => s.provenance === 'machine-extracted' && typeof s.confidence === 'number')).toBe(true);
  });

  it('finds every reviewed statement, overlapping its span, with the reviewed speaker (article-scoped speakers compared by name)', () => {
    const byId = (doc: ArticleGraphDocument, id: string) => doc.entities.find((e) => e.id === id)!;
    const names = (doc: ArticleGraphDocument, id: string): Set<string> => {
      const e = byId(doc, id);
      return new Set([e.name, ...e.aliases].map(normaliseName));
    };
    for (const statement of reviewed.statements) {
      const overlapping = extracted.statements.filter((s) => s.start < statement.end && statement.start < s.end);
      expect({ statement: statement.id, found: overlapping.length > 0 }).toEqual({ statement: statement.id, found: true });
      const speaker = byId(reviewed, statement.speakerId);
      const sameSpeaker = overlapping.some((s) =>
        speaker.articleScoped
          ? [...names(extracted, s.speakerId)].some((n) => names(reviewed, statement.speakerId).has(n))
          : s.speakerId === statement.speakerId,
      );
      expect({ statement: statement.id, sameSpeaker }).toEqual({ statement: statement.id, sameSpeaker: true });
    }
  });

  it('gives the named people, organisations and places the reviewed ids', () => {
    const named = reviewed.entities.filter((e) => ['Person', 'Organisation', 'Place'].includes(e.type) && !e.articleScoped);
    const extractedIds = new Set(extracted.entities.map((e) => e.id));
    expect(named.map((e) => e.id).filter((id) => !extractedIds.has(id))).toEqual([]);
  });

  it('dates the statements the article dates ("In May", "Earlier this year")', () => {
    const lucas = extracted.statements.find((s) => s.speakerId === 'person:caroline-lucas');
    const rudd = extracted.statements.find((s) => s.speakerId === 'person:amber-rudd');
    expect(lucas?.date).toMatchObject({ value: '2017-05', precision: 'month', certainty: 'resolved' });
    expect(rudd?.date).toMatchObject({ value: '2017', precision: 'year', certainty: 'resolved' });
  });

  it('says on stderr, not stdout, when no publication date is given', async () => {
    const result = await kgExtract(SEED_TEXT);
    expect(result.stderr).toMatch(/no --published date/);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });
});
