/**
 * `npm start`'s process (src/main.ts) in production mode, as users run it: SIGTERM and SIGINT
 * stop it cleanly and promptly. Regression: Apollo's own termination-signal handlers raced
 * main.ts's shutdown and the process never exited.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../src/config';

jest.setTimeout(120_000);

// Inside the repository, so the bundle's `require`s of packages find node_modules.
const bundle = path.join(REPO_ROOT, 'dist', `shutdown-test-${process.pid}.js`);

beforeAll(() => {
  // The same bundling the soak and eval scripts use: the entry point as one file, packages external.
  const esbuild = spawnSync(
    path.join(REPO_ROOT, 'node_modules', '.bin', 'esbuild'),
    [
      path.join(REPO_ROOT, 'src', 'main.ts'),
      '--bundle',
      '--platform=node',
      '--target=node20',
      '--packages=external',
      `--outfile=${bundle}`,
      '--log-level=warning',
    ],
    { encoding: 'utf8' },
  );
  if (esbuild.status !== 0) throw new Error(`esbuild failed: ${esbuild.stderr}`);
});

afterAll(() => rmSync(bundle, { force: true }));

/** Starts the entry point against the test Neo4j and resolves with its URL once it serves. */
async function startMain(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [bundle], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      NEO4J_URI: process.env.KG_TEST_NEO4J_URI,
      NEO4J_USERNAME: process.env.KG_TEST_NEO4J_USERNAME,
      NEO4J_PASSWORD: process.env.KG_TEST_NEO4J_PASSWORD,
      KG_LOAD_SEED: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not serving after 60 s:\n${output}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before serving:\n${output}`)));
    const poll = setInterval(() => {
      const ready = /GraphQL ready at (http:\/\/\S+)\/graphql/.exec(output);
      if (!ready) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve(ready[1]!);
    }, 50);
  });
  return { child, url, output: () => output };
}

function exitOf(child: ChildProcess, withinMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running ${withinMs} ms after the signal`));
    }, withinMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ms: Date.now() - started });
    });
  });
}

describe.each(['SIGTERM', 'SIGINT'] as const)('the service process on %s', (signal) => {
  it('stops serving and exits with code 0 within 10 s', async () => {
    const { child, url, output } = await startMain();
    const answer = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(((await answer.json()) as { data: { health: { status: string } } }).data.health.status).toBe('ok');

    child.kill(signal);
    const exit = await exitOf(child, 10_000);
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(output()).toContain(`${signal} received; shutting down`);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  });
});
