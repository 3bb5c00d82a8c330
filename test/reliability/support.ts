import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig, type AppConfig } from '../../src/config';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded-neo4j';
import type { Logger } from '../../src/logger';

/** A pino logger whose JSON lines are kept (parsed, and as raw text) for assertions. */
export function capturingLogger(): { logger: Logger; lines: Record<string, unknown>[]; text: () => string } {
  const raw: string[] = [];
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString('utf8');
      raw.push(text);
      for (const line of text.split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  // Same options as src/logger.ts (redaction included), so the test sees what production would log.
  const logger = pino({ level: 'debug', base: undefined, redact: ['apiKey', 'password', '*.password', 'headers["x-api-key"]'] }, sink) as unknown as Logger;
  return { logger, lines, text: () => raw.join('') };
}

/** A service configuration for tests: loopback, any free port, no seed, production unless overridden. */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({ HOST: '127.0.0.1', PORT: '0', KG_LOAD_SEED: 'false', NODE_ENV: 'production', KG_MUTATION_RATE_LIMIT: '0', ...env });
}

/** POSTs to /graphql and returns the status, parsed body, headers and time taken. */
export async function postGraphQL(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: any; headers: Headers; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    // Raw bytes go as they are (the invalid UTF-8 tests need that).
    body: typeof body === 'string' ? body : body instanceof Uint8Array ? (body as unknown as BodyInit) : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { unparsed: text };
  }
  return { status: response.status, json, headers: response.headers, ms: Date.now() - started };
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A Neo4j of the test's own, on its own temporary data dir and a fixed Bolt port, that the test
 * may stop, kill and start again: the same store, the same port, the same password.
 */
export class OwnNeo4j {
  readonly dataDir = mkdtempSync(path.join(tmpdir(), 'kg-reliability-neo4j-'));
  current?: EmbeddedNeo4j;
  starts = 0;

  constructor(readonly boltPort: number) {}

  static async create(): Promise<OwnNeo4j> {
    return new OwnNeo4j(await freePort());
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.boltPort}`;
  }

  async start(): Promise<EmbeddedNeo4j> {
    this.current = await startEmbeddedNeo4j({ dataDir: this.dataDir, boltPort: this.boltPort, heap: '384m' });
    this.starts++;
    return this.current;
  }

  async stop(): Promise<void> {
    await this.current?.stop();
    this.current = undefined;
  }

  /** SIGKILL of the JVM: no shutdown, no flush; the next start recovers from the transaction log. */
  async kill(): Promise<void> {
    const running = this.current;
    if (!running) return;
    process.kill(running.pid, 'SIGKILL');
    await running.stop(); // returns once the JVM's exit is seen
    this.current = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Polls `probe` until it returns true or `timeoutMs` passes; returns the time it took. */
export async function waitFor(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await probe().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Appends one figure to the run's reliability figures (printed on stderr, collected by RELIABILITY.md). */
export function reportFigure(name: string, value: unknown): void {
  process.stderr.write(`[reliability] ${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}\n`);
}
