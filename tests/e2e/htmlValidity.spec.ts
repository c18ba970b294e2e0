import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtHtmlFiles } from './pages';

const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

test('every built page is valid HTML (Nu HTML Checker)', () => {
  const files = builtHtmlFiles();
  expect(files.length).toBeGreaterThan(0);
  let report = '';
  try {
    execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'text', ...files], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    report = String((error as { stderr?: string }).stderr ?? error);
  }
  expect(report).toBe('');
});
