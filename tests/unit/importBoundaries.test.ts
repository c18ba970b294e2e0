import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The lint rules that keep a chart in its folder (eslint.config.js), run on made-up files at real paths.
const eslint = new ESLint();

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${source}';\nexport const y = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('a chart is reached only through its definition', () => {
  test.each([
    ['src/story/made-up.ts', '../charts/gpuFleets/state', /through its definition/],
    ['src/pages/[lang]/made-up.ts', '../../charts/trainingDays/prepare', /through its definition/],
    ['src/charts/registry-like.ts', './timeline/draw', /through its definition/],
    ['src/charts/gpuFleets/made-up.ts', '../timeline/layout', /does not import another/],
    ['src/charts/gpuFleets/browser/made-up.ts', '../../timeline/draw', /does not import another/],
    ['src/charts/shared/made-up.ts', '../scorecard/text', /does not import another/],
    ['src/charts/scorecard/made-up.ts', '../../story/values', /none of its consumers/],
    ['src/charts/definition-like.ts', '../export/paths', /none of its consumers/],
  ])('%s may not import %s', async (file, source, message) => {
    expect(await importErrors(file, source)).toEqual([expect.stringMatching(message)]);
  });

  test.each([
    ['src/story/made-up.ts', '../charts/registry'],
    ['src/export/made-up.ts', '../charts/timeline/door-timeline.definition'],
    ['src/share/made-up.ts', '../charts/shared/theme'],
    ['src/charts/gpuFleets/made-up.ts', '../shared/wrapLabel'],
    ['src/charts/gpuFleets/browser/made-up.ts', '../update'],
    ['src/charts/timeline/made-up.ts', '../../data/constants'],
  ])('%s may import %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
