import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect, test } from 'vitest';

// `npm run bench` runs its TypeScript in plain Node, which strips the types but resolves imports only as written:
// a relative import without its `.ts` stops the bench before it measures anything.

/** Every relative import in `file` and the files it imports, with whether Node finds the file as written. */
function relativeImports(file: string, seen = new Set<string>()): { from: string; specifier: string; found: boolean }[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    const target = join(dirname(file), specifier);
    const found = existsSync(target);
    const here = { from: relative('.', file), specifier, found };
    return found && target.endsWith('.ts') ? [here, ...relativeImports(target, seen)] : [here];
  });
}

test('the bench’s modules import one another by file name, as plain Node needs', () => {
  const imports = relativeImports('tests/bench/run.ts');
  expect(imports.length).toBeGreaterThan(5);
  expect(imports.filter((i) => !i.found).map((i) => `${i.from}: ${i.specifier}`)).toEqual([]);
});
