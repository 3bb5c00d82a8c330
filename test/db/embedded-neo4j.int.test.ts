import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';
import { EMBEDDED_NEO4J_VERSION, embeddedPrerequisites, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded-neo4j';

// Real JVM, real Neo4j: a cold cache downloads ~100 MB first, so allow for it.
jest.setTimeout(300_000);

const repoRoot = path.resolve(__dirname, '..', '..');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/** Local addresses of the TCP sockets that a process listens on, from /proc (Linux only). */
function listeningAddresses(pid: number): Array<{ address: string; port: number }> {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match?.[1]) inodes.add(match[1]);
    } catch {
      // The fd closed while we looked.
    }
  }
  const found: Array<{ address: string; port: number }> = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const row of readFileSync(table, 'utf8').trim().split('\n').slice(1)) {
      const cols = row.trim().split(/\s+/);
      const [localHex, state, inode] = [cols[1] ?? '', cols[3], cols[9] ?? ''];
      if (state !== '0A' || !inodes.has(inode)) continue; // 0A = LISTEN
      const [addrHex = '', portHex = ''] = localHex.split(':');
      found.push({ address: decodeProcAddress(addrHex), port: parseInt(portHex, 16) });
    }
  }
  return found;
}

/** /proc/net/tcp{,6} addresses are little-endian 32-bit words in hex. */
function decodeProcAddress(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((word) => (word.match(/../g) ?? []).reverse().map((b) => parseInt(b, 16)));
  if (bytes.length === 4) return bytes.join('.');
  // IPv4-mapped IPv6 (::ffff:a.b.c.d), which is how Java's dual-stack sockets show 127.0.0.1.
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
    return `::ffff:${bytes.slice(12).join('.')}`;
  }
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
}

it('downloads the Neo4j version that the Node side expects', () => {
  const pom = readFileSync(path.join(repoRoot, 'neo4j-launcher', 'pom.xml'), 'utf8');
  expect(/<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1]).toBe(EMBEDDED_NEO4J_VERSION);
});

const prerequisites = embeddedPrerequisites();
const describeIfJava = prerequisites.ok ? describe : describe.skip;
if (!prerequisites.ok) {
  console.warn(`embedded Neo4j tests skipped:\n- ${prerequisites.missing.join('\n- ')}`);
}

describeIfJava('embedded Neo4j', () => {
  const log = (message: string): void => console.log(`[embedded-neo4j] ${message}`);
  let dataDir: string;
  let db: EmbeddedNeo4j | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'kg-embedded-test-'));
  });

  afterEach(async () => {
    await db?.stop();
    db = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves Neo4j 5.26 over Bolt on 127.0.0.1 with a generated password, and stops', async () => {
    const started = Date.now();
    db = await startEmbeddedNeo4j({ dataDir, log });
    console.log(`embedded Neo4j ${db.version} (pid ${db.pid}) at ${db.uri}, ready in ${Date.now() - started} ms`);

    expect(db.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(db.username).toBe('neo4j');
    expect(db.password.length).toBeGreaterThanOrEqual(24);
    const passwordFile = path.join(dataDir, 'kg-password');
    expect(readFileSync(passwordFile, 'utf8').trim()).toBe(db.password);
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);

    const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
    try {
      const components = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
      const version = components.records[0]?.get('version') as string;
      console.log(`Neo4j version from dbms.components(): ${version} (${components.records[0]?.get('edition')})`);
      expect(version).toMatch(/^5\.26/);
      expect(db.version).toBe(version);

      await driver.executeQuery('CREATE (:EmbeddedProbe {name: $name})', { name: 'hello' });
      const read = await driver.executeQuery('MATCH (p:EmbeddedProbe) RETURN p.name AS name');
      expect(read.records.map((r) => r.get('name'))).toEqual(['hello']);
    } finally {
      await driver.close();
    }

    // Auth is on: neither the wrong password nor Neo4j's well-known initial one gets in.
    for (const password of ['wrong-password', 'neo4j']) {
      const intruder = neo4j.driver(db.uri, neo4j.auth.basic('neo4j', password));
      await expect(intruder.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
      await intruder.close();
    }

    if (process.platform === 'linux') {
      const port = Number(new URL(db.uri.replace('bolt:', 'http:')).port);
      const listening = listeningAddresses(db.pid);
      console.log(`JVM listens on: ${listening.map((l) => `${l.address}:${l.port}`).join(', ')}`);
      expect(listening.map((l) => l.port)).toContain(port);
      for (const socket of listening) expect(['127.0.0.1', '::ffff:127.0.0.1']).toContain(socket.address);
    }

    const pid = db.pid;
    await db.stop();
    db = undefined;
    expect(isAlive(pid)).toBe(false);
  });

  it('keeps data and the password across restarts, and refuses a second JVM on the same data dir', async () => {
    db = await startEmbeddedNeo4j({ dataDir, log });
    const first = { password: db.password };
    let driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
    await driver.executeQuery('CREATE (:Persisted {n: 42})');
    await driver.close();

    await expect(startEmbeddedNeo4j({ dataDir, log })).rejects.toThrow(/in use by another Neo4j process/);

    await db.stop();
    db = await startEmbeddedNeo4j({ dataDir, log });
    expect(db.password).toBe(first.password);
    driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
    try {
      const result = await driver.executeQuery('MATCH (p:Persisted) RETURN p.n AS n');
      expect(result.records.map((r) => r.get('n').toNumber())).toEqual([42]);
    } finally {
      await driver.close();
    }
  });

  it('does not outlive a parent Node process that is SIGKILLed', async () => {
    // The parent runs the TypeScript module directly, transpiled on require (no ts-node needed).
    const script = `
      const fs = require('fs');
      const ts = require('typescript');
      require.extensions['.ts'] = (module, filename) => {
        const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
          fileName: filename,
        });
        module._compile(out.outputText, filename);
      };
      const { startEmbeddedNeo4j } = require(${JSON.stringify(path.join(repoRoot, 'src', 'db', 'embedded-neo4j.ts'))});
      startEmbeddedNeo4j({ dataDir: process.argv[1] }).then((db) => {
        console.log(JSON.stringify({ pid: db.pid, uri: db.uri }));
        setInterval(() => {}, 60000); // stay alive until killed
      }, (error) => { console.error(error); process.exit(1); });
    `;
    const parent = spawn(process.execPath, ['-e', script, dataDir], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    parent.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const info = await new Promise<{ pid: number; uri: string }>((resolve, reject) => {
      let stdout = '';
      parent.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        const line = stdout.split('\n').find((l) => l.startsWith('{'));
        if (line) resolve(JSON.parse(line) as { pid: number; uri: string });
      });
      parent.once('exit', (code) => reject(new Error(`parent exited early (${code}): ${stderr}`)));
    });
    expect(isAlive(info.pid)).toBe(true);

    const killedAt = Date.now();
    parent.kill('SIGKILL'); // no exit hooks run: only the stdin EOF can tell the JVM
    const gone = await waitUntilGone(info.pid, 30_000);
    console.log(`JVM ${info.pid} exited ${Date.now() - killedAt} ms after its parent was SIGKILLed`);
    if (!gone) process.kill(info.pid, 'SIGKILL');
    expect(gone).toBe(true);
  });
});
