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
  tensor_cores: optionalNumber,
  /** Another chip on the same die and clocks whose peaks this one's follow, scaled by Tensor cores. */
  scaled_from: optionalText,
  source: sourceIds,
  confidence,
  note: optionalText,
});

export type Chip = z.output<typeof chipSchema>;

/**
 * A cut-down chip's peaks from the full chip it is made from: Tensor Core throughput scales with the number of
 * Tensor cores at the same clocks (the RTX 4090D: 456 of the RTX 4090's 512).
 */
export function scaledPeaks(base: Pick<Chip, 'peak_16bit_tflops' | 'peak_8bit_tops' | 'tensor_cores'>, tensorCores: number) {
  if (base.tensor_cores === undefined || base.tensor_cores <= 0) throw new Error('the base chip needs its Tensor-core count');
  const ratio = tensorCores / base.tensor_cores;
  return {
    peak_16bit_tflops: base.peak_16bit_tflops === undefined ? undefined : base.peak_16bit_tflops * ratio,
    peak_8bit_tops: base.peak_8bit_tops === undefined ? undefined : base.peak_8bit_tops * ratio,
  };
}

export function loadChips(sourceIdsKnown: ReadonlySet<string>, options: Pick<TableOptions, 'dir'> = {}): Chip[] {
  const rows = readTable('chips.csv', chipSchema, { ...options, key: 'id', sourceIds: sourceIdsKnown });
  return rows.map(({ line, ...chip }) => {
    if (chip.scaled_from !== undefined) {
      const base = rows.find((r) => r.id === chip.scaled_from);
      if (!base || base.scaled_from !== undefined) throw new DataError('data/chips.csv', line, 'scaled_from', `expected the id of a chip with its own peaks, got "${chip.scaled_from}"`);
      if (chip.tensor_cores === undefined) throw new DataError('data/chips.csv', line, 'tensor_cores', 'expected the Tensor-core count of a scaled chip');
      if (base.tensor_cores === undefined) throw new DataError('data/chips.csv', base.line, 'tensor_cores', `expected the Tensor-core count that "${chip.id}" is scaled by`);
      if (chip.peak_16bit_tflops !== undefined || chip.peak_8bit_tops !== undefined)
        throw new DataError('data/chips.csv', line, 'scaled_from', 'a scaled chip takes its peaks from the chip it names, not its own columns');
      return { ...chip, ...scaledPeaks(base, chip.tensor_cores) };
    }
    // TPP needs either a datasheet peak to compute it from or a reported value.
    if (chip.peak_16bit_tflops === undefined && chip.peak_8bit_tops === undefined && chip.tpp_reported === undefined) {
      throw new DataError('data/chips.csv', line, 'tpp_reported', 'expected a peak throughput or a reported TPP');
    }
    return chip;
  });
}
