import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { parseExportArgs, UsageError } from '../../src/export/cliArgs';

const run = promisify(execFile);

/** The command as npm runs it: this Node, the entry file, the arguments after `--`. */
async function exportCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['src/export/cli.ts', ...args], {
      env: { ...process.env, SITE_URL: 'https://charts.example.org' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the export command’s arguments', () => {
  test('expand "all" to every chart, language and format, at each chart’s last step', () => {
    const plan = parseExportArgs(['--chart', 'all', '--lang', 'all', '--format', 'all'], charts);
    if (plan === 'help') throw new Error('expected a plan');
    expect(plan.jobs).toHaveLength(charts.length * 2 * 3);
    expect(plan.jobs.find((j) => j.chartId === 'gpu-fleets')?.step).toBe(2);
    expect(plan).toMatchObject({ out: 'exports', layout: 'standard', scale: 2, theme: 'light' });
  });

  test('count steps from 1, as the page does, and default the phone layout to 3× PNGs', () => {
    const plan = parseExportArgs(['--chart', 'timeline', '--lang', 'zh', '--format', 'png', '--step', '1', '--layout', 'phone'], charts);
    if (plan === 'help') throw new Error('expected a plan');
    expect(plan.jobs).toEqual([{ chartId: 'timeline', locale: 'zh', step: 0, stepCount: 4, format: 'png' }]);
    expect(plan.scale).toBe(3);
  });

  test.each([
    [['--chart', 'pie', '--lang', 'en', '--format', 'svg'], 'Unknown chart "pie". Choose one of: timeline, chip-thresholds'],
    [['--chart', 'all', '--lang', 'fr', '--format', 'svg'], 'Unknown lang "fr". Choose one of: en, zh, all'],
    [['--chart', 'all', '--lang', 'en', '--format', 'gif'], 'Unknown format "gif". Choose one of: svg, png, csv, all'],
    [
      ['--chart', 'all', '--lang', 'en', '--format', 'svg', '--step', '4'],
      '--step 4 is past the end of gpu-fleets (3 steps), mmlu-scores (3 steps), nvidia-segments (3 steps)',
    ],
    [['--chart', 'timeline', '--lang', 'en', '--format', 'svg', '--step', '0'], '--step must be a whole number from 1, got "0"'],
    [['--lang', 'en', '--format', 'svg'], '--chart is required'],
    [['--chart', 'timeline', '--lang', 'en', '--format', 'svg', '--colour', 'red'], "Unknown option '--colour'"],
  ])('refuse %j with a message that says what is wrong', (args, message) => {
    expect(() => parseExportArgs(args, charts)).toThrow(UsageError);
    expect(() => parseExportArgs(args, charts)).toThrow(message);
  });
});

describe('npm run export', () => {
  test('writes each language and format of a chart at the step asked for, and reports its progress', async () => {
    const out = mkdtempSync(join(tmpdir(), 'export-cli-'));
    const { code, stdout, stderr } = await exportCommand('--chart', 'training-days', '--lang', 'all', '--format', 'all', '--step', '2', '--out', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\[1\/6\] training-days en step 2\/6 svg → .*training-days-en-step-2\.svg \(\d+ KB\) in [\d.]+ s$/m);
    expect(stdout).toMatch(/^\[6\/6\] training-days zh step 2\/6 csv → .*\.csv \(\d+ KB\), .*\.json \(\d+ KB\)/m);
    expect(stdout).toMatch(/^Wrote 6 exports to /m);
    const names = readdirSync(out).sort();
    expect(names).toEqual(['en', 'zh'].flatMap((l) => ['csv', 'json', 'png', 'svg'].map((f) => `training-days-${l}-step-2.${f}`)));

    const svg = readFileSync(join(out, 'training-days-zh-step-2.svg'), 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="720" height="\d+"/);
    expect(svg).toContain('data-step="1"');
    expect(svg).toContain('https://charts.example.org/zh/#training-days-caption');
    const png = readFileSync(join(out, 'training-days-en-step-2.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1440);
    const csv = readFileSync(join(out, 'training-days-zh-step-2.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(JSON.parse(readFileSync(join(out, 'training-days-zh-step-2.json'), 'utf8'))).toMatchObject({
      step: { number: 2, of: 6 },
      file: 'training-days-zh-step-2.csv',
    });
    rmSync(out, { recursive: true, force: true });
  }, 90_000);

  test('fails with exit code 2 and the usage on an unknown chart, language, format or step', async () => {
    const results = await Promise.all([
      exportCommand('--chart', 'pie', '--lang', 'en', '--format', 'svg'),
      exportCommand('--chart', 'timeline', '--lang', 'fr', '--format', 'svg'),
      exportCommand('--chart', 'timeline', '--lang', 'en', '--format', 'gif'),
      exportCommand('--chart', 'timeline', '--lang', 'en', '--format', 'svg', '--step', '9'),
    ]);
    const messages = ['Unknown chart "pie"', 'Unknown lang "fr"', 'Unknown format "gif"', '--step 9 is past the end of timeline (4 steps)'];
    results.forEach(({ code, stdout, stderr }, i) => {
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`export: ${messages[i]}`);
      expect(stderr).toContain('Usage: npm run export -- --chart <id|all>');
    });
  }, 90_000);
});
