import type http from 'node:http';
import type { DatabaseGateway } from '../db/gateway';
import { KgError } from '../errors';
import type { Logger } from '../logger';
import { parseExportRequest } from './export.request';
import { ExportAbortedError, openExport, writeChunks, type ExportDownload } from './export.service';

/** Serves GET /export/{format}; resolves false when the path is not an export's. */
export type ExportHandler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean>;

const STATUS_OF_CODE: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, SERVICE_UNAVAILABLE: 503 };

function sendError(res: http.ServerResponse, status: number, body: Record<string, unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function formatOf(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * GET /export/{format}?article=ID | ?entity=ID&depth=N [&file=nodes|relationships]: the graph,
 * an article's part of it or an entity's neighbourhood, as a download streamed while it is read.
 * Mistakes are 400 and unknown ids 404, with a JSON body saying which parameter and why; both are
 * found before the first byte is sent. A failure after that can only cut the download short.
 */
export function createExportHandler(gateway: DatabaseGateway, logger: Logger, options: { pageSize?: number } = {}): ExportHandler {
  return async (req, res, url) => {
    const match = /^\/export(?:\/([^/]*))?\/?$/.exec(url.pathname);
    if (!match) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendError(res, 405, { error: `${req.method ?? ''} is not allowed on ${url.pathname}; use GET`, code: 'METHOD_NOT_ALLOWED' });
      return true;
    }
    const started = Date.now();
    let download: ExportDownload;
    try {
      const request = parseExportRequest(
        formatOf(match[1] ?? ''),
        {
          article: url.searchParams.get('article'),
          entity: url.searchParams.get('entity'),
          depth: url.searchParams.get('depth'),
          file: url.searchParams.get('file'),
        },
        { needsCsvFile: true },
      );
      download = await openExport(gateway, request, options);
    } catch (error) {
      if (error instanceof KgError) {
        sendError(res, STATUS_OF_CODE[error.code] ?? 400, { error: error.message, code: error.code, ...error.extensions });
        return true;
      }
      throw error;
    }
    res.writeHead(200, {
      'content-type': download.contentType,
      'content-disposition': `attachment; filename="${download.fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    try {
      const bytes = await writeChunks(download.chunks, res);
      res.end();
      logger.info({ export: download.fileName, bytes, ms: Date.now() - started }, 'export sent');
    } catch (error) {
      if (error instanceof ExportAbortedError) logger.info({ export: download.fileName }, 'export aborted by the client');
      else logger.error({ err: error, export: download.fileName }, 'export failed after it had started; the download is cut short');
      // Headers are sent: destroying the socket is the only way left to tell the client it is incomplete.
      res.destroy();
    }
    return true;
  };
}
