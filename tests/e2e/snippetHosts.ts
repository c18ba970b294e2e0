import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** A server on a port of its own: another origin than the site under test. */
export interface Host {
  origin: string;
  close(): Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

async function start(handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>): Promise<Host> {
  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The built site as the plainest static host serves it: files and nothing else, CORS headers only if asked. */
export function staticSite(dir: string, { cors }: { cors: boolean }): Promise<Host> {
  return start(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file).catch(() => undefined);
    const headers: Record<string, string> = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' };
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    if (body) response.writeHead(200, headers).end(body);
    else response.writeHead(404, headers).end('Not found');
  });
}

export interface HostPage {
  html: string;
  headers?: Record<string, string>;
}

/** Someone else's site: each path serves the page it was given, with that page's headers (a CSP, say). */
export async function hostSite(): Promise<Host & { serve(path: string, page: HostPage): string }> {
  const pages = new Map<string, HostPage>();
  const host = await start(async (request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://host').pathname);
    if (!page) return void response.writeHead(404).end();
    const type = /\.css$/.test(request.url ?? '') ? 'text/css' : 'text/html; charset=utf-8';
    response.writeHead(200, { 'Content-Type': type, ...page.headers }).end(page.html);
  });
  return {
    ...host,
    serve(path, page) {
      pages.set(path, page);
      return host.origin + path;
    },
  };
}

/** The public origin a snippet was built for: that of its script. */
export function builtOrigin(snippet: string): string {
  const origin = /src="(https?:\/\/[^/"]+)/.exec(snippet)?.[1];
  if (!origin) throw new Error(`No script address in the snippet: ${snippet}`);
  return origin;
}

/** A manifest snippet pointed at wherever the test serves the site, instead of the public address it was built for. */
export function rehome(snippet: string, origin: string): string {
  return snippet.replaceAll(builtOrigin(snippet), origin);
}
