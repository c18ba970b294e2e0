import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';

const run = promisify(execFile);

/**
 * A fontconfig setup that offers the command-line renderers and Chromium exactly the fonts resvg is given, so
 * that a difference in the pictures is a difference in how the SVG was read, not in which fonts were found.
 */
export function fontconfigEnvironment(folder: string, fontFiles: readonly string[]): NodeJS.ProcessEnv {
  mkdirSync(folder, { recursive: true });
  const dirs = [...new Set(fontFiles.map((file) => dirname(file)))];
  const file = join(folder, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${dirs.map((d) => `  <dir>${d}</dir>`).join('\n')}\n  <cachedir>${join(folder, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  return { ...process.env, FONTCONFIG_FILE: file };
}

export async function commandExists(command: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

export async function renderWithRsvg(svgFile: string, pngFile: string, env: NodeJS.ProcessEnv): Promise<void> {
  await run('rsvg-convert', ['--format', 'png', '--output', pngFile, svgFile], { env });
}

export async function renderWithInkscape(svgFile: string, pngFile: string, env: NodeJS.ProcessEnv): Promise<void> {
  await run('inkscape', ['--export-type=png', `--export-filename=${pngFile}`, '--export-dpi=96', svgFile], {
    env: { ...env, HOME: dirname(pngFile) },
  });
}

/** Chromium's drawing of the SVG file opened on its own, at one CSS pixel per SVG pixel. */
export async function renderInChromium(page: Page, svgFile: string, width: number, height: number): Promise<Buffer> {
  await page.setViewportSize({ width, height });
  await page.goto(`file://${svgFile}`);
  return page.screenshot({ clip: { x: 0, y: 0, width, height } });
}

/**
 * The share of pixels, in percent, that differ between two PNGs of the same size by more than anti-aliasing:
 * a pixel counts only if no pixel within one step of it in the other picture is within 64 of it on every channel.
 * Decoded and compared in the browser page, which reads PNG without any extra package.
 */
export async function mismatchPercent(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([first, second]) => {
      const decode = async (base64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return { width: bitmap.width, height: bitmap.height, pixels: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
      };
      const [p, q] = [await decode(first), await decode(second)];
      if (p.width !== q.width || p.height !== q.height) throw new Error(`sizes differ: ${p.width}×${p.height} and ${q.width}×${q.height}`);
      const { width, height } = p;
      const near = (from: Uint8ClampedArray, to: Uint8ClampedArray, x: number, y: number) => {
        const i = (y * width + x) * 4;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const [nx, ny] = [x + dx, y + dy];
            if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
            const j = (ny * width + nx) * 4;
            if (Math.abs(from[i]! - to[j]!) <= 64 && Math.abs(from[i + 1]! - to[j + 1]!) <= 64 && Math.abs(from[i + 2]! - to[j + 2]!) <= 64)
              return true;
          }
        }
        return false;
      };
      let different = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) if (!near(p.pixels, q.pixels, x, y) || !near(q.pixels, p.pixels, x, y)) different++;
      }
      return (100 * different) / (width * height);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}
