import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { DatabaseGateway } from '../../src/db/gateway';
import { kg, pointCliAtTestNeo4j } from '../support/cli';
import { clearGraph, connectTestGateway, graphCounts } from '../support/database';
import { smallDocument } from '../support/fixtures';

describe('kg command line (real Neo4j through NEO4J_URI)', () => {
  let gateway: DatabaseGateway;
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-cli-'));
  const saved = { ...process.env };

  beforeAll(async () => {
    pointCliAtTestNeo4j();
    gateway = await connectTestGateway();
    await clearGraph(gateway);
    writeFileSync(path.join(dir, 'a.graph.json'), JSON.stringify(smallDocument('cli-a')));
    writeFileSync(path.join(dir, 'b.graph.json'), JSON.stringify(smallDocument('cli-b')));
  });
  afterAll(async () => {
    process.env = saved;
    await gateway.close();
  });

  it('loads every document of a folder, reporting progress on stderr and results on stdout', async () => {
    const result = await kg('load', dir);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { articleId: string; status: string });
    expect(lines.map((l) => [l.articleId, l.status])).toEqual([
      ['cli-a', 'created'],
      ['cli-b', 'created'],
    ]);
    expect(result.stderr).toMatch(/\[2\/2\] .*b\.graph\.json: created article cli-b/);
    expect(result.stderr).toMatch(/done: 2 created, 0 replaced, 0 unchanged/);
  });

  it('refuses a batch with one bad document before writing any of it', async () => {
    await clearGraph(gateway);
    const bad = smallDocument('cli-bad');
    bad.statements[0]!.end = 10_000;
    writeFileSync(path.join(dir, 'c.graph.json'), JSON.stringify(bad));
    await expect(kg('load', dir)).rejects.toThrow(/c\.graph\.json is not a valid article-graph document:\n {2}\/statements\/0\/end: 10000 is past the end/);
    expect((await graphCounts(gateway)).nodes).toBe(0);
  });

  it('validates without writing, exiting 1 when a document is invalid', async () => {
    const result = await kg('validate', dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('a.graph.json: valid (5 entities, 3 statements, 1 relations)');
    expect(result.stderr).toContain('/statements/0/end');
  });

  it('removes an article and says when an id is unknown', async () => {
    await kg('load', path.join(dir, 'a.graph.json'));
    const result = await kg('remove', 'cli-a', 'no-such-article');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('cli-a: removed\nno-such-article: not found\n');
    expect((await graphCounts(gateway)).nodes).toBe(0);
  });

  it('explains an unknown command', async () => {
    const result = await kg('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
  });
});
