import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

const wranglerBin = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin/wrangler.js');

/** E2E_PAGES_PORT when set, else a port the system says is free now. */
async function pagesPort(): Promise<number> {
  if (process.env['E2E_PAGES_PORT']) return Number(process.env['E2E_PAGES_PORT']);
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface PagesDev {
  origin: string;
  stop: () => void;
}

/**
 * dist/ served by `wrangler pages dev`: Cloudflare's workerd runtime applying public/_headers as the host does.
 * The directory and compatibility date come from wrangler.jsonc; nothing here needs the network.
 */
export async function startPagesDev(): Promise<PagesDev> {
  const port = await pagesPort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      wranglerBin,
      'pages',
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      '0',
      '--show-interactive-dev-session=false',
      '--log-level',
      'warn',
    ],
    {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so stopping it stops workerd too.
      detached: true,
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler pages dev exited with code ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${origin}/en/`)).ok) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`wrangler pages dev did not answer on ${origin} within 90 s:\n${output}`);
}
