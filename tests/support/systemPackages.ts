// What the tests need that npm cannot install, got from Debian's packages before `npm test` runs (the `pretest`
// script): a Chromium for the browser tests, Java for the Nu HTML checker, Noto CJK for Chinese glyphs in the
// drawings and exports, librsvg and Inkscape for the exported SVGs' renderer checks. Where something is missing
// and this process may install it (root, or sudo without a password, on a system with apt-get), it installs it;
// otherwise it stops and names the packages.
import { execFileSync, spawnSync } from 'node:child_process';
import { chromiumExecutable } from './chromium.ts';

const succeeds = (command: string, args: string[]): boolean => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const onPath = (command: string): boolean => succeeds('sh', ['-c', `command -v ${command}`]);

const needs = [
  { debian: 'chromium', what: 'a Chromium for the browser tests', present: () => chromiumExecutable() !== undefined },
  { debian: 'default-jre-headless', what: 'Java 17 or later for the Nu HTML checker', present: () => onPath('java') },
  {
    debian: 'fonts-noto-cjk',
    what: 'Noto Sans CJK, the Chinese face the drawings are checked in',
    present: () => onPath('fc-list') && /Noto Sans CJK/i.test(execFileSync('fc-list', { encoding: 'utf8' })),
  },
  { debian: 'librsvg2-bin', what: 'rsvg-convert, to check exported SVGs render as in Chromium', present: () => onPath('rsvg-convert') },
  { debian: 'inkscape', what: 'Inkscape, to check exported SVGs open as they are drawn', present: () => onPath('inkscape') },
];

const missing = needs.filter((need) => !need.present());
if (missing.length > 0) {
  const packages = missing.map((need) => need.debian);
  const asRoot = process.getuid?.() === 0;
  // sudo starts from a clean environment: the frontend that keeps apt-get from asking questions is passed through it.
  const prefix = asRoot ? [] : succeeds('sudo', ['-n', 'true']) ? ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive'] : undefined;
  if (!onPath('apt-get') || prefix === undefined) {
    console.error(
      [
        'The tests need what npm cannot install:',
        ...missing.map((need) => `  ${need.what} (Debian: ${need.debian})`),
        onPath('apt-get') ? `Install them with: sudo apt-get install ${packages.join(' ')}` : 'Install them with your system’s package manager.',
        'then run npm test again.',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log(`Installing with apt-get: ${packages.join(' ')}`);
  const apt = (...args: string[]) => {
    const [command, ...rest] = [...prefix, 'apt-get', ...args];
    execFileSync(command!, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  apt('update', '-qq');
  apt('install', '-y', '-qq', '--no-install-recommends', ...packages);
  // A package can install and still not give what is needed (a Chromium that is only a stub for another installer).
  const stillMissing = missing.filter((need) => !need.present());
  if (stillMissing.length > 0) {
    console.error(`Installed, but still missing: ${stillMissing.map((need) => need.what).join('; ')}.`);
    process.exit(1);
  }
}
