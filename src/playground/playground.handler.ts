import { createReadStream, readFileSync, statSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

/**
 * The offline GraphiQL playground: static files built by `scripts/build-playground.mjs`
 * (`npm run build`) into dist/playground/.
 *
 * Only files listed in the build's manifest are ever served. That is the path-traversal guard (no
 * path from the URL reaches the file system unless it is one of those names) and it also keeps the
 * server's own compiled files, which tsc writes into the same folder, from being served.
 */

/** Default asset folder: `<repo>/dist/playground`, both from src/playground (ts-jest/ts-node) and dist/playground. */
const DEFAULT_ASSET_DIR = path.resolve(__dirname, '..', '..', 'dist', 'playground');
const MANIFEST = 'playground-manifest.json';

/**
 * Content-Security-Policy for every playground response: everything from this origin only.
 * - default-src 'self': scripts, the bundle, workers, fetches to /graphql: same origin, nothing else.
 * - script-src 'self': no inline script, no eval (the bundle needs neither).
 * - worker-src 'self': Monaco's web workers are same-origin files (see the client's
 *   MonacoEnvironment.getWorker), so no blob: workers are needed.
 * - style-src 'self' 'unsafe-inline': Monaco injects <style> elements at run time (themes, token
 *   colours, decorations) and has no nonce hook; style cannot run code, so this is the one relaxation.
 * - font-src / img-src 'self' data:: GraphiQL's CSS embeds its fonts (Roboto, Fira Code, codicons)
 *   and a few icons as data: URIs, which is what makes the page work without a font CDN; the page's
 *   empty favicon is `data:,` too.
 * - connect-src 'self': the fetcher posts to this origin's /graphql only.
 * - object-src/base-uri/form-action 'none', frame-ancestors 'none': no plugins, no <base> hijack,
 *   no form posts, no framing (clickjacking).
 */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': PLAYGROUND_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

interface AssetEntry {
  type: string;
  bytes: number;
  etag: string;
  gzipBytes?: number;
}

interface Manifest {
  files: Record<string, AssetEntry>;
}

/** The manifest, re-read when the build rewrites it; `null` when the playground is not built. */
function manifestLoader(assetDir: string): () => Manifest | null {
  const file = path.join(assetDir, MANIFEST);
  let cached: { mtimeMs: number; manifest: Manifest } | null = null;
  return () => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      cached = null;
      return null;
    }
    if (cached?.mtimeMs === mtimeMs) return cached.manifest;
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>;
      if (!parsed.files || typeof parsed.files !== 'object') return null;
      cached = { mtimeMs, manifest: { files: parsed.files } };
      return cached.manifest;
    } catch {
      return null; // half-written during a rebuild: next request tries again
    }
  };
}

/** `/` → index.html, `/playground/<name>` → `<name>`; `undefined` for paths that are not ours. */
function assetNameFor(pathname: string): string | null | undefined {
  if (pathname === '/') return 'index.html';
  if (pathname === '/playground' || !pathname.startsWith('/playground/')) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice('/playground/'.length));
  } catch {
    return null;
  }
  // Flat folder: a valid name has no separators, no `..`, no NUL. Anything else is refused outright
  // (the manifest lookup would refuse it as well).
  if (!name || name.includes('/') || name.includes('\\') || name.includes('..') || name.includes('\0')) return null;
  if (name === 'index.html' || name === MANIFEST) return null;
  return name;
}

function sendText(res: http.ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(text)),
    ...extra,
  });
  res.end(text);
}

function acceptsGzip(req: http.IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part
      .toLowerCase()
      .split(';')
      .map((p) => p.trim());
    if (coding !== 'gzip') return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function etagMatches(req: http.IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/** Serves the bundled playground: GET / and GET /playground/*; returns false for any other path. */
export function createPlaygroundHandler(assetDir: string = DEFAULT_ASSET_DIR): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const root = path.resolve(assetDir);
  const loadManifest = manifestLoader(root);

  return (req, res) => {
    const rawPath = (req.url ?? '/').split('?', 1)[0] ?? '/';
    let pathname: string;
    try {
      pathname = new URL(rawPath, 'http://localhost').pathname;
    } catch {
      return false;
    }
    // The URL parser resolves `..` (also `%2e%2e` and `\`), which could turn a traversal attempt
    // into some other path; refuse any such request under our prefix before that happens.
    const traversal = /^[/\\]playground[/\\]/i.test(rawPath) && /\.\.|%2e|\\/i.test(rawPath);
    const name = traversal ? null : assetNameFor(pathname);
    if (name === undefined) return false;

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return true;
    }
    if (name === null) {
      sendText(res, 404, 'Not Found\n');
      return true;
    }

    const manifest = loadManifest();
    if (!manifest) {
      sendText(
        res,
        503,
        'The GraphQL playground is not built.\n' +
          'Run `npm run build` (or `npm run build:playground`) and reload this page.\n' +
          'The GraphQL API itself is available at /graphql.\n',
        { 'Retry-After': '30' },
      );
      return true;
    }

    const entry = Object.prototype.hasOwnProperty.call(manifest.files, name) ? manifest.files[name] : undefined;
    if (!entry) {
      sendText(res, 404, 'Not Found\n');
      return true;
    }
    const file = path.resolve(root, name);
    if (path.dirname(file) !== root) {
      // cannot happen for manifest names written by the build; belt and braces
      sendText(res, 404, 'Not Found\n');
      return true;
    }

    // Names are not content-hashed, so browsers revalidate every time (cheap 304s via the ETag).
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'Content-Type': entry.type,
      'Cache-Control': 'no-cache',
      ETag: entry.etag,
      Vary: 'Accept-Encoding',
    };
    if (etagMatches(req, entry.etag)) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }

    const gzip = entry.gzipBytes !== undefined && acceptsGzip(req);
    const bodyFile = gzip ? `${file}.gz` : file;
    let size: number;
    try {
      size = statSync(bodyFile).size;
    } catch {
      sendText(res, 503, 'The GraphQL playground build is incomplete. Run `npm run build` and reload.\n');
      return true;
    }
    if (gzip) headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = String(size);
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    const stream = createReadStream(bodyFile);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
    return true;
  };
}
