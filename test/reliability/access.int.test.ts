/**
 * Who may do what: writes need the API key and the key never reaches the log; reads can be
 * closed by configuration; CORS is off unless configured and never allows credentials; the
 * HTTP server and the embedded Neo4j listen on loopback only; mutations are rate-limited per client.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import * as http from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { Writable } from 'node:stream';
import pino from 'pino';
import { startService, type RunningService } from '../../src/app';
import { loadConfig, parseCorsOrigins } from '../../src/config';
import type { DatabaseGateway } from '../../src/db/gateway';
import { RateLimiter } from '../../src/http/rate-limit';
import type { Logger } from '../../src/logger';
import { loadDocument } from '../../src/loading/loader';
import { clearGraph, connectTestGateway, graphCounts } from '../support/database';
import { smallDocument } from '../support/fixtures';
import { generatedDocument } from './documents';
import { postGraphQL, testConfig } from './support';

const API_KEY = 'write-key-7f3a9c1e5b2d4680aa';
const READ_KEY = 'read-key-0b8e2f4a6c1d3957bb';
const READ = '{ article(id: "access-base") { id } }';
const REMOVE_UNKNOWN = 'mutation { removeArticle(id: "no-such-article") { id } }';

let gateway: DatabaseGateway;

beforeAll(async () => {
  gateway = await connectTestGateway();
  await clearGraph(gateway);
  await loadDocument(gateway, smallDocument('access-base'));
});
afterAll(async () => {
  await gateway.close();
});

async function withService<T>(env: Record<string, string>, work: (service: RunningService) => Promise<T>, logger?: Logger): Promise<T> {
  const service = await startService(testConfig(env), gateway, logger ?? (pino({ level: 'silent' }) as unknown as Logger));
  try {
    return await work(service);
  } finally {
    await service.close();
  }
}

/** A logger with NO redaction that keeps every line: proves the key is never handed to it. */
function rawLogger(): { logger: Logger; text: () => string } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: pino({ level: 'trace' }, sink) as unknown as Logger, text: () => chunks.join('') };
}

describe('the API key', () => {
  it('is required for every mutation, and is never written to the log, whatever happens to the request', async () => {
    const { logger, text } = rawLogger();
    await withService(
      { KG_API_KEY: API_KEY, KG_READ_API_KEY: READ_KEY, NODE_ENV: 'development' },
      async (service) => {
        const load = 'mutation L($d: JSONObject!) { loadArticleDocument(document: $d) { id status } }';
        for (const key of [undefined, 'wrong', READ_KEY, API_KEY.toUpperCase(), API_KEY.slice(0, -1)]) {
          const { json } = await postGraphQL(
            service.url,
            { query: load, variables: { d: generatedDocument('access-written') } },
            key === undefined ? {} : { 'x-api-key': key },
          );
          if (key === undefined) expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
          else expect(json.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
        }
        expect((await graphCounts(gateway)).byLabel.Article).toBe(1);
        // Accepted, failing and malformed requests, all carrying the key.
        const keyed = { 'x-api-key': API_KEY };
        expect(
          (await postGraphQL(service.url, { query: load, variables: { d: generatedDocument('access-written') } }, keyed)).json.data.loadArticleDocument.status,
        ).toBe('CREATED');
        await postGraphQL(service.url, { query: load, variables: { d: { article: 1 } } }, keyed);
        await postGraphQL(service.url, { query: REMOVE_UNKNOWN }, keyed);
        await postGraphQL(service.url, { query: 'mutation { removeArticle(id: "access-written") { id } }' }, keyed);
        await postGraphQL(service.url, '{not json', keyed);
        await postGraphQL(service.url, { query: '{ nope }' }, keyed);
        await postGraphQL(service.url, { query: READ }, { 'x-api-key': READ_KEY });
        await fetch(`${service.url}/nowhere`, { headers: keyed });
      },
      logger,
    );
    const log = text();
    expect(log).toMatch(/graphql operation/);
    expect(log).not.toContain(API_KEY);
    expect(log).not.toContain(READ_KEY);
    expect(log).not.toContain(API_KEY.slice(0, 12));
  });
});

describe('reads', () => {
  it('are open by default', async () => {
    await withService({ KG_API_KEY: API_KEY }, async (service) => {
      expect((await postGraphQL(service.url, { query: READ })).json.data.article).toEqual({ id: 'access-base' });
    });
  });

  it('need a key with KG_REQUIRE_KEY_FOR_READS=true: 401 UNAUTHENTICATED without it, for queries and GET alike', async () => {
    await withService({ KG_API_KEY: API_KEY, KG_REQUIRE_KEY_FOR_READS: 'true' }, async (service) => {
      for (const headers of [{}, { 'x-api-key': 'wrong' }] as Record<string, string>[]) {
        const { status, json } = await postGraphQL(service.url, { query: READ }, headers);
        expect(status).toBe(401);
        expect(json.errors[0]).toEqual({
          message: 'This server needs an API key for every request: send it in the x-api-key header',
          extensions: { code: 'UNAUTHENTICATED' },
        });
      }
      const viaGet = await fetch(`${service.url}/graphql?query=${encodeURIComponent(READ)}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(viaGet.status).toBe(401);
      expect((await postGraphQL(service.url, { query: READ }, { 'x-api-key': API_KEY })).json.data.article).toEqual({ id: 'access-base' });
      // Probes stay open for the orchestrator.
      expect((await fetch(`${service.url}/health`)).status).toBe(200);
    });
  });

  it('with KG_READ_API_KEY accept that key for queries, but it cannot write', async () => {
    await withService({ KG_API_KEY: API_KEY, KG_READ_API_KEY: READ_KEY }, async (service) => {
      expect((await postGraphQL(service.url, { query: READ })).status).toBe(401);
      expect((await postGraphQL(service.url, { query: READ }, { 'x-api-key': READ_KEY })).json.data.article).toEqual({ id: 'access-base' });
      const write = await postGraphQL(service.url, { query: 'mutation { removeArticle(id: "access-base") { id } }' }, { 'x-api-key': READ_KEY });
      expect(write.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await postGraphQL(service.url, { query: READ }, { 'x-api-key': API_KEY })).json.data.article).toEqual({ id: 'access-base' });
    });
  });
});

describe('CORS', () => {
  const ORIGIN = 'https://app.example.org';

  async function preflight(url: string, origin: string): Promise<Response> {
    return fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key' },
    });
  }
  /** The access-control-* headers of a response (the DOM lib here has no Headers iterator). */
  const corsEntries = (headers: Headers): Record<string, string> => {
    const found: Record<string, string> = {};
    headers.forEach((value, name) => {
      if (name.startsWith('access-control-')) found[name] = value;
    });
    return found;
  };
  const corsHeaders = (headers: Headers): string[] => Object.keys(corsEntries(headers));

  it('is off by default: no CORS header at all, and preflights are refused', async () => {
    await withService({}, async (service) => {
      const answer = await postGraphQL(service.url, { query: READ }, { origin: ORIGIN });
      expect(answer.json.data.article).toEqual({ id: 'access-base' });
      expect(corsHeaders(answer.headers)).toEqual([]);
      const refusedPreflight = await preflight(service.url, ORIGIN);
      expect(refusedPreflight.status).toBe(403);
      expect(corsHeaders(refusedPreflight.headers)).toEqual([]);
      expect(await refusedPreflight.json()).toEqual({ error: `Cross-origin requests from ${ORIGIN} are not allowed (KG_CORS_ORIGINS)` });
    });
  });

  it('allows only the listed origins, echoing the origin, never with credentials', async () => {
    await withService({ KG_CORS_ORIGINS: `${ORIGIN}, http://localhost:5173` }, async (service) => {
      const allowed = await postGraphQL(service.url, { query: READ }, { origin: ORIGIN });
      expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(allowed.headers.get('vary')).toMatch(/Origin/i);
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
      const other = await postGraphQL(service.url, { query: READ }, { origin: 'https://evil.example.com' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();

      const ok = await preflight(service.url, ORIGIN);
      expect(ok.status).toBe(204);
      expect(corsEntries(ok.headers)).toEqual({
        'access-control-allow-origin': ORIGIN,
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'content-type, x-api-key, apollo-require-preflight, x-apollo-operation-name',
        'access-control-max-age': '600',
        'access-control-expose-headers': 'retry-after',
      });
      expect((await preflight(service.url, 'https://evil.example.com')).status).toBe(403);
    });
  });

  it('with "*" allows any origin, still never with credentials', async () => {
    await withService({ KG_CORS_ORIGINS: '*' }, async (service) => {
      const answer = await postGraphQL(service.url, { query: READ }, { origin: 'https://anywhere.example.net' });
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      const ok = await preflight(service.url, 'https://anywhere.example.net');
      expect(ok.headers.get('access-control-allow-origin')).toBe('*');
      expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    });
  });

  it('refuses a misconfigured origin list at start-up, saying what an origin looks like', () => {
    expect(() => parseCorsOrigins('https://app.example.org/')).toThrow(
      'KG_CORS_ORIGINS: "https://app.example.org/" is not an origin; write scheme://host[:port] with no path',
    );
    expect(() => parseCorsOrigins('*, https://a.example')).toThrow('"*" cannot be combined with other origins');
    expect(parseCorsOrigins(undefined)).toEqual([]);
  });
});

describe('network exposure', () => {
  const nonLoopbackAddresses = (): string[] =>
    Object.values(networkInterfaces())
      .flat()
      // Link-local IPv6 addresses need a scope id to be dialled; every other address is tried.
      .filter((a) => a !== undefined && !a.internal && !a.address.startsWith('fe80:'))
      .map((a) => a!.address);

  function connectable(host: string, port: number): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = connect({ host, port, timeout: 2_000 });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
    });
  }

  /** Listening TCP sockets from /proc/net/tcp{,6}: address, port and inode. */
  function listeningSockets(): { address: string; port: number; inode: string }[] {
    const sockets = [];
    for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
      for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
        const fields = line.trim().split(/\s+/);
        const [addressHex, portHex] = fields[1]!.split(':');
        if (fields[3] !== '0A') continue; // LISTEN
        const address =
          addressHex!.length === 8
            ? addressHex!
                .match(/../g)!
                .reverse()
                .map((b) => parseInt(b, 16))
                .join('.')
            : addressHex === '00000000000000000000000001000000'
              ? '::1'
              : addressHex === '0000000000000000FFFF00000100007F'
                ? '::ffff:127.0.0.1'
                : addressHex === '00000000000000000000000000000000'
                  ? '::'
                  : `ipv6:${addressHex}`;
        sockets.push({ address, port: parseInt(portHex!, 16), inode: fields[9]! });
      }
    }
    return sockets;
  }

  function socketInodesOf(pid: string): Set<string> {
    const inodes = new Set<string>();
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match) inodes.add(match[1]!);
      } catch {
        // The descriptor closed while we looked.
      }
    }
    return inodes;
  }

  const isLoopback = (address: string): boolean => address.startsWith('127.') || address === '::1' || address === '::ffff:127.0.0.1';

  it('the embedded Neo4j listens on loopback only (every port of its JVM), and its password is not on its command line', () => {
    const boltPort = Number(new URL(process.env.KG_TEST_NEO4J_URI!.replace(/^bolt/, 'http')).port);
    const sockets = listeningSockets();
    const bolt = sockets.find((s) => s.port === boltPort);
    expect(bolt).toBeDefined();
    const pid = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .find((candidate) => {
        try {
          return socketInodesOf(candidate).has(bolt!.inode);
        } catch {
          return false;
        }
      });
    if (!pid || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('kg.launcher.EmbeddedNeo4j')) {
      // NEO4J_URI or a container: not the embedded Neo4j, nothing of ours to check.
      return;
    }
    const inodes = socketInodesOf(pid);
    const jvmListeners = sockets.filter((s) => inodes.has(s.inode));
    expect(jvmListeners.length).toBeGreaterThanOrEqual(1);
    for (const listener of jvmListeners) expect({ ...listener, loopback: isLoopback(listener.address) }).toMatchObject({ loopback: true });
    expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).not.toContain(process.env.KG_TEST_NEO4J_PASSWORD!);
  });

  it("the embedded Neo4j cannot be reached on the machine's other addresses", async () => {
    const boltPort = Number(new URL(process.env.KG_TEST_NEO4J_URI!.replace(/^bolt/, 'http')).port);
    for (const address of nonLoopbackAddresses()) expect(await connectable(address, boltPort)).toBe(false);
    expect(await connectable('127.0.0.1', boltPort)).toBe(true);
  });

  it('the HTTP server binds 127.0.0.1 by default and cannot be reached on other addresses', async () => {
    const config = loadConfig({ PORT: '0', KG_LOAD_SEED: 'false' });
    expect(config.host).toBe('127.0.0.1');
    const service = await startService(config, gateway, pino({ level: 'silent' }) as unknown as Logger);
    try {
      const port = Number(new URL(service.url).port);
      expect(service.url).toBe(`http://localhost:${port}`);
      expect(
        listeningSockets()
          .filter((s) => s.port === port)
          .map((s) => s.address),
      ).toEqual(['127.0.0.1']);
      for (const address of nonLoopbackAddresses()) expect(await connectable(address, port)).toBe(false);
    } finally {
      await service.close();
    }
  });

  it('secrets come from the environment only: nothing has a default key or password', () => {
    const config = loadConfig({});
    expect([config.apiKey, config.readApiKey, config.neo4j]).toEqual([undefined, undefined, undefined]);
    expect(config.requireKeyForReads).toBe(false);
  });
});

describe('mutation rate limit (KG_MUTATION_RATE_LIMIT)', () => {
  /** POST from a chosen loopback source address, so two "clients" can be told apart. */
  function postFrom(
    localAddress: string,
    url: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<{ status: number; json: any; retryAfter?: string }> {
    return new Promise((resolve, reject) => {
      const text = JSON.stringify(body);
      const request = http.request(
        `${url}/graphql`,
        { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              json: JSON.parse(Buffer.concat(chunks).toString('utf8')),
              retryAfter: response.headers['retry-after'] as string | undefined,
            }),
          );
        },
      );
      request.on('error', reject);
      request.end(text);
    });
  }

  it('answers 429 RATE_LIMITED with Retry-After past the limit, for that client only, and leaves queries alone', async () => {
    await withService({ KG_API_KEY: API_KEY, KG_MUTATION_RATE_LIMIT: '5' }, async (service) => {
      const url = service.url.replace('localhost', '127.0.0.1');
      const keyed = { 'x-api-key': API_KEY };
      for (let i = 0; i < 5; i++) expect((await postFrom('127.0.0.1', url, { query: REMOVE_UNKNOWN }, keyed)).json.errors[0].extensions.code).toBe('NOT_FOUND');
      const limited = await postFrom('127.0.0.1', url, { query: REMOVE_UNKNOWN }, keyed);
      expect(limited.status).toBe(429);
      expect(limited.retryAfter).toMatch(/^\d+$/);
      expect(limited.json.errors[0]).toMatchObject({
        message: expect.stringMatching(/^Too many writes: this client may send 5 mutations a minute \(KG_MUTATION_RATE_LIMIT\); retry in \d+ s$/),
        extensions: { code: 'RATE_LIMITED' },
      });
      expect((await postFrom('127.0.0.1', url, { query: READ }, {})).json.data.article).toEqual({ id: 'access-base' });
      expect((await postFrom('127.0.0.2', url, { query: REMOVE_UNKNOWN }, keyed)).json.errors[0].extensions.code).toBe('NOT_FOUND');
    });
  });

  it('refills at the configured rate and forgets the idlest clients beyond its cap', () => {
    let now = 0;
    const limiter = new RateLimiter(60, () => now, 2);
    for (let i = 0; i < 60; i++) expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    limiter.take('b');
    limiter.take('c'); // evicts 'a', the idlest: it starts again with a full bucket
    expect(limiter.take('a').allowed).toBe(true);
    expect(new RateLimiter(0).take('x').allowed).toBe(true);
  });
});
