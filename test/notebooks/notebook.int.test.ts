/**
 * The data-journalism notebook (examples/notebooks/prevent-who-said-what.ipynb), executed end to
 * end with nbclient against a running service on the seed graph, and its outputs checked: the
 * tables name the seed's speakers and statements, and the figures were drawn.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startService, type RunningService } from '../../src/app';
import { loadConfig, REPO_ROOT } from '../../src/config';
import type { DatabaseGateway } from '../../src/db/gateway';
import { loadSeedDocuments } from '../../src/loading/seed';
import { clearGraph, connectTestGateway } from '../support/database';
import { runPython } from '../support/python';
import { SEED_DIR, silentLogger } from '../graphql/support';

const NOTEBOOK = path.join(REPO_ROOT, 'examples', 'notebooks', 'prevent-who-said-what.ipynb');

interface Output {
  output_type: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
}
interface Cell {
  cell_type: string;
  metadata: { tags?: string[] };
  outputs?: Output[];
}

function readNotebook(file: string): Cell[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { cells: Cell[] }).cells;
}

const joined = (value: string | string[] | undefined): string => (Array.isArray(value) ? value.join('') : (value ?? ''));

/** Everything a tagged cell printed or displayed as text. */
function textOf(cells: Cell[], tag: string): string {
  const cell = cells.find((c) => c.metadata.tags?.includes(tag));
  if (!cell) throw new Error(`no cell tagged ${tag}`);
  return (cell.outputs ?? []).map((o) => joined(o.text) + joined(o.data?.['text/plain']) + joined(o.data?.['text/html'])).join('\n');
}

/** The PNG images a tagged cell displayed, decoded. */
function imagesOf(cells: Cell[], tag: string): Buffer[] {
  const cell = cells.find((c) => c.metadata.tags?.includes(tag));
  return (cell?.outputs ?? []).filter((o) => o.data?.['image/png']).map((o) => Buffer.from(joined(o.data?.['image/png']), 'base64'));
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('the committed notebook', () => {
  it('carries the outputs of a real run, so readers on GitHub see the tables and figures', () => {
    const cells = readNotebook(NOTEBOOK);
    const code = cells.filter((cell) => cell.cell_type === 'code');
    expect(code.every((cell) => (cell.outputs ?? []).length > 0)).toBe(true);
    expect(code.flatMap((cell) => cell.outputs ?? []).filter((o) => o.output_type === 'error')).toEqual([]);
    expect(['stance-chart', 'network', 'timeline-chart'].map((tag) => imagesOf(cells, tag).length)).toEqual([1, 1, 1]);
  });
});

describe('executing the notebook against the service', () => {
  let gateway: DatabaseGateway;
  let service: RunningService;
  let cells: Cell[];
  let seconds: number;

  beforeAll(async () => {
    gateway = await connectTestGateway();
    await clearGraph(gateway);
    await loadSeedDocuments(gateway, SEED_DIR);
    service = await startService(loadConfig({ HOST: '127.0.0.1', PORT: '0', KG_LOAD_SEED: 'false', NODE_ENV: 'production' }), gateway, silentLogger);
    const executed = path.join(mkdtempSync(path.join(tmpdir(), 'kg-notebook-')), 'executed.ipynb');
    const started = Date.now();
    await runPython('test/notebooks/execute_notebook.py', [NOTEBOOK, executed], { env: { KG_GRAPHQL_URL: `${service.url}/graphql` }, timeoutMs: 240_000 });
    seconds = (Date.now() - started) / 1000;
    cells = readNotebook(executed);
  }, 300_000);

  afterAll(async () => {
    await service?.close();
    await gateway?.close();
  });

  it('runs every cell without an error', () => {
    const errors = cells.flatMap((cell) => cell.outputs ?? []).filter((o) => o.output_type === 'error');
    expect(errors.map((o) => `${o.ename}: ${o.evalue}`)).toEqual([]);
    expect(seconds).toBeLessThan(240);
  });

  it("tabulates who said what: the seed's speakers and their words", () => {
    const table = textOf(cells, 'who-said-what');
    for (const speaker of ['Dean Haydon', 'Dal Babu', 'Caroline Lucas', 'Amber Rudd', 'Muslim Council of Britain', 'Government spokeswoman']) {
      expect(table).toContain(speaker);
    }
    expect(table).toContain('such criticism is based on');
    expect(table).toContain('not about spying on people but about keeping them safe');
  });

  it('counts stances by speaker and organisations by statements', () => {
    const stances = textOf(cells, 'stance-by-speaker');
    expect(stances).toMatch(/Dean Haydon\s+1\s+4\s+5/);
    expect(textOf(cells, 'stance-summary')).toContain('8 supportive statements, 4 of them from Dean Haydon');
    const organisations = textOf(cells, 'organisations');
    expect(organisations).toMatch(/Scotland Yard\s+0\s+0\s+5/);
    expect(organisations).toContain('Amber Rudd, Government figures, Government spokeswoman');
  });

  it('draws the stance chart, the network from the Cytoscape export and the timeline as PNG images', () => {
    expect(textOf(cells, 'network')).toMatch(/\d+ nodes and \d+ relationships within two steps of Prevent/);
    expect(textOf(cells, 'timeline-table')).toContain('Prevent set up by Labour');
    for (const tag of ['stance-chart', 'network', 'timeline-chart']) {
      const [image] = imagesOf(cells, tag);
      expect(image?.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(image!.length).toBeGreaterThan(10_000);
    }
  });
});
