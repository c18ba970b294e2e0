// Lighthouse with its mobile defaults (simulated slow 4G, 4x CPU), run as its CLI runs it: a fresh Chromium
// per run, launched by chrome-launcher from the path given; the median run of several is kept.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumArgs } from '../support/chromium.ts';

const run = promisify(execFile);
const cli = fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'));

export interface LighthouseSummary {
  /** 0-100, of the median run. */
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Every run's score, in run order, to show the spread. */
  runScores: number[];
  benchmarkIndex: number;
  hostUserAgent: string;
  lighthouseVersion: string;
  /** The median run's longest main-thread tasks, to say what to fix. */
  longestTasks: { url: string; durationMs: number }[];
}

type Result = Parameters<typeof computeMedianRun>[0][number];

const numeric = (lhr: Result, audit: string): number => lhr.audits[audit]?.numericValue ?? Number.NaN;

function summarise(median: Result, runs: Result[]): LighthouseSummary {
  const tasks = (median.audits['long-tasks']?.details as { items?: { url: string; duration: number }[] } | undefined)?.items ?? [];
  return {
    score: Math.round((median.categories['performance']?.score ?? 0) * 100),
    fcpMs: numeric(median, 'first-contentful-paint'),
    lcpMs: numeric(median, 'largest-contentful-paint'),
    tbtMs: numeric(median, 'total-blocking-time'),
    cls: numeric(median, 'cumulative-layout-shift'),
    speedIndexMs: numeric(median, 'speed-index'),
    runScores: runs.map((r) => Math.round((r.categories['performance']?.score ?? 0) * 100)),
    benchmarkIndex: median.environment.benchmarkIndex,
    hostUserAgent: median.environment.hostUserAgent,
    lighthouseVersion: median.lighthouseVersion,
    longestTasks: tasks.slice(0, 5).map((t) => ({ url: t.url, durationMs: Math.round(t.duration) })),
  };
}

/** Runs Lighthouse `runs` times on url with the given Chromium and summarises the median run. */
export async function lighthouseMedian(url: string, chromePath: string, runs = 3): Promise<LighthouseSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  try {
    const results: Result[] = [];
    for (let i = 0; i < runs; i++) {
      const output = join(dir, `run-${i}.json`);
      await run(
        process.execPath,
        [
          cli,
          url,
          '--quiet',
          '--only-categories=performance',
          '--output=json',
          `--output-path=${output}`,
          `--chrome-path=${chromePath}`,
          `--chrome-flags=${chromiumArgs.join(' ')}`,
        ],
        {
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const lhr = JSON.parse(readFileSync(output, 'utf8')) as Result;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      results.push(lhr);
    }
    return summarise(computeMedianRun(results), results);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
