import * as http from 'node:http';
import { isUtf8 } from 'node:buffer';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { DatabaseGateway } from '../db/gateway';
import { migrationsUpToDate } from '../db/migrations';
import type { ExportHandler } from '../export/export.handler';
import type { Logger } from '../logger';
import { createRequestContext, type GraphQLContext } from '../graphql/context';
import { withRequestStats, type RequestStats } from '../graphql/plugins/request-stats';
import { corsResponseHeaders, preflightHeaders } from './cors';
import type { ServiceMetrics } from './metrics';

export interface HttpServerOptions {
  apollo: ApolloServer<GraphQLContext>;
  gateway: DatabaseGateway;
  logger: Logger;
  apiKey?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Served at /metrics (Prometheus text format) when given. */
  metrics?: ServiceMetrics;
  /** Serves the playground; returns false when the path is not its. */
  playground?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean;
  /** Key that reads accept besides `apiKey` (KG_READ_API_KEY). */
  readApiKey?: string;
  /** Answer 401 to any /graphql request without `apiKey` or `readApiKey` (KG_REQUIRE_KEY_FOR_READS). */
  requireKeyForReads?: boolean;
  /** Origins allowed to call cross-origin (KG_CORS_ORIGINS); empty or unset: no CORS headers. */
  corsOrigins?: string[];
  /** Longest article.text a load accepts (KG_MAX_ARTICLE_CHARS). */
  maxArticleChars?: number;
  /** Serves GET /export/{format} (GraphML, GEXF, Cytoscape JSON, JSON-LD, CSV) when given. */
  exports?: ExportHandler;
}

const DEFAULT_MAX_BODY_BYTES = 1_000_000;

/** Compares an offered API key with the configured one in constant time. */
export function apiKeyMatches(offered: string | undefined, configured: string | undefined): boolean {
  if (!configured || !offered) return false;
  // Hashing first gives equal-length buffers, so timingSafeEqual never leaks the key's length.
  const a = createHash('sha256').update(offered).digest();
  const b = createHash('sha256').update(configured).digest();
  return timingSafeEqual(a, b);
}

class BodyTooLargeError extends Error {}

/** Byte offset of the first byte that breaks UTF-8 in `bytes` (called only when isUtf8 said there is one). */
export function firstInvalidUtf8Offset(bytes: Buffer): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || offset + length > bytes.length) return offset;
    // Re-checking each character alone also catches overlong forms and encoded surrogates.
    if (!isUtf8(bytes.subarray(offset, offset + length))) return offset;
    offset += length;
  }
  return bytes.length;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) return reject(new BodyTooLargeError());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        reject(new BodyTooLargeError());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * The service's HTTP front: /graphql (Apollo), /health (alive), /ready (Neo4j reachable and
 * migrated), /metrics (Prometheus), and the playground at /. Plain node:http keeps the routes and
 * limits in view.
 */
export function createHttpServer(options: HttpServerOptions): http.Server {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const { apollo, gateway, logger } = options;

  async function handleGraphQL(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const offeredKey = typeof req.headers['x-api-key'] === 'string' ? req.headers['x-api-key'] : undefined;
    if (options.requireKeyForReads && !apiKeyMatches(offeredKey, options.apiKey) && !apiKeyMatches(offeredKey, options.readApiKey)) {
      req.resume();
      return sendJson(res, 401, {
        errors: [{ message: 'This server needs an API key for every request: send it in the x-api-key header', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      let bytes: Buffer;
      try {
        bytes = await readBody(req, maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          return sendJson(res, 413, { errors: [{ message: `Request body is larger than ${maxBodyBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        }
        throw error;
      }
      // Decoding would silently turn broken bytes into U+FFFD and store them: refuse them instead.
      if (!isUtf8(bytes)) {
        return sendJson(res, 400, {
          errors: [
            {
              message: `Request body is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)}); send JSON encoded as UTF-8`,
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        });
      }
      const raw = bytes.toString('utf8');
      try {
        body = raw.length > 0 ? JSON.parse(raw) : undefined;
      } catch (error) {
        return sendJson(res, 400, {
          errors: [{ message: `Request body is not valid JSON: ${(error as Error).message}`, extensions: { code: 'BAD_REQUEST' } }],
        });
      }
      // A batch would multiply every per-request limit (depth, cost, rate); Apollo refuses it too, tersely.
      if (Array.isArray(body)) {
        return sendJson(res, 400, {
          errors: [
            { message: 'Batched operations (a JSON array) are not accepted: send one operation per request', extensions: { code: 'BATCHING_NOT_SUPPORTED' } },
          ],
        });
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const stats: RequestStats = { roundTrips: 0 };
    const response = await withRequestStats(stats, () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        // One context per request: fresh DataLoaders, so nothing is cached across requests.
        context: async () =>
          createRequestContext({
            gateway,
            logger,
            authenticated: apiKeyMatches(offeredKey, options.apiKey),
            stats,
            clientAddress: req.socket.remoteAddress,
            maxArticleChars: options.maxArticleChars,
          }),
      }),
    );
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const corsOrigins = options.corsOrigins ?? [];
    const origin = req.headers.origin;
    if (req.method === 'OPTIONS') {
      const preflight = preflightHeaders(origin, corsOrigins);
      if (!preflight) {
        return sendJson(res, 403, {
          error: origin ? `Cross-origin requests from ${origin} are not allowed (KG_CORS_ORIGINS)` : 'OPTIONS is only answered to CORS preflights',
        });
      }
      res.writeHead(204, preflight);
      res.end();
      return;
    }
    for (const [name, value] of Object.entries(corsResponseHeaders(origin, corsOrigins))) res.setHeader(name, value);
    if (url.pathname === '/graphql') return handleGraphQL(req, res, url);
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/metrics' && options.metrics) {
      const { contentType, body } = await options.metrics.text();
      res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    if (url.pathname === '/ready') {
      const reachable = await gateway.ping();
      const migrated = reachable && (await migrationsUpToDate(gateway).catch(() => false));
      return sendJson(res, reachable && migrated ? 200 : 503, { neo4j: reachable ? 'reachable' : 'unreachable', migrations: migrated ? 'applied' : 'pending' });
    }
    if (options.exports && /^\/export(\/|$)/.test(url.pathname)) {
      // An export is a read of the whole graph: it needs a key whenever GraphQL reads do.
      const offeredKey = typeof req.headers['x-api-key'] === 'string' ? req.headers['x-api-key'] : undefined;
      if (options.requireKeyForReads && !apiKeyMatches(offeredKey, options.apiKey) && !apiKeyMatches(offeredKey, options.readApiKey)) {
        return sendJson(res, 401, { error: 'This server needs an API key for every request: send it in the x-api-key header', code: 'UNAUTHENTICATED' });
      }
      if (await options.exports(req, res, url)) return;
    }
    if (options.playground?.(req, res)) return;
    sendJson(res, 404, { error: `Nothing at ${url.pathname}; GraphQL is at /graphql` });
  }

  return http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error, url: req.url }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal server error' });
      else res.end();
    });
  });
}
