import { get } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chooseEncoding, startServer, type StaticServer } from '../support/server';

test('the bench sends Brotli where the browser takes it, as the host does, then gzip, then the file as it is', () => {
  expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
  expect(chooseEncoding('gzip, deflate')).toBe('gzip');
  expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
  expect(chooseEncoding('identity')).toBeUndefined();
  expect(chooseEncoding('')).toBeUndefined();
});

let dir: string;
let server: StaticServer;
const page = `<!doctype html><title>t</title>${'<p>A paragraph the compressors can shrink.</p>'.repeat(200)}`;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
  writeFileSync(join(dir, 'index.html'), page);
  server = await startServer({ root: dir, compress: true });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a page comes back in the encoding asked for, and decodes to the file', async () => {
  const fetchRaw = (acceptEncoding: string) =>
    new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      get(`${server.origin}/`, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  const br = await fetchRaw('gzip, br');
  expect(br.encoding).toBe('br');
  expect(brotliDecompressSync(br.body).toString()).toBe(page);
  const gzip = await fetchRaw('gzip');
  expect(gzip.encoding).toBe('gzip');
  expect(gunzipSync(gzip.body).toString()).toBe(page);
  const plain = await fetchRaw('identity');
  expect(plain.encoding).toBeUndefined();
  expect(plain.body.toString()).toBe(page);
});
