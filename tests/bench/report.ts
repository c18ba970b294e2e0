// The bench's results as a reader sees them: the site against the usual way, and every page against targets.
import type { PageResult } from './measurePage.ts';
import { kilobytes } from './pageScripts.ts';
import type { TargetCheck } from './targets.ts';

export interface BenchResults {
  date: string;
  environment: {
    chromium: string;
    lighthouse: string;
    benchmarkIndex: number;
    node: string;
    cpu: string;
    cpus: number;
    /** One-minute load average when the run began and when it ended. */
    loadAverage: [number, number];
  };
  site: PageResult[];
  baseline: PageResult;
  /** The story's document alone: no styles, scripts or fonts. Older results have none. */
  control?: PageResult;
  targets: TargetCheck[];
}

const seconds = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`);
const millis = (ms: number | undefined) => (ms === undefined ? '—' : `${Math.round(ms)} ms`);
const count = (n: number | undefined) => (n === undefined ? '—' : String(n));

/** How many times more the usual way costs; where this site's cost is nil there is nothing to divide by. */
function ratio(ours: number | undefined, usual: number | undefined): string {
  if (ours === undefined || usual === undefined) return '—';
  if (ours <= 0) return usual > 0 ? 'only the usual way has any' : '—';
  return `${(usual / ours).toFixed(1)}×`;
}

interface Row {
  label: string;
  value: (page: PageResult) => number | undefined;
  format: (value: number | undefined) => string;
  /** Whether "usual ÷ this site" means something for this row. */
  ratio: boolean;
}

const comparisonRows: Row[] = [
  { label: 'First chart drawn (slow 4G, 4x CPU, median of 3)', value: (p) => p.firstChartMs, format: seconds, ratio: true },
  { label: 'JavaScript before any interaction (gzip)', value: (p) => p.bytes.initialJsGzip, format: (v) => kilobytes(v ?? 0), ratio: true },
  { label: 'JavaScript after reading the whole story (gzip)', value: (p) => p.bytes.totalJsGzip, format: (v) => kilobytes(v ?? 0), ratio: true },
  { label: 'HTML (gzip)', value: (p) => p.bytes.htmlGzip, format: (v) => kilobytes(v ?? 0), ratio: true },
  { label: 'Everything fetched on load (text gzipped)', value: (p) => p.bytes.loadTotal, format: (v) => kilobytes(v ?? 0), ratio: true },
  { label: 'Lighthouse performance (mobile)', value: (p) => p.lighthouse.score, format: count, ratio: false },
  { label: 'Largest Contentful Paint', value: (p) => p.lighthouse.lcpMs, format: seconds, ratio: true },
  { label: 'Total Blocking Time', value: (p) => p.lighthouse.tbtMs, format: millis, ratio: true },
  { label: 'Cumulative Layout Shift', value: (p) => p.lighthouse.cls, format: (v) => (v === undefined ? '—' : v.toFixed(3)), ratio: false },
  { label: 'Speed Index', value: (p) => p.lighthouse.speedIndexMs, format: seconds, ratio: true },
  { label: 'Long tasks while scrolling the story (4x CPU, median of 3)', value: (p) => p.scroll?.longTasks, format: count, ratio: false },
  { label: '… of them on a step change', value: (p) => p.scroll?.stepChangeLongTasks, format: count, ratio: false },
  { label: 'Longest animation frame while scrolling (4x CPU)', value: (p) => p.scroll?.longestFrameMs, format: millis, ratio: false },
];

function comparisonTable(ours: PageResult, usual: PageResult): string[] {
  return [
    `| | this site, ${ours.path} | the usual way | usual ÷ this site |`,
    '|---|--:|--:|--:|',
    ...comparisonRows.map((row) => {
      const [a, b] = [row.value(ours), row.value(usual)];
      return `| ${row.label} | ${row.format(a)} | ${row.format(b)} | ${row.ratio ? ratio(a, b) : '—'} |`;
    }),
  ];
}

function targetsTable(site: readonly PageResult[], checks: readonly TargetCheck[]): string[] {
  const metrics = [...new Set(checks.map((c) => c.metric))];
  const cell = (page: string, metric: string) => {
    const check = checks.find((c) => c.page === page && c.metric === metric);
    return check ? `${check.value} ${check.met ? '✓' : '✗'}` : '—';
  };
  return [
    `| page | ${metrics.map((m) => `${m} (${checks.find((c) => c.metric === m)?.target})`).join(' | ')} | JS before interaction | JS after the story | HTML |`,
    `|---|${metrics.map(() => '--:').join('|')}|--:|--:|--:|`,
    ...site.map(
      (page) =>
        `| ${page.path} | ${metrics.map((m) => cell(page.path, m)).join(' | ')} | ${kilobytes(page.bytes.initialJsGzip)} | ${page.kind === 'embed' ? '—' : kilobytes(page.bytes.totalJsGzip)} | ${kilobytes(page.bytes.htmlGzip)} |`,
    ),
  ];
}

/** What the story's markup costs before anything of the site's own is added: the ceiling for the targets above. */
function controlLine(control: PageResult | undefined): string[] {
  if (!control) return [];
  const { score, lcpMs, tbtMs } = control.lighthouse;
  return [
    `The story's own document, ${control.path} (the built /en/ with every style, script and font taken out; HTML ${kilobytes(control.bytes.htmlGzip)}): Lighthouse ${count(score)}, Largest Contentful Paint ${seconds(lcpMs)}, Total Blocking Time ${millis(tbtMs)}.`,
  ];
}

export function markdownReport(results: BenchResults): string {
  const { environment: env } = results;
  const story = results.site.find((p) => p.kind === 'story')!;
  const embed = results.site.find((p) => p.kind === 'embed');
  const misses = results.targets.filter((t) => !t.met);
  return [
    `Chromium ${env.chromium} · Lighthouse ${env.lighthouse}, mobile defaults, median of 3 runs · benchmark index ${env.benchmarkIndex} · ${env.cpus} × ${env.cpu}, load average ${env.loadAverage.join(' → ')} · Node ${env.node} · ${results.date.slice(0, 10)}`,
    '',
    ...comparisonTable(story, results.baseline),
    '',
    'The usual way is the same page (text, styles, fonts, data) with the story’s charts drawn at their first step in the browser as it loads, by the same chart functions with Observable Plot and D3, in one Vite bundle.',
    '',
    ...targetsTable(results.site, results.targets),
    '',
    embed
      ? `Embed page measured: ${embed.path} (everything fetched on load: ${kilobytes(embed.bytes.loadTotal)}).`
      : 'No embed page was built, so none was measured.',
    ...controlLine(results.control),
    misses.length === 0
      ? 'Every target met.'
      : `Targets missed: ${misses.map((m) => `${m.page} ${m.metric} ${m.value} (target ${m.target})`).join('; ')}.`,
    '',
  ].join('\n');
}
