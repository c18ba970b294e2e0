// A static file server on loopback that gzips text the way a static host does, so the bench loads pages
// with the bytes a reader's browser would receive.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv', '.txt']);

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
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

/** Serves root on 127.0.0.1:port until close() is called. */
export async function serveStatic(root: string, port: number): Promise<StaticServer> {
  const base = normalize(root).replace(/[\\/]$/, '');
  const cache = new Map<string, { body: Buffer; gzipped: boolean }>();
  const server: Server = createServer(async (request, response) => {
    const file = await resolveFile(base, request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file);
    const gzipped = compressible.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const key = `${file}|${gzipped}`;
    let entry = cache.get(key);
    if (!entry) {
      const raw = await readFile(file);
      entry = { body: gzipped ? gzipSync(raw, { level: 9 }) : raw, gzipped };
      cache.set(key, entry);
    }
    response.writeHead(200, {
      'content-type': types[ext] ?? 'application/octet-stream',
      'content-length': entry.body.length,
      // Hashed assets may be cached for good, as a static host would; pages are revalidated.
      'cache-control': file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(entry.gzipped ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : entry.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
