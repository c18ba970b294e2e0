import { z } from 'zod';
import { confidence, id, isoDate, optionalNumber, optionalText, sourceIds, text } from './fields';
import { DataError } from './DataError';
import { readTable, type TableOptions } from './readTable';

/** When a chip enters the chip-thresholds story: under which rule, as its target or as Nvidia's answer. */
const chipGroups = ['rule-2022', 'answer-2022', 'rule-2023', 'answer-2023'] as const;

const chipSchema = z.object({
  id,
  name: text,
  maker: text,
  market: z.enum(['datacenter', 'consumer'], { message: 'expected datacenter or consumer' }),
  group: z.enum(chipGroups, { message: `expected one of ${chipGroups.join(', ')}` }),
  announced: isoDate,
  peak_16bit_tflops: optionalNumber,
  peak_8bit_tops: optionalNumber,
  tpp_reported: optionalNumber,
  interconnect_gbps: optionalNumber,
  die_mm2: optionalNumber,
  source: sourceIds,
  confidence,
  note: optionalText,
});

export type Chip = z.output<typeof chipSchema>;

export function loadChips(sourceIdsKnown: ReadonlySet<string>, options: Pick<TableOptions, 'dir'> = {}): Chip[] {
  return readTable('chips.csv', chipSchema, { ...options, key: 'id', sourceIds: sourceIdsKnown }).map(({ line, ...chip }) => {
    // TPP needs either a datasheet peak to compute it from or a reported value.
    if (chip.peak_16bit_tflops === undefined && chip.peak_8bit_tops === undefined && chip.tpp_reported === undefined) {
      throw new DataError('data/chips.csv', line, 'tpp_reported', 'expected a peak throughput or a reported TPP');
    }
    return chip;
  });
}
