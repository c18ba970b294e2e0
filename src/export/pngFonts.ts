import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { woffToSfnt } from './woff';

/** Debian's fonts-noto-cjk: Chinese, and every symbol the charts use, in the two weights they use. */
const cjkFiles = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'];
export const cjkFamily = 'Noto Sans CJK SC';

/** The site's own Latin face, as the page loads it (@fontsource/noto-sans), in the weights the page loads. */
const siteLatin = ['noto-sans-latin-400-normal.woff', 'noto-sans-latin-700-normal.woff'];

/**
 * The font files a PNG is drawn with: the site's Noto Sans for Latin text (converted from WOFF once, into the
 * temporary folder), then Noto Sans CJK for Chinese. resvg reads each glyph from its file, so the small Latin
 * files keep English charts fast; the CJK files are large, and a Chinese chart takes a few seconds.
 */
export function pngFontFiles(): string[] {
  const missing = cjkFiles.filter((file) => !existsSync(file));
  if (missing.length > 0)
    throw new Error(`PNG export needs the Noto CJK fonts (Debian: apt-get install fonts-noto-cjk); missing ${missing.join(', ')}`);
  // Resolved from the project, wherever the build runs its bundled code.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const source = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
  const { version } = JSON.parse(readFileSync(join(source, '..', 'package.json'), 'utf8')) as { version: string };
  const cache = join(tmpdir(), `chart-export-fonts-${version}`);
  mkdirSync(cache, { recursive: true });
  const latin = siteLatin.map((name) => {
    const target = join(cache, name.replace(/\.woff$/, '.ttf'));
    if (!existsSync(target)) writeFileSync(target, woffToSfnt(readFileSync(join(source, name))));
    return target;
  });
  return [...latin, ...cjkFiles];
}
