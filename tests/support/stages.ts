// `npm test` and `npm run test:quick`: each stage in turn, stopping at the first that fails, with the time each took.
// The full run is the gate CI runs; the quick one checks the browser in one language at one width (TEST_SCOPE=quick).
import { spawnSync } from 'node:child_process';

const scope = process.argv[2] === 'quick' ? 'quick' : 'full';

const stages: { name: string; command: string[]; inQuick: boolean }[] = [
  { name: 'types', command: ['astro', 'check'], inQuick: true },
  { name: 'lint', command: ['eslint', '.'], inQuick: true },
  { name: 'format', command: ['prettier', '--check', '.'], inQuick: false },
  { name: 'build', command: ['astro', 'build'], inQuick: true },
  { name: 'unit, snapshots and dist/ files', command: ['vitest', 'run'], inQuick: true },
  { name: 'browser', command: ['playwright', 'test'], inQuick: true },
];

const times: string[] = [];
const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
for (const stage of stages.filter((s) => scope === 'full' || s.inQuick)) {
  console.log(`\n── ${stage.name}: ${stage.command.join(' ')}`);
  const start = Date.now();
  // npm puts node_modules/.bin on the PATH of its scripts, so each tool is found by name.
  const result = spawnSync(stage.command[0]!, stage.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, TEST_SCOPE: scope },
  });
  times.push(`${stage.name.padEnd(34)} ${seconds(start).padStart(6)}`);
  if (result.status !== 0) {
    console.error(`\n${stage.name} failed (exit ${result.status ?? result.signal}).\n${times.join('\n')}`);
    process.exit(1);
  }
}
console.log(
  `\n${scope === 'full' ? 'npm test' : 'npm run test:quick'}: every stage passed.\n${times.join('\n')}\n${'total'.padEnd(34)} ${seconds(started).padStart(6)}`,
);
