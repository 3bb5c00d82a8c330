#!/usr/bin/env node
/**
 * Builds the offline GraphiQL playground into dist/playground/ (served by
 * src/playground/playground.handler.ts at `/` and `/playground/*`).
 *
 *   node scripts/build-playground.mjs [--outdir DIR] [--queries DIR]
 *
 * Output: index.html, playground.js (+ .css), the three Monaco web workers, a gzip copy of each,
 * and playground-manifest.json, the allow-list of files the handler may serve. The folder is
 * shared with the server's tsc output (dist/playground/playground.handler.js), so this script never
 * empties it: it only replaces the files of its previous build.
 *
 * Nothing is loaded from a CDN at build time or at run time: GraphiQL, React and Monaco come from
 * node_modules, and GraphiQL's CSS carries its fonts as data: URIs.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync, constants as zlib } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    outdir: { type: 'string', default: path.join(root, 'dist', 'playground') },
    queries: { type: 'string', default: path.join(root, 'docs', 'queries') },
  },
});
const outdir = path.resolve(args.outdir);
const queriesDir = path.resolve(args.queries);
const MANIFEST = 'playground-manifest.json';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const started = performance.now();

/** docs/queries/*.graphql, one tab each (file name = tab label); `<name>.variables.json` is optional. */
async function readExamples() {
  if (!existsSync(queriesDir)) return [];
  const files = (await readdir(queriesDir)).filter((f) => f.endsWith('.graphql')).sort();
  return Promise.all(
    files.map(async (name) => {
      const query = await readFile(path.join(queriesDir, name), 'utf8');
      const varsFile = path.join(queriesDir, name.replace(/\.graphql$/, '.variables.json'));
      const variables = existsSync(varsFile) ? await readFile(varsFile, 'utf8') : null;
      return { name, query, variables };
    }),
  );
}

/** `graphql-ws` is only needed for websocket subscriptions, which the playground does not use. */
const stubGraphqlWs = {
  name: 'stub-graphql-ws',
  setup(build) {
    build.onResolve({ filter: /^graphql-ws$/ }, () => ({ path: 'graphql-ws', namespace: 'stub' }));
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export function createClient() { throw new Error("websocket subscriptions are not supported in this playground"); }',
      loader: 'js',
    }));
  },
};

/**
 * Monaco's ESM files import their own CSS, but graphiql/style.css already contains all of Monaco's
 * CSS (plus the codicon font as a data: URI), so those imports are dropped to avoid shipping it twice.
 */
const dropMonacoCss = {
  name: 'drop-monaco-css',
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (a) =>
      a.importer.includes(`${path.sep}node_modules${path.sep}monaco-editor${path.sep}`) ? { path: a.path, namespace: 'empty-css' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'empty-css' }, () => ({ contents: '', loader: 'css' }));
  },
};

const common = {
  bundle: true,
  minify: true,
  target: ['chrome111', 'firefox115', 'safari16.4', 'edge111'],
  platform: 'browser',
  logLevel: 'warning',
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
};

const examples = await readExamples();
const examplesHash = createHash('sha256').update(JSON.stringify(examples)).digest('hex').slice(0, 12);

await mkdir(outdir, { recursive: true });

const [app, workers] = await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { playground: path.join(root, 'src/playground/client/index.tsx') },
    outdir,
    format: 'esm',
    jsx: 'automatic',
    tsconfig: path.join(root, 'src/playground/client/tsconfig.json'),
    define: {
      ...common.define,
      __PLAYGROUND_EXAMPLES__: JSON.stringify(examples),
      __PLAYGROUND_EXAMPLES_HASH__: JSON.stringify(examplesHash),
    },
    // GraphiQL's CSS inlines its fonts/images as data: URIs; anything else referenced by CSS is
    // copied next to the bundle (same origin).
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
    assetNames: '[name]-[hash]',
    plugins: [stubGraphqlWs, dropMonacoCss],
  }),
  // Classic (non-module) workers: started by MonacoEnvironment.getWorker in the client.
  esbuild.build({
    ...common,
    entryPoints: {
      'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
    },
    outdir,
    format: 'iife',
    absWorkingDir: root,
  }),
]);

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>News Knowledge Graph · GraphQL playground</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="playground/playground.css" />
    <script type="module" src="playground/playground.js"></script>
  </head>
  <body>
    <div id="graphiql"><p class="kg-loading">Loading the GraphQL playground…</p></div>
    <noscript>The GraphQL playground needs JavaScript. The API itself is at <code>/graphql</code>.</noscript>
  </body>
</html>
`;
await writeFile(path.join(outdir, 'index.html'), INDEX_HTML);

const built = new Set(['index.html']);
for (const meta of [app.metafile, workers.metafile]) {
  for (const out of Object.keys(meta.outputs)) built.add(path.relative(outdir, path.resolve(root, out)));
}

const files = {};
for (const name of [...built].sort()) {
  const ext = path.extname(name);
  const type = CONTENT_TYPES[ext];
  if (!type) throw new Error(`build-playground: no content type for ${name}`);
  const body = await readFile(path.join(outdir, name));
  const entry = { type, bytes: body.length, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
  if (/\.(html|js|css|svg|ttf)$/.test(name) && body.length > 1024) {
    const gz = gzipSync(body, { level: zlib.Z_BEST_COMPRESSION });
    await writeFile(path.join(outdir, `${name}.gz`), gz);
    entry.gzipBytes = gz.length;
  }
  files[name] = entry;
}

// Remove what the previous build wrote and this one did not (never anything else in the folder).
const manifestPath = path.join(outdir, MANIFEST);
if (existsSync(manifestPath)) {
  try {
    const previous = JSON.parse(await readFile(manifestPath, 'utf8'));
    for (const [name, entry] of Object.entries(previous.files ?? {})) {
      if (name in files || name.includes('/') || name.includes('..')) continue;
      await rm(path.join(outdir, name), { force: true });
      if (entry.gzipBytes) await rm(path.join(outdir, `${name}.gz`), { force: true });
    }
  } catch {
    // unreadable old manifest: leave old files alone
  }
}
await writeFile(manifestPath, `${JSON.stringify({ builtAt: new Date().toISOString(), examples: examples.map((e) => e.name), files }, null, 2)}\n`);

const kib = (n) => `${(n / 1024).toFixed(0).padStart(6)} KiB`;
let total = 0;
let totalGz = 0;
console.log(`playground → ${path.relative(process.cwd(), outdir) || '.'}`);
for (const [name, e] of Object.entries(files)) {
  total += e.bytes;
  totalGz += e.gzipBytes ?? e.bytes;
  console.log(`  ${name.padEnd(24)} ${kib(e.bytes)}${e.gzipBytes ? `  (gzip ${kib(e.gzipBytes).trim()})` : ''}`);
}
console.log(
  `  ${'total'.padEnd(24)} ${kib(total)}  (gzip ${kib(totalGz).trim()}); ` +
    `${examples.length ? `${examples.length} example(s) from ${path.relative(root, queriesDir)}` : 'no example files: built-in Health example'}; ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
