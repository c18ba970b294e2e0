import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { charts } from '../charts/registry';
import { parseExportArgs, usage, UsageError, type CliPlan, type ExportJob } from './cliArgs';
import { nodeExportFile } from './nodeExport';
import { exportFileName } from './paths';

export interface CliContext {
  /** The site's address and base path, for the story URL on each chart; asked for only once the arguments are good. */
  site: () => Promise<{ site: string; base: string }>;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** The files one job writes: csv brings its JSON metadata along. */
const outputs = (job: ExportJob) => (job.format === 'csv' ? (['csv', 'json'] as const) : ([job.format] as const));

async function runJob(job: ExportJob, plan: CliPlan, address: { site: string; base: string }): Promise<string[]> {
  const phone = plan.layout === 'phone';
  const name = (format: 'svg' | 'png' | 'csv' | 'json') =>
    exportFileName(job.chartId, job.locale, format, { step: job.step, phone: phone && (format === 'svg' || format === 'png') });
  const written: string[] = [];
  for (const format of outputs(job)) {
    const content = await nodeExportFile(
      {
        chartId: job.chartId,
        locale: job.locale,
        step: job.step,
        theme: plan.theme,
        layout: plan.layout,
        site: address.site,
        base: address.base,
        png: { scale: plan.scale },
        csvFile: name('csv'),
      },
      format,
    );
    const path = join(plan.out, name(format));
    await writeFile(path, content);
    written.push(`${path} (${Math.max(1, Math.round(Buffer.byteLength(content) / 1024))} KB)`);
  }
  return written;
}

/** The export command: the same chart functions as the site, in Node. Returns the process's exit code. */
export async function runExportCli(argv: string[], context: CliContext): Promise<number> {
  let plan: CliPlan | 'help';
  try {
    plan = parseExportArgs(argv, charts);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    context.stderr(`export: ${error.message}\n\n${usage}`);
    return 2;
  }
  if (plan === 'help') {
    context.stdout(usage);
    return 0;
  }
  const started = Date.now();
  const address = await context.site();
  await mkdir(plan.out, { recursive: true });
  for (const [index, job] of plan.jobs.entries()) {
    const label = `[${index + 1}/${plan.jobs.length}] ${job.chartId} ${job.locale} step ${job.step + 1}/${job.stepCount} ${job.format}`;
    const jobStarted = Date.now();
    try {
      const written = await runJob(job, plan, address);
      context.stdout(`${label} → ${written.join(', ')} in ${((Date.now() - jobStarted) / 1000).toFixed(1)} s`);
    } catch (error) {
      context.stderr(`${label} failed: ${(error as Error).message}`);
      return 1;
    }
  }
  context.stdout(
    `Wrote ${plan.jobs.length} export${plan.jobs.length === 1 ? '' : 's'} to ${plan.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}
