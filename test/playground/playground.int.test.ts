/**
 * The offline GraphiQL playground in a real browser (Debian's /usr/bin/chromium driven by
 * playwright-core; no browser is ever downloaded) plus the handler's HTTP contract.
 *
 * Needs: `.ci/install-system-deps.sh` (installs chromium). The test builds the playground itself
 * (scripts/build-playground.mjs, a few seconds) into a temp folder from example files it writes, so
 * it does not depend on, or touch, dist/ or docs/queries/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import pino from 'pino';
import { startService } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createPlaygroundHandler, PLAYGROUND_CSP } from '../../src/playground/playground.handler';
import { connectTestGateway } from '../support/database';

// ------------------------------------------------------------------------------------------------
// Server under test: the real service (startService) on the run's Neo4j with the seed article
// loaded, serving the playground from a build made by this test.
// ------------------------------------------------------------------------------------------------
interface RunningServer {
  /** Base URL, e.g. `http://localhost:43210` (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

async function startServer(assetDir: string): Promise<RunningServer> {
  const gateway = await connectTestGateway();
  const config = { ...loadConfig({}), port: 0, loadSeed: true, apiKey: 'test-key-123' };
  const quiet = pino({ level: 'silent' });
  const service = await startService(config, gateway, quiet, { playgroundAssetDir: assetDir });
  return {
    url: service.url,
    close: async () => {
      await service.close();
      await gateway.close();
    },
  };
}

// ------------------------------------------------------------------------------------------------

const ROOT = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(__dirname, '__artifacts__');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-gpu',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** Example operations for the build: one tab each, in file-name order. */
const EXAMPLES: Record<string, string> = {
  '1-critics.graphql':
    'query WhoCriticisedPrevent {\n  statements(filter: { aboutId: "programme:prevent", stance: CRITICISES }) {\n    edges {\n      node {\n        speaker {\n          name\n        }\n      }\n    }\n  }\n}\n',
  '2-status.graphql': 'query StatusOnly {\n  health {\n    status\n  }\n}\n',
};

let tmp: string;
let assetDir: string;

function buildPlayground(outdir: string, queries: string): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-playground.mjs'), '--outdir', outdir, '--queries', queries], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: 60_000,
  });
}

/** Plain HTTP request without URL normalisation (so `..` reaches the server as typed). */
function rawGet(base: string, rawPath: string, headers: Record<string, string> = {}, method = 'GET') {
  const { hostname, port } = new URL(base);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-playground-'));
  const queries = path.join(tmp, 'queries');
  mkdirSync(queries);
  for (const [name, text] of Object.entries(EXAMPLES)) writeFileSync(path.join(queries, name), text);
  writeFileSync(path.join(queries, 'README.md'), 'not an example');
  assetDir = path.join(tmp, 'playground');
  buildPlayground(assetDir, queries);
  // In dist/playground the server's compiled code sits next to the assets (tsc writes
  // playground.handler.js there): files the build did not list must never be served.
  writeFileSync(path.join(assetDir, 'playground.handler.js'), '/* server code: not for browsers */');
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('playground in a real browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer(assetDir);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads GraphiQL from this origin only and runs the example query', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
    const page = await context.newPage();
    const origin = new URL(server.url).origin;
    const requested: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
    });
    page.on('response', async (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()} ${r.request().postData() ?? ''} → ${await r.text().catch(() => '')}`);
    });
    page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });

    const response = await page.goto(`${server.url}/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(PLAYGROUND_CSP);

    // GraphiQL rendered, with one tab per example file, titled from the operation names.
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-query-editor .monaco-editor .view-lines').waitFor({ timeout: 30_000 });
    const tabs = page.locator('.graphiql-tab');
    await expect(tabs.allInnerTexts()).resolves.toEqual(['WhoCriticisedPrevent', 'StatusOnly']);
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor .view-lines')?.textContent?.includes('1-critics.graphql'), undefined, {
      timeout: 15_000,
    });

    // Schema introspection finished (docs explorer available) before running.
    await page.waitForFunction(() => !document.querySelector('.graphiql-spinner'), undefined, { timeout: 15_000 });

    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(
      () => {
        const text = (document.querySelector('.graphiql-response .view-lines')?.textContent ?? '').replace(/\u00a0/g, ' ');
        return text.includes('"Dal Babu"');
      },
      undefined,
      { timeout: 30_000 },
    );
    const responseText = (await page.locator('.graphiql-response .view-lines').textContent())?.replace(/\u00a0/g, ' ');
    // The answer comes from the seed graph: the critics of Prevent (Monaco renders only the lines in view,
    // so the example selects names alone).
    expect(responseText).toContain('"Caroline Lucas"');
    expect(responseText).toContain('"Muslim Council of Britain"');
    expect(responseText).not.toContain('"Dean Haydon"');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground.png') });

    // The API key field is sent as `x-api-key` (and the schema is re-fetched with it).
    await page.locator('.kg-api-key input').fill('test-key-123');
    const sent = page.waitForRequest((r) => r.url() === `${origin}/graphql` && r.headers()['x-api-key'] === 'test-key-123');
    await page.locator('.graphiql-tab', { hasText: 'StatusOnly' }).click();
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor .view-lines')?.textContent?.includes('2-status.graphql'));
    await page.locator('.graphiql-execute-button').click();
    await sent;

    // Schema-aware completion comes from the GraphQL web worker (`__typename` is not a word in the
    // document, so Monaco's plain word completion cannot be what offers it).
    await page.locator('.graphiql-query-editor .view-line', { hasText: /^\s*status\s*$/ }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('__type');
    await page.locator('.graphiql-query-editor .suggest-widget.visible', { hasText: '__typename' }).waitFor({ timeout: 15_000 });
    await page.keyboard.press('Escape');

    // The docs explorer shows the introspected schema.
    await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer', { hasText: 'Query' }).waitFor({ timeout: 10_000 });

    // Nothing left this machine's origin: every request (page, bundle, workers, /graphql) was same-origin.
    const foreign = requested.filter((u) => new URL(u).origin !== origin && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(requested).toEqual(
      expect.arrayContaining([
        `${origin}/`,
        `${origin}/playground/playground.js`,
        `${origin}/playground/playground.css`,
        `${origin}/playground/graphql.worker.js`,
        `${origin}/graphql`,
      ]),
    );
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('playground handler over HTTP', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer(assetDir);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('serves index.html and assets with content types, caching and security headers', async () => {
    const index = await rawGet(server.url, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.headers['content-security-policy']).toBe(PLAYGROUND_CSP);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.body).toContain('playground/playground.js');
    expect(index.body).not.toMatch(/https?:\/\//);

    const js = await rawGet(server.url, '/playground/playground.js', { 'accept-encoding': 'gzip, br' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['content-encoding']).toBe('gzip');
    const etag = js.headers.etag;
    expect(etag).toBeTruthy();
    const again = await rawGet(server.url, '/playground/playground.js', { 'if-none-match': String(etag) });
    expect(again.status).toBe(304);

    const css = await rawGet(server.url, '/playground/playground.css?v=1');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['content-encoding']).toBeUndefined();

    const head = await rawGet(server.url, '/playground/editor.worker.js', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await rawGet(server.url, '/', {}, 'POST')).status).toBe(405);
  });

  it.each([
    '/playground/../../../etc/passwd',
    '/playground/..%2f..%2f..%2fetc%2fpasswd',
    '/playground/%2e%2e/%2e%2e/etc/passwd',
    '/playground/..\\..\\etc\\passwd',
    '/playground/playground-manifest.json',
    '/playground/index.html',
    '/playground/no-such-file.js',
    '/playground/playground.js.gz',
    '/playground/playground.handler.js',
  ])('refuses %s', async (p) => {
    const res = await rawGet(server.url, p);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('root:');
  });

  it('leaves other paths to the rest of the server', async () => {
    const handler = createPlaygroundHandler(assetDir);
    for (const url of ['/graphql', '/healthz', '/playground', '/playgroundx/a.js', '/index.html']) {
      const res = { writeHead: jest.fn(), end: jest.fn() } as unknown as http.ServerResponse;
      expect(handler({ url, method: 'GET', headers: {} } as http.IncomingMessage, res)).toBe(false);
      expect(res.writeHead).not.toHaveBeenCalled();
    }
  });

  it('answers 503 with build instructions when the assets are not built', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'kg-playground-empty-'));
    const unbuilt = await startServer(empty);
    try {
      const res = await rawGet(unbuilt.url, '/');
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.body).toContain('npm run build');
    } finally {
      await unbuilt.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
