import { parseArgs } from 'node:util';
import type { ThemeName } from '../charts/shared/theme';
import { locales, type Locale } from '../i18n/locales';

const cliFormats = ['svg', 'png', 'csv'] as const;
type CliFormat = (typeof cliFormats)[number];

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export const usage = `Usage: npm run export -- --chart <id|all> --lang <en|zh|all> --format <svg|png|csv|all> [--step N] [--out DIR]
       [--layout standard|phone] [--scale N] [--theme light|dark]

  --chart   a chart id, or all
  --lang    en, zh, or all
  --format  svg, png, csv (with its JSON metadata), or all
  --step    the story step, counted from 1 as the page shows it (default: each chart's last step)
  --out     the folder to write into (default: exports)
  --layout  phone draws the chart at phone width, a tall image for WeChat (default: standard)
  --scale   PNG pixels per SVG pixel (default: 2, or 3 for the phone layout)
  --theme   light or dark (default: light)`;

export interface ExportJob {
  chartId: string;
  locale: Locale;
  /** Zero-based. */
  step: number;
  stepCount: number;
  format: CliFormat;
}

export interface CliPlan {
  jobs: ExportJob[];
  out: string;
  layout: 'standard' | 'phone';
  scale: number;
  theme: ThemeName;
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], all: boolean): T[] {
  if (value === undefined) throw new UsageError(`--${option} is required`);
  if (all && value === 'all') return [...allowed];
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`Unknown ${option} "${value}". Choose one of: ${[...allowed, ...(all ? ['all'] : [])].join(', ')}`);
  return [value as T];
}

/** The command line turned into the files to write, or a UsageError that says what is wrong. */
export function parseExportArgs(argv: string[], charts: readonly { id: string; stepCount: number }[]): CliPlan | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        chart: { type: 'string' },
        lang: { type: 'string' },
        format: { type: 'string' },
        step: { type: 'string' },
        out: { type: 'string', default: 'exports' },
        layout: { type: 'string', default: 'standard' },
        scale: { type: 'string' },
        theme: { type: 'string', default: 'light' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';

  const chartIds = oneOf(
    'chart',
    values.chart,
    charts.map((c) => c.id),
    true,
  );
  const languages = oneOf('lang', values.lang, locales, true);
  const formats = oneOf('format', values.format, cliFormats, true);
  const [layout] = oneOf('layout', values.layout, ['standard', 'phone'] as const, false);
  const [theme] = oneOf('theme', values.theme, ['light', 'dark'] as const, false);
  const scale = values.scale === undefined ? (layout === 'phone' ? 3 : 2) : Number(values.scale);
  if (!(scale > 0 && scale <= 8)) throw new UsageError(`--scale must be a number above 0 and at most 8, got "${values.scale}"`);

  const requested = values.step === undefined ? undefined : Number(values.step);
  if (requested !== undefined && !(Number.isInteger(requested) && requested >= 1))
    throw new UsageError(`--step must be a whole number from 1, got "${values.step}"`);
  const selected = charts.filter((c) => chartIds.includes(c.id));
  const tooShort = selected.filter((c) => requested !== undefined && requested > c.stepCount);
  if (tooShort.length > 0)
    throw new UsageError(`--step ${requested} is past the end of ${tooShort.map((c) => `${c.id} (${c.stepCount} steps)`).join(', ')}`);

  const jobs = selected.flatMap((chart) =>
    languages.flatMap((locale) =>
      formats.map((format) => ({ chartId: chart.id, locale, step: (requested ?? chart.stepCount) - 1, stepCount: chart.stepCount, format })),
    ),
  );
  return { jobs, out: values.out ?? 'exports', layout: layout!, scale, theme: theme! };
}
