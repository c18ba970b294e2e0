import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { builtHtmlFiles } from '../support/builtSite';

const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

// The checker starts a JVM and reads every page: it can take a minute on a busy two-core machine.
test('every built page is valid HTML (Nu HTML Checker)', { timeout: 120_000 }, async () => {
  const files = builtHtmlFiles();
  expect(files.length).toBeGreaterThan(0);
  let report = '';
  try {
    // Ended before the test's timeout, so that a hung checker fails the test with a message rather than outliving it.
    await promisify(execFile)('java', ['-jar', vnuJar, '--errors-only', '--format', 'text', ...files], { encoding: 'utf8', timeout: 110_000 });
  } catch (error) {
    // A checker that fails without a report (no java, killed) must fail the test too: hence || rather than ??.
    report = (error as { stderr?: string }).stderr || String(error);
  }
  expect(report).toBe('');
});
