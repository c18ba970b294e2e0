import { z } from 'zod';
import { DataError } from './DataError';
import { confidence, id, isoDate, number, optionalNumber, optionalText, sourceIds, text } from './fields';
import { readTable, type TableOptions } from './readTable';

const fleetSchema = z.object({
  id,
  holder_en: text,
  holder_zh: text,
  /** The holder's name cut down for a short screen's drawing, where the full one does not fit on its row; blank if it always fits. */
  short_en: optionalText,
  short_zh: optionalText,
  chip: optionalText,
  gpus_low: number,
  gpus_high: number,
  firms: optionalNumber,
  date: isoDate,
  /** What the count is of: a single training run, a fleet or cluster held, an order, or a target. */
  kind: z.enum(['run', 'fleet', 'order', 'target'], { message: 'expected run, fleet, order or target' }),
  /** Whose GPUs: Chinese firms or US labs, which decides the row's colour. */
  side: z.enum(['china', 'us-lab'], { message: 'expected china or us-lab' }),
  source: sourceIds,
  confidence,
  note: optionalText,
});

export type GpuFleet = z.output<typeof fleetSchema>;

export function loadGpuFleets(sourceIdsKnown: ReadonlySet<string>, options: Pick<TableOptions, 'dir'> = {}): GpuFleet[] {
  return readTable('gpu-fleets.csv', fleetSchema, { ...options, key: 'id', sourceIds: sourceIdsKnown }).map(({ line, ...row }) => {
    if (row.gpus_high < row.gpus_low) throw new DataError('data/gpu-fleets.csv', line, 'gpus_high', `expected at least gpus_low (${row.gpus_low})`);
    return row;
  });
}
