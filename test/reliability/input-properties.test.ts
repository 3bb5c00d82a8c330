/**
 * Property-based tests (fast-check) of the two functions that see untrusted input first: the
 * document validator and the extractor. Random and mutated inputs must never crash them (the
 * validator throws DocumentValidationError and nothing else), never hang (every case is timed),
 * and never let through what the loader cannot take.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { REPO_ROOT } from '../../src/config';
import {
  assertValidDocument,
  DocumentValidationError,
  findArticleTextProblem,
  findDocumentProblems,
  findForbiddenCharacter,
} from '../../src/document/validate';
import { extractArticle } from '../../src/extraction/extract';
import { planArticleLoad } from '../../src/loading/load-plan';
import { smallDocument } from '../support/fixtures';
import { generatedDocument } from './documents';

/** Slowest case allowed, in ms: generous for a shared 2-core machine, tiny next to a hang. */
const CASE_BUDGET_MS = { validator: 2_000, extractor: 5_000 };
const RUNS = Number(process.env.KG_PROPERTY_RUNS ?? 1000);
const cases = { validator: 0, extractor: 0, slowestValidatorMs: 0, slowestExtractorMs: 0 };

afterAll(() => {
  process.stderr.write(`[reliability] property cases: ${JSON.stringify(cases)}\n`);
});

function timed<T>(kind: 'validator' | 'extractor', work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    const ms = performance.now() - started;
    cases[kind]++;
    const key = kind === 'validator' ? 'slowestValidatorMs' : 'slowestExtractorMs';
    cases[key] = Math.max(cases[key], Math.round(ms));
    expect(ms).toBeLessThan(CASE_BUDGET_MS[kind]);
  }
}

/** Reference check, written independently of the validator: control characters or broken UTF-16. */
function hasForbiddenCharacter(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value) || Buffer.from(value, 'utf8').toString('utf8') !== value;
}

function strings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => strings(item, found));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => strings(item, found));
  return found;
}

/** Outcome of validating: the document, or the validation error; any other throw fails the property. */
function validate(input: unknown): { valid: true } | { valid: false; error: DocumentValidationError } {
  return timed('validator', () => {
    try {
      assertValidDocument(input);
      return { valid: true } as const;
    } catch (error) {
      if (!(error instanceof DocumentValidationError)) throw error;
      return { valid: false, error } as const;
    }
  });
}

/** Every path (as keys) into a JSON value, the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const found = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...pathsOf(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) found.push(...pathsOf(item, [...prefix, key]));
  return found;
}

function getAt(root: unknown, at: (string | number)[]): unknown {
  return at.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], root);
}

const forbiddenCharacter = fc
  .oneof(
    fc.integer({ min: 0, max: 0x1f }).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
    fc.integer({ min: 0xd800, max: 0xdfff }),
  )
  .map((code) => String.fromCharCode(code));

type Mutation =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'inject'; at: number; offset: number; character: string }
  | { kind: 'shift'; at: number; delta: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'grow'; at: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string(), fc.integer(), fc.constant(undefined)),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('inject' as const), at: fc.nat(), offset: fc.nat(), character: forbiddenCharacter }),
  fc.record({ kind: fc.constant('shift' as const), at: fc.nat(), delta: fc.integer({ min: -40, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('grow' as const), at: fc.nat(), times: fc.integer({ min: 2, max: 2_000 }) }),
);

/** Applies a mutation to a (cloned) document at the path chosen by `at`. */
function mutate(doc: unknown, change: Mutation): unknown {
  const paths = pathsOf(doc).filter((p) => p.length > 0);
  const at = paths[change.at % paths.length]!;
  const parent = getAt(doc, at.slice(0, -1)) as Record<string | number, unknown>;
  const key = at[at.length - 1]!;
  const current = parent[key];
  switch (change.kind) {
    case 'set':
      parent[key] = change.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'inject':
      if (typeof current === 'string')
        parent[key] = current.slice(0, change.offset % (current.length + 1)) + change.character + current.slice(change.offset % (current.length + 1));
      break;
    case 'shift':
      if (typeof current === 'number') parent[key] = current + change.delta;
      break;
    case 'duplicate':
      if (Array.isArray(current) && current.length > 0) current.push(structuredClone(current[0]));
      break;
    case 'grow':
      if (typeof current === 'string') parent[key] = current.repeat(change.times);
      break;
    default: {
      const unknownKind: never = change;
      throw new Error(`unknown mutation ${JSON.stringify(unknownKind)}`);
    }
  }
  return doc;
}

const baseDocuments = [
  smallDocument('property-base'),
  generatedDocument('property-generated', { own: 3 }),
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'data', 'articles', 'prevent-2017.graph.json'), 'utf8')),
];

describe('the document validator', () => {
  it('never throws anything but DocumentValidationError, on any JSON value at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (input) => {
        validate(input);
      }),
      { numRuns: RUNS },
    );
  });

  it('on mutated valid documents: refuses what breaks them, and what it accepts the loader can plan', () => {
    fc.assert(
      fc.property(fc.constantFrom(...baseDocuments.keys()), fc.array(mutation, { minLength: 1, maxLength: 4 }), (base, changes) => {
        const doc = changes.reduce<unknown>((current, change) => mutate(current, change), structuredClone(baseDocuments[base]));
        const outcome = validate(doc);
        if (!outcome.valid) {
          for (const problem of outcome.error.problems) {
            expect(problem.path === '' || problem.path.startsWith('/')).toBe(true);
            expect(problem.message.length).toBeGreaterThan(0);
          }
          return;
        }
        // Accepted: no forbidden character anywhere, every span inside the text, and the plan builds.
        expect(strings(doc).filter(hasForbiddenCharacter)).toEqual([]);
        const valid = doc as ReturnType<typeof smallDocument>;
        for (const statement of valid.statements) expect(valid.article.text.slice(statement.start, statement.end)).toBe(statement.text);
        expect(() => planArticleLoad(valid)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a forbidden character in any string of a valid document, naming its path and offset', () => {
    fc.assert(
      fc.property(fc.constantFrom(...baseDocuments.keys()), fc.nat(), fc.nat(), forbiddenCharacter, (base, pick, offset, character) => {
        const doc = structuredClone(baseDocuments[base]);
        const stringPaths = pathsOf(doc).filter((p) => typeof getAt(doc, p) === 'string' && !/^\/?(schemaVersion|provenance)$/.test(p.join('/')));
        const at = stringPaths[pick % stringPaths.length]!;
        const parent = getAt(doc, at.slice(0, -1)) as Record<string | number, string>;
        const key = at[at.length - 1]!;
        const value = parent[key]!;
        const where = offset % (value.length + 1);
        parent[key] = value.slice(0, where) + character + value.slice(where);
        const problems = timed('validator', () => findDocumentProblems(doc));
        const pointer = `/${at.join('/')}`;
        // An id or enum field may be refused by its pattern instead; a free-text field is refused for the character.
        expect(problems.length).toBeGreaterThan(0);
        const characterProblem = problems.find((p) => p.path === pointer && /^contains /.test(p.message));
        if (characterProblem) expect(characterProblem.message).toMatch(new RegExp(`at offset ${where}; `));
      }),
      { numRuns: RUNS },
    );
  });

  it('findForbiddenCharacter agrees with an independent check on arbitrary UTF-16', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
          fc.string({ unit: 'grapheme' }),
        ),
        (text) => {
          const found = timed('validator', () => findForbiddenCharacter(text));
          expect(found !== undefined).toBe(hasForbiddenCharacter(text));
          if (found) expect(hasForbiddenCharacter(text.slice(0, found.offset))).toBe(false);
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });
});

describe('the extractor', () => {
  const realTexts = [
    readFileSync(path.join(REPO_ROOT, 'data', 'articles', 'prevent-2017.txt'), 'utf8'),
    ...['dev', 'heldout'].flatMap((split) => {
      const dir = path.join(REPO_ROOT, 'test', 'extraction', 'eval', split);
      // (Between blind runs the held-out folder is empty, and a clone has no empty folder.)
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(path.join(dir, name), 'utf8'));
    }),
  ];
  const words = [
    'said',
    'told',
    '"',
    '“',
    '”',
    "'",
    'the',
    'Police',
    'Mr',
    'Smith',
    'Council',
    'of',
    'in',
    'London',
    'on',
    'Monday',
    '2019',
    ':',
    '.',
    ',',
    '\n\n',
    'Dr',
    'She',
    'criticised',
    'added',
    '—',
    '(',
    ')',
    'Ltd',
    'BBC',
  ];
  const newsLike = fc.array(fc.constantFrom(...words), { maxLength: 300 }).map((tokens) => tokens.join(' '));
  const mutatedReal = fc
    .tuple(fc.constantFrom(...realTexts.keys()), fc.nat(), fc.nat(), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat())
    .map(([index, from, length, insert, at]) => {
      const text = realTexts[index]!;
      const start = from % text.length;
      const slice = text.slice(start, start + 200 + (length % 3_000));
      const where = at % (slice.length + 1);
      return slice.slice(0, where) + insert + slice.slice(where);
    });
  const anyText = fc.oneof(newsLike, mutatedReal, fc.string({ unit: 'grapheme', maxLength: 500 }), fc.string({ unit: 'binary', maxLength: 500 }));

  it('regression: a noun phrase with "to" as its second word crashed the speaker finder (fast-check, seed -1621058882)', () => {
    const text =
      'son to admit they were wrong. We have got it totally and utterly wrong.”\n\nLiberal Democrat councillor Colin Campbell told the council’s ruling executive board that it had taken too long to put the cor';
    expect(() => assertValidDocument(extractArticle({ text, publishedAt: '2024-02-29', title: 'Regression' }))).not.toThrow();
  });

  it('regression: a quote span with no words in it became a statement with empty text (fast-check, seed -1972843503)', () => {
    const doc = extractArticle({ text: '” " said Dr .', publishedAt: '2024-02-29', title: 'Regression' });
    expect(() => assertValidDocument(doc)).not.toThrow();
    expect(doc.statements).toEqual([]);
  });

  it('never crashes or hangs on any text, and what it extracts from acceptable text is a valid document', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = timed('extractor', () => extractArticle({ text, publishedAt: '2024-02-29', title: 'Property test' }));
        if (findArticleTextProblem(text) !== undefined) return;
        const outcome = validate(doc);
        if (!outcome.valid) throw new Error(`extracted an invalid document from ${JSON.stringify(text.slice(0, 300))}:\n${outcome.error.message}`);
      }),
      { numRuns: RUNS },
    );
  });
});
