import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { Socket } from 'node:net';
import * as path from 'node:path';

/** Neo4j Community release the launcher runs; keep in sync with neo4j.version in neo4j-launcher/pom.xml. */
export const EMBEDDED_NEO4J_VERSION = '5.26.30';

/** Options of {@link startEmbeddedNeo4j}. */
export interface EmbeddedNeo4jOptions {
  /** Neo4j home of this instance: databases, transaction logs, logs/ and the generated kg-password. */
  dataDir: string;
  /** Cache of the Neo4j jars and the compiled launcher, shared by all data dirs; default <repo>/.neo4j. */
  homeDir?: string;
  /** Neo4j page cache size, e.g. "64m" (default). */
  pageCache?: string;
  /** JVM maximum heap, e.g. "512m" (default). */
  heap?: string;
  /** Transaction timeout, e.g. "60s"; default "0" (none). */
  transactionTimeout?: string;
  /**
   * Bolt port on 127.0.0.1; default 0 (any free port). A restart on the same data dir can pass the
   * port of the previous run so that clients holding its URI reconnect without being told.
   */
  boltPort?: number;
  /** Receives progress lines meant for humans (download, compile, startup). */
  log?: (message: string) => void;
}

/** A running embedded Neo4j, reachable over Bolt on 127.0.0.1 only. */
export interface EmbeddedNeo4j {
  uri: string;
  username: string;
  password: string;
  version: string;
  pid: number;
  /** Shuts Neo4j down cleanly and waits for the JVM to exit (killing it if it hangs). */
  stop(): Promise<void>;
}

const READY_PREFIX = 'KG_NEO4J_READY ';
const READY_TIMEOUT_MS = 120_000;
/** After stdin EOF the launcher normally exits within a second; these bound a hung shutdown. */
const STOP_SIGTERM_AFTER_MS = 15_000;
const STOP_SIGKILL_AFTER_MS = 30_000;
const STDERR_TAIL_LINES = 40;
const LAUNCHER_CLASS = 'kg.launcher.EmbeddedNeo4j';
const USERNAME = 'neo4j';
const PASSWORD_FILE = 'kg-password';
const COMPLETE_MARKER = '.complete';

/** Where the repo's files are: found by walking up to neo4j-launcher/pom.xml, so src/ and dist/ both work. */
function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'neo4j-launcher', 'pom.xml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`neo4j-launcher/pom.xml not found above ${__dirname}`);
    dir = parent;
  }
}

interface Layout {
  pom: string;
  source: string;
  libDir: string;
  classesDir: string;
  /** The compiled launcher, as a jar: the JVM's class-data sharing archives accept jars only on the class path. */
  launcherJar: string;
  cdsDir: string;
}

function layout(homeDir: string | undefined): Layout {
  const root = repoRoot();
  const home = path.resolve(homeDir ?? path.join(root, '.neo4j'));
  return {
    pom: path.join(root, 'neo4j-launcher', 'pom.xml'),
    source: path.join(root, 'neo4j-launcher', 'src', 'main', 'java', 'kg', 'launcher', 'EmbeddedNeo4j.java'),
    libDir: path.join(home, 'lib', EMBEDDED_NEO4J_VERSION),
    classesDir: path.join(home, 'classes'),
    launcherJar: path.join(home, 'classes', 'kg-neo4j-launcher.jar'),
    cdsDir: path.join(home, 'cds'),
  };
}

/** A JDK tool from JAVA_HOME when set (what Maven uses too), else from PATH. */
function jdkTool(name: 'java' | 'javac' | 'jar'): string {
  const javaHome = process.env.JAVA_HOME;
  if (javaHome) {
    const candidate = path.join(javaHome, 'bin', process.platform === 'win32' ? `${name}.exe` : name);
    if (fs.existsSync(candidate)) return candidate;
  }
  return name;
}

let javaBannerCache: string | undefined;

/** What `java -version` prints (cached: it takes a JVM start), or undefined when java cannot be run. */
function javaBanner(): string | undefined {
  if (javaBannerCache === undefined) {
    const result = spawnSync(jdkTool('java'), ['-version'], { encoding: 'utf8', timeout: 30_000 });
    if (result.error || result.status !== 0) return undefined;
    javaBannerCache = `${result.stderr}${result.stdout}`.trim();
  }
  return javaBannerCache;
}

/** Major version of the java on hand, or undefined when it cannot be run. */
function javaMajorVersion(): number | undefined {
  // e.g. `openjdk version "17.0.15" 2025-04-15` or `java version "1.8.0_392"`
  const match = /version "(\d+)(?:\.(\d+))?/.exec(javaBanner() ?? '');
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

function commandRuns(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 60_000, shell: process.platform === 'win32' });
  return !result.error && result.status === 0;
}

function sha256(...parts: Array<string | Buffer>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/** Hash of the pom's content without comments and layout: editing a comment must not force a download. */
function pomHash(paths: Layout): string {
  const pom = fs.readFileSync(paths.pom, 'utf8');
  return sha256(
    pom
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

function jarsCached(paths: Layout): boolean {
  const marker = path.join(paths.libDir, COMPLETE_MARKER);
  return fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === pomHash(paths);
}

function sourceHash(paths: Layout): string {
  // The version is part of the hash: the class is compiled against that release's jars.
  return sha256(EMBEDDED_NEO4J_VERSION, '\0', fs.readFileSync(paths.source));
}

function classesCurrent(paths: Layout): boolean {
  const marker = path.join(paths.classesDir, COMPLETE_MARKER);
  return fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === sourceHash(paths);
}

/** Whether this machine can run the embedded Neo4j, and what to install if not. */
export function embeddedPrerequisites(homeDir?: string): { ok: boolean; missing: string[] } {
  const missing: string[] = [];
  const major = javaMajorVersion();
  if (major === undefined) {
    missing.push('java: no Java runtime found (JAVA_HOME or PATH); install JDK 17 or 21, e.g. `apt-get install openjdk-17-jdk-headless`');
  } else if (major < 17) {
    missing.push(`java: version ${major} found, Neo4j ${EMBEDDED_NEO4J_VERSION} needs 17 or 21; install JDK 17 and put it first on PATH or in JAVA_HOME`);
  }
  const paths = layout(homeDir);
  if (!jarsCached(paths) && !commandRuns('mvn', ['-v'])) {
    missing.push(
      `mvn: Maven is needed once to download Neo4j ${EMBEDDED_NEO4J_VERSION} from Maven Central into ${paths.libDir}; install it, e.g. \`apt-get install maven\``,
    );
  }
  if (!classesCurrent(paths) && !(commandRuns(jdkTool('javac'), ['-version']) && commandRuns(jdkTool('jar'), ['--version']))) {
    missing.push('javac, jar: a JDK (not only a JRE) is needed to compile the launcher once; install e.g. `apt-get install openjdk-17-jdk-headless`');
  }
  return { ok: missing.length === 0, missing };
}

/** Runs a command to completion, keeping the end of its output for the error message. */
function run(command: string, args: string[], what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => reject(new Error(`${what}: could not run ${command}: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${what} failed (${command} exited with ${code ?? signal}):\n${output.trim()}`));
    });
  });
}

/** Moves a finished temporary directory into place; losing a race to another process is fine if it finished too. */
function publish(tmpDir: string, finalDir: string, isDone: () => boolean): void {
  fs.chmodSync(tmpDir, 0o755); // mkdtemp makes it private; the cache is not secret
  fs.rmSync(finalDir, { recursive: true, force: true });
  try {
    fs.renameSync(tmpDir, finalDir);
  } catch (error) {
    fs.rmSync(tmpDir, { recursive: true, force: true });
    if (!isDone()) throw error;
  }
}

/**
 * Removes what interrupted runs left next to `target` (`<target>.partial-*`): a download or dump
 * cut short when Node was killed. The age check spares one that another process is writing now.
 */
function removeStalePartials(target: string): void {
  const dir = path.dirname(target);
  const prefix = `${path.basename(target)}.partial-`;
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (name.startsWith(prefix) && Date.now() - fs.statSync(file).mtimeMs > 10 * 60_000) {
      fs.rmSync(file, { recursive: true, force: true });
    }
  }
}

/** Downloads the jars (first start only) and compiles the launcher when its source changed. */
async function prepare(paths: Layout, log: (message: string) => void): Promise<void> {
  if (!jarsCached(paths)) {
    log(`Downloading Neo4j ${EMBEDDED_NEO4J_VERSION} from Maven Central (first start only, ~100 MB)...`);
    const started = Date.now();
    // Into a temporary sibling, published by rename only when complete: an interrupted download is redone.
    fs.mkdirSync(path.dirname(paths.libDir), { recursive: true });
    removeStalePartials(paths.libDir);
    const tmp = fs.mkdtempSync(`${paths.libDir}.partial-`);
    try {
      await run(
        'mvn',
        ['-q', '-B', '-f', paths.pom, 'dependency:copy-dependencies', `-DoutputDirectory=${tmp}`, '-DincludeScope=runtime'],
        `Downloading Neo4j ${EMBEDDED_NEO4J_VERSION} with Maven`,
      );
      fs.writeFileSync(path.join(tmp, COMPLETE_MARKER), `${pomHash(paths)}\n`);
      publish(tmp, paths.libDir, () => jarsCached(paths));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    log(`Neo4j jars ready in ${paths.libDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  if (!classesCurrent(paths)) {
    log('Compiling the Neo4j launcher...');
    const hash = sourceHash(paths);
    fs.mkdirSync(path.dirname(paths.classesDir), { recursive: true });
    removeStalePartials(paths.classesDir);
    const tmp = fs.mkdtempSync(`${paths.classesDir}.partial-`);
    try {
      const classes = path.join(tmp, 'classes');
      await run(
        jdkTool('javac'),
        ['--release', '17', '-nowarn', '-encoding', 'UTF-8', '-d', classes, '-cp', path.join(paths.libDir, '*'), paths.source],
        'Compiling neo4j-launcher',
      );
      await run(jdkTool('jar'), ['--create', '--file', path.join(tmp, path.basename(paths.launcherJar)), '-C', classes, '.'], 'Packaging neo4j-launcher');
      fs.rmSync(classes, { recursive: true, force: true });
      fs.writeFileSync(path.join(tmp, COMPLETE_MARKER), `${hash}\n`);
      publish(tmp, paths.classesDir, () => classesCurrent(paths));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
}

/**
 * JVM flags for class-data sharing: Neo4j loads ~20,000 classes, and an archive of them (written by
 * the JVM itself when the first instance exits) cuts later starts by a few seconds. The JVM checks
 * the archive against its class path and build and silently ignores one that does not match; the
 * key covers the JDK and launcher anyway, so an upgrade writes a fresh one instead.
 */
function classDataSharing(paths: Layout): { flags: string[]; publish: (log: (message: string) => void, stderrTail: string) => void } {
  // The JVM also rejects an archive whose jars were rewritten since: their mtimes are in the key too.
  const jarsWritten = [paths.launcherJar, path.join(paths.libDir, COMPLETE_MARKER)].map((f) => String(fs.statSync(f).mtimeMs));
  const key = sha256([javaBanner() ?? '', paths.libDir, ...jarsWritten].join('\0')).slice(0, 16);
  const archive = path.join(paths.cdsDir, `neo4j-${EMBEDDED_NEO4J_VERSION}-${key}.jsa`);
  if (fs.existsSync(archive)) return { flags: [`-XX:SharedArchiveFile=${archive}`], publish: () => {} };

  fs.mkdirSync(paths.cdsDir, { recursive: true });
  // Dumps of JVMs that never got to publish theirs (Node exited first, or the dump was cut short).
  removeStalePartials(archive);
  // Archives for an older JDK or launcher would never be used again, and each is ~100 MB.
  for (const name of fs.readdirSync(paths.cdsDir)) {
    if (name.endsWith('.jsa')) fs.rmSync(path.join(paths.cdsDir, name), { force: true });
  }
  const partial = `${archive}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  return {
    flags: [`-XX:ArchiveClassesAtExit=${partial}`],
    // Called after a clean JVM exit only: the dump is written last thing before the JVM exits.
    publish: (log, stderrTail) => {
      try {
        const size = fs.statSync(partial).size;
        if (size > 0) {
          fs.renameSync(partial, archive);
          log(`Class-data sharing archive written (${Math.round(size / 2 ** 20)} MB): later starts load Neo4j faster`);
          return;
        }
      } catch {
        // Reported below.
      }
      fs.rmSync(partial, { force: true });
      const cdsLines = stderrTail.split('\n').filter((line) => /\bcds\b/.test(line));
      log(`No class-data sharing archive was written this time; the next start tries again.${cdsLines.length ? `\n${cdsLines.join('\n')}` : ''}`);
    },
  };
}

/** The data dir's Neo4j password: generated on first use, kept in <dataDir>/kg-password (0600). */
function dataDirPassword(dataDir: string): { password: string; file: string } {
  const file = path.join(dataDir, PASSWORD_FILE);
  try {
    // 'wx' fails if the file exists, so two first starts cannot overwrite each other's password.
    const password = randomBytes(24).toString('base64url');
    fs.writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
    return { password, file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  fs.chmodSync(file, 0o600);
  const password = fs.readFileSync(file, 'utf8').trim();
  if (password.length < 8) {
    throw new Error(`${file} holds a password shorter than 8 characters; delete the file to generate a new one`);
  }
  return { password, file };
}

/** JVMs still running, killed when Node exits however it exits (uncaught exception included). */
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    // Only synchronous work is possible here. SIGTERM makes the launcher shut Neo4j down cleanly
    // (no store recovery next time); if Node was killed instead, stdin EOF does the same.
    for (const child of liveChildren) child.kill('SIGTERM');
  });
}

/** Keeps the last lines of the JVM's stderr for error messages; hands "kg-neo4j:" lines to log. */
function stderrCollector(child: ChildProcess, log: (message: string) => void): () => string {
  const lines: string[] = [];
  let partial = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (lines.length > STDERR_TAIL_LINES) lines.shift();
      if (line.startsWith('kg-neo4j: ')) log(line.slice('kg-neo4j: '.length));
    }
  });
  return () => [...lines, partial].join('\n').trim();
}

function unrefStream(stream: unknown): void {
  if (stream instanceof Socket) stream.unref();
}

/**
 * Starts Neo4j Community in a JVM bound to 127.0.0.1 on a free port (or `boltPort`), downloading
 * it on first use.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? ((): void => {});
  const prerequisites = embeddedPrerequisites(options.homeDir);
  if (!prerequisites.ok) {
    throw new Error(`Cannot start the embedded Neo4j:\n- ${prerequisites.missing.join('\n- ')}`);
  }
  const requestedPort = options.boltPort ?? 0;
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
    throw new Error(`boltPort must be a whole number from 0 to 65535 (0 = any free port), got ${requestedPort}`);
  }
  const paths = layout(options.homeDir);
  await prepare(paths, log);

  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const { password, file: passwordFile } = dataDirPassword(dataDir);

  const cds = classDataSharing(paths);
  const javaArgs = [
    `-Xmx${options.heap ?? '512m'}`,
    // Serial GC: smallest footprint, and pauses are irrelevant for a local development database.
    '-XX:+UseSerialGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-UsePerfData',
    // stdout carries the READY line only: JVM messages and JVM logging go to stderr, errors only
    // (the class-data sharing dump warns about every signed jar).
    '-XX:+DisplayVMOutputToStderr',
    '-Xlog:disable',
    '-Xlog:all=error:stderr',
    ...cds.flags,
    '-Dfile.encoding=UTF-8',
    '-cp',
    [path.join(paths.libDir, '*'), paths.launcherJar].join(path.delimiter),
    LAUNCHER_CLASS,
    '--data-dir',
    dataDir,
    '--bolt-host',
    '127.0.0.1',
    '--bolt-port',
    String(requestedPort),
    '--page-cache',
    options.pageCache ?? '64m',
    '--tx-timeout',
    options.transactionTimeout ?? '0',
    '--password-file',
    passwordFile,
  ];
  log(`Starting Neo4j ${EMBEDDED_NEO4J_VERSION} in ${dataDir}...`);
  const started = Date.now();
  // stdin stays an open pipe for the JVM's whole life: its EOF tells the launcher that we are gone.
  const child = spawn(jdkTool('java'), javaArgs, { stdio: ['pipe', 'pipe', 'pipe'] });
  installExitHook();
  liveChildren.add(child);
  const stderrTail = stderrCollector(child, log);
  // EPIPE when the JVM already died; the exit is reported through the 'exit' event instead.
  child.stdin?.on('error', () => {});

  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      liveChildren.delete(child);
      if (signal === null && code === 0) cds.publish(log, stderrTail());
      resolve();
    });
  });
  child.once('error', () => liveChildren.delete(child));

  const { boltPort, version } = await new Promise<{ boltPort: number; version: string }>((resolve, reject) => {
    let stdoutPartial = '';
    const fail = (reason: string): void => {
      clearTimeout(timer);
      const tail = stderrTail();
      const failureLine = tail.split('\n').find((line) => line.startsWith('kg-neo4j: startup failed:'));
      reject(new Error(`Embedded Neo4j ${reason}${failureLine ? `: ${failureLine.slice('kg-neo4j: '.length)}` : ''}\n--- JVM stderr (tail) ---\n${tail}`));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(`did not become ready within ${READY_TIMEOUT_MS / 1000} s`);
    }, READY_TIMEOUT_MS);
    child.once('error', (error) => fail(`could not be started (${error.message})`));
    child.once('exit', (code, signal) => fail(`exited during startup (${signal ?? `exit code ${code}`})`));
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (stdoutPartial + chunk.toString('utf8')).split('\n');
      stdoutPartial = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith(READY_PREFIX)) continue;
        clearTimeout(timer);
        try {
          const ready = JSON.parse(line.slice(READY_PREFIX.length)) as { boltPort?: unknown; version?: unknown };
          if (typeof ready.boltPort !== 'number' || typeof ready.version !== 'string') throw new Error('missing fields');
          resolve({ boltPort: ready.boltPort, version: ready.version });
        } catch (error) {
          child.kill('SIGKILL');
          reject(new Error(`Embedded Neo4j sent an unreadable ready line ${JSON.stringify(line)}: ${(error as Error).message}`));
        }
      }
    });
  });
  log(`Neo4j ${version} ready on bolt://127.0.0.1:${boltPort} after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // From here on the JVM alone must not keep Node running: if the caller never calls stop(),
  // Node still exits when its work is done and the exit hook (or stdin EOF) ends the JVM.
  child.unref();
  unrefStream(child.stdin);
  unrefStream(child.stdout);
  unrefStream(child.stderr);

  let stopping: Promise<void> | undefined;
  child.once('exit', (code, signal) => {
    if (!stopping) log(`Neo4j JVM exited unexpectedly (${signal ?? `exit code ${code}`}):\n${stderrTail()}`);
  });
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const term = setTimeout(() => child.kill('SIGTERM'), STOP_SIGTERM_AFTER_MS);
      const kill = setTimeout(() => child.kill('SIGKILL'), STOP_SIGKILL_AFTER_MS);
      child.stdin?.end(); // EOF: the launcher shuts Neo4j down cleanly and exits.
      try {
        await exited;
      } finally {
        clearTimeout(term);
        clearTimeout(kill);
      }
      log('Neo4j stopped');
    })();
    return stopping;
  };

  return { uri: `bolt://127.0.0.1:${boltPort}`, username: USERNAME, password, version, pid: child.pid ?? -1, stop };
}
