import type { Dataset } from '../../data';
import type { Confidence } from '../../data/fields';
import { impliedUtilisation } from '../../derive/impliedUtilisation';
import { trainingFlop } from '../../derive/trainingCompute';
import { sourcesUsed, type SourceRef } from '../shared/evidence';

/** The chips a reader can pick: the US parts and their China versions, old and new. */
const calculatorChipIds = ['a100', 'h100', 'h800', 'h20'] as const;

export interface CalculatorModel {
  id: string;
  nameEn: string;
  nameZh: string;
  /** Training compute in FLOP, as reported or as 6 × parameters × tokens. */
  computeFlop: number;
  /** Set when the compute is 6·N·D from these, rather than a reported figure. */
  params: number | undefined;
  tokens: number | undefined;
  confidence: Confidence;
  sources: string[];
}

export interface CalculatorChip {
  id: string;
  name: string;
  /** Dense 16-bit Tensor Core peak, TFLOP/s: what a training run's utilisation is measured against. */
  peakTflops: number;
  confidence: Confidence;
  sources: string[];
}

/** A GPU count the chart marks with a vertical line, with its evidence. */
interface ReferenceCount {
  gpus: number;
  low: number;
  confidence: Confidence;
  sources: string[];
}

/** A published run a reader can load into the calculator: its model, chip and GPU count. */
interface CalculatorRun {
  id: string;
  model: string;
  chip: string;
  gpus: number;
  /** As reported, when the lab gave them. */
  gpuHours: number | undefined;
  /** What the reported GPU-hours imply against the chip's dense 16-bit peak (computed). */
  utilisation: number | undefined;
  confidence: Confidence;
  sources: string[];
}

export interface TrainingDaysData {
  models: CalculatorModel[];
  chips: CalculatorChip[];
  runs: CalculatorRun[];
  /** The essay's 1,000–2,000 GPUs per firm; the line sits at the upper figure, as the story does. */
  essayGpus: ReferenceCount;
  sources: SourceRef[];
}

const essayFleetId = 'essay-per-firm-claim';

export function prepareTrainingDays({
  modelCompute,
  chips,
  gpuFleets,
  trainingRuns,
  sources,
}: Pick<Dataset, 'modelCompute' | 'chips' | 'gpuFleets' | 'trainingRuns' | 'sources'>): TrainingDaysData {
  const models = modelCompute.map((model): CalculatorModel => ({
    id: model.id,
    nameEn: model.name_en,
    nameZh: model.name_zh,
    computeFlop: trainingFlop(model),
    params: model.training_flop === undefined ? model.params : undefined,
    tokens: model.training_flop === undefined ? model.tokens : undefined,
    confidence: model.confidence,
    sources: model.source,
  }));
  const calculatorChips = calculatorChipIds.map((id): CalculatorChip => {
    const chip = chips.find((c) => c.id === id);
    if (chip?.peak_16bit_tflops === undefined) throw new Error(`training-days needs chip "${id}" with a 16-bit peak in data/chips.csv`);
    return { id, name: chip.name, peakTflops: chip.peak_16bit_tflops, confidence: chip.confidence, sources: chip.source };
  });
  const essay = gpuFleets.find((f) => f.id === essayFleetId);
  if (!essay) throw new Error(`training-days needs row "${essayFleetId}" in data/gpu-fleets.csv`);
  const essayGpus: ReferenceCount = { gpus: essay.gpus_high, low: essay.gpus_low, confidence: essay.confidence, sources: essay.source };

  // The loader has checked that each run names a model, a fleet row and a chip that exist.
  const runs = trainingRuns
    .filter((run) => calculatorChips.some((c) => c.id === run.chip))
    .map((run): CalculatorRun => {
      const model = models.find((m) => m.id === run.model)!;
      const chip = calculatorChips.find((c) => c.id === run.chip)!;
      const fleet = gpuFleets.find((f) => f.id === run.fleet)!;
      return {
        id: run.id,
        model: run.model,
        chip: run.chip,
        gpus: fleet.gpus_high,
        gpuHours: run.gpu_hours,
        utilisation:
          run.gpu_hours === undefined
            ? undefined
            : impliedUtilisation({ computeFlop: model.computeFlop, gpuHours: run.gpu_hours, peakTflops: chip.peakTflops }),
        confidence: run.confidence,
        sources: run.source,
      };
    });

  return {
    models,
    chips: calculatorChips,
    runs,
    essayGpus,
    sources: sourcesUsed(
      sources,
      [...models, ...calculatorChips, ...runs, essayGpus].flatMap((item) => item.sources),
    ),
  };
}
