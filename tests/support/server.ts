// The one HTTP server of the tests and the bench, on loopback at a port of its own (another origin than any other):
// the built site as a plain static host serves it, optionally compressed as the site's host does, and pages made up
// by a test (a writer's page pasting our embed code, with that page's own headers). Cloudflare sends Brotli to
// browsers that ask for it and gzip to the rest; it does not publish its Brotli level, so quality 4, a low one that
// flatters no page, is taken.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  // No charset, as the plainest static host sends scripts: a page in a legacy encoding then decodes them in its own.
  '.js': 'text/javascript',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv', '.txt']);

type Encoding = 'br' | 'gzip';
const encoders: Record<Encoding, (raw: Buffer) => Buffer> = {
  br: (raw) => brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
  gzip: (raw) => gzipSync(raw, { level: 9 }),
};

/** Brotli where the browser accepts it, as the host prefers; then gzip; otherwise the file as it is. */
export function chooseEncoding(acceptEncoding: string): Encoding | undefined {
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().split(/\s*;\s*q=/))
      .filter(([, q]) => q === undefined || Number(q) > 0)
      .map(([name]) => name?.toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** A page a test makes up, served at its path with its own headers (a Content-Security-Policy, say). */
export interface MadeUpPage {
  body: string | Buffer;
  headers?: Record<string, string>;
}

export interface ServerOptions {
  /** Files served from this folder; directories serve their index.html; nothing escapes it. */
  root?: string;
  /** 0 (the default) asks the system for a free port. */
  port?: number;
  /** Brotli or gzip where the browser asks for it, as the host does (the bench); otherwise files as they are. */
  compress?: boolean;
  /** Access-Control-Allow-Origin: * on every file, as the host sends on shared files. */
  cors?: boolean;
  /** Made-up pages by path, consulted before root. A test may add to it after the server has started. */
  pages?: Map<string, MadeUpPage>;
}

/** Maps a URL path to a file under root: directories serve their index.html; nothing escapes root. */
async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return resolveFile(root, `${decoded.replace(/\/?$/, '/')}index.html`);
  return info?.isFile() ? path : undefined;
}

/** Serves until close() is called. */
export async function startServer({ root, port = 0, compress = false, cors = false, pages }: ServerOptions): Promise<StaticServer> {
  const base = root === undefined ? undefined : normalize(root).replace(/[\\/]$/, '');
  const cache = new Map<string, { body: Buffer; encoding: Encoding | undefined }>();
  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    const pathname = new URL(request.url ?? '/', 'http://host').pathname;
    // A made-up page names no icon, so the browser asks for /favicon.ico: nothing is there, and nothing is missing.
    if (!base && pathname === '/favicon.ico') return void response.writeHead(204).end();
    const madeUp = pages?.get(pathname);
    if (madeUp) {
      const headers = Object.fromEntries(Object.entries(madeUp.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
      response.writeHead(200, { 'content-type': types[extname(pathname)] ?? types['.html']!, ...headers }).end(madeUp.body);
      return;
    }
    const file = base === undefined ? undefined : await resolveFile(base, request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file);
    const encoding = compress && compressible.has(ext) ? chooseEncoding(String(request.headers['accept-encoding'] ?? '')) : undefined;
    const key = `${file}|${encoding}`;
    let entry = cache.get(key);
    if (!entry) {
      const raw = await readFile(file);
      entry = { body: encoding ? encoders[encoding](raw) : raw, encoding };
      cache.set(key, entry);
    }
    response.writeHead(200, {
      'content-type': types[ext] ?? 'application/octet-stream',
      'content-length': entry.body.length,
      // Hashed assets may be cached for good, as a static host would; pages are revalidated.
      'cache-control': file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(entry.encoding ? { 'content-encoding': entry.encoding } : {}),
      ...(cors ? { 'access-control-allow-origin': '*' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : entry.body);
  };
  const server: Server = createServer((request, response) => {
    // A request the handler cannot answer (a malformed %-escape, a file gone mid-read) gets an error, not a dead server.
    serve(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(error instanceof URIError ? 400 : 500, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    // Port 0 asks the system for a free one: the origin names the port it gave.
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections from a browser would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

/** Someone else's site, on an origin of its own: each path serves the page a test gives it, with that page's headers. */
export async function madeUpSite(): Promise<StaticServer & { serve: (path: string, page: MadeUpPage) => string }> {
  const pages = new Map<string, MadeUpPage>();
  const server = await startServer({ pages });
  return {
    ...server,
    serve(path, page) {
      pages.set(path, page);
      return server.origin + path;
    },
  };
}
