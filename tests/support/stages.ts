// `npm test` and `npm run test:quick`: the stages of the suite, stopping after the first group with a failure, with
// the time each stage took. Stages that need nothing of each other run side by side (type-checking beside linting,
// the unit tests beside the build), since each alone leaves one of two cores idle much of the time. The full run is
// the gate CI runs; the quick one leaves out the format check and the checks on the built files, and runs the
// browser tests in one language at one width (TEST_SCOPE=quick).
import { spawn, type ChildProcess } from 'node:child_process';

const scope = process.argv[2] === 'quick' ? 'quick' : 'full';

interface Stage {
  name: string;
  command: string[];
  inQuick: boolean;
}

const groups: Stage[][] = [
  [
    { name: 'types', command: ['astro', 'check'], inQuick: true },
    { name: 'lint', command: ['eslint', '.'], inQuick: true },
    { name: 'dead code', command: ['knip', '--no-progress'], inQuick: true },
    { name: 'format', command: ['prettier', '--check', '.'], inQuick: false },
  ],
  [
    { name: 'build', command: ['astro', 'build'], inQuick: true },
    { name: 'unit and snapshots', command: ['vitest', 'run', '--project', 'unit'], inQuick: true },
  ],
  [{ name: 'built files', command: ['vitest', 'run', '--project', 'dist'], inQuick: false }],
  [{ name: 'browser', command: ['playwright', 'test'], inQuick: true }],
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

// A stop asked of the run (Ctrl-C, CI's time limit) reaches every stage, so no browser or server is left behind.
const running = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

/** Runs one stage; alone in its group its output streams, beside others it is printed whole when it ends. */
function run(stage: Stage, alone: boolean): Promise<{ ok: boolean; ms: number }> {
  const start = Date.now();
  // npm puts node_modules/.bin on the PATH of its scripts, so each tool is found by name.
  const child = spawn(stage.command[0]!, stage.command.slice(1), {
    stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TEST_SCOPE: scope },
  });
  running.add(child);
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  if (alone) console.log(`\n── ${stage.name}: ${stage.command.join(' ')}`);
  return new Promise((resolve) => {
    // A tool that cannot be started (run outside npm, where node_modules/.bin is not on the PATH) fails its stage.
    child.on('error', (error) => (output += `\n${stage.command[0]} could not be started: ${error.message}`));
    child.on('close', (code) => {
      running.delete(child);
      if (!alone || code !== 0) console.log(`${alone ? '' : `\n── ${stage.name}: ${stage.command.join(' ')}\n`}${output.trimEnd()}`);
      resolve({ ok: code === 0, ms: Date.now() - start });
    });
  });
}

const times: string[] = [];
const started = Date.now();
for (const group of groups) {
  const stages = group.filter((stage) => scope === 'full' || stage.inQuick);
  if (stages.length === 0) continue;
  const results = await Promise.all(stages.map((stage) => run(stage, stages.length === 1)));
  stages.forEach((stage, i) =>
    times.push(`${stage.name.padEnd(20)} ${seconds(results[i]!.ms).padStart(6)}${stages.length > 1 ? '  (side by side)' : ''}`),
  );
  const failed = stages.filter((_, i) => !results[i]!.ok).map((stage) => stage.name);
  if (failed.length > 0) {
    console.error(`\n${failed.join(', ')} failed.\n${times.join('\n')}`);
    process.exit(1);
  }
}
const name = scope === 'full' ? 'npm test' : 'npm run test:quick';
console.log(`\n${name}: every stage passed.\n${times.join('\n')}\n${'total'.padEnd(20)} ${seconds(Date.now() - started).padStart(6)}`);
