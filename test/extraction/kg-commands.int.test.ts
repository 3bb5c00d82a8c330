import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../../src/config';
import type { DatabaseGateway } from '../../src/db/gateway';
import { kg, pointCliAtTestNeo4j } from '../support/cli';
import { clearGraph, connectTestGateway } from '../support/database';

describe('kg ingest, merge, split and diff (real Neo4j through NEO4J_URI)', () => {
  let gateway: DatabaseGateway;
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-ingest-'));
  const saved = { ...process.env };

  beforeAll(async () => {
    pointCliAtTestNeo4j();
    gateway = await connectTestGateway();
    await clearGraph(gateway);
    writeFileSync(path.join(dir, 'a.txt'), 'Councillor Jane Smith said the bridge would close. Smith added that repairs would take a year.');
    writeFileSync(path.join(dir, 'b.txt'), 'Mayor J Smith said the bridge would reopen in May.');
  });
  afterAll(async () => {
    process.env = saved;
    await gateway.close();
  });

  it('ingests a folder of text files with progress and an articles/s summary on stderr, results on stdout', async () => {
    const result = await kg('ingest', dir, '--published', '2024-03-01', '--source', 'Test');
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; status: string });
    expect(lines.map((l) => [path.basename(l.file), l.status])).toEqual([
      ['a.txt', 'created'],
      ['b.txt', 'created'],
    ]);
    expect(result.stderr).toMatch(/\[2\/2\] .*b\.txt: created article/);
    expect(result.stderr).toMatch(/done: 2 articles in [\d.]+ s \([\d.]+ articles\/s\): 2 created/);
    const again = await kg('ingest', dir, '--published', '2024-03-01', '--source', 'Test');
    expect(again.stderr).toMatch(/2 unchanged/);
  });

  it('merges and splits entities by hand', async () => {
    const merged = await kg('merge', 'person:jane-smith', 'person:j-smith');
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout)).toMatchObject({ keptId: 'person:jane-smith', removedId: 'person:j-smith' });
    const [article] = await gateway.read<{ id: string }>({ cypher: "MATCH (a:Article) WHERE a.text STARTS WITH 'Mayor' RETURN a.id AS id" });
    const split = await kg('split', 'person:jane-smith', '--article', article!.id, '--new-id', 'person:j-smith-mayor');
    expect(split.code).toBe(0);
    expect(JSON.parse(split.stdout)).toMatchObject({ newId: 'person:j-smith-mayor', originalRemoved: false });
  });

  it('refuses a split without its options, saying which', async () => {
    await expect(kg('split', 'person:jane-smith')).rejects.toThrow(/--article ARTICLE_ID and --new-id NEW_ID/);
  });

  it('diffs extraction against the reviewed seed document as readable text', async () => {
    const seed = path.join(REPO_ROOT, 'data', 'articles');
    const result = await kg('diff', path.join(seed, 'prevent-2017.txt'), path.join(seed, 'prevent-2017.graph.json'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Entities: \d+ added, \d+ removed, \d+ changed$/m);
    expect(result.stdout).toMatch(/^Statements: \d+ added, \d+ removed, \d+ changed$/m);
    expect(result.stdout).toMatch(/^Relations: \d+ added, \d+ removed, \d+ changed$/m);
  });
});
