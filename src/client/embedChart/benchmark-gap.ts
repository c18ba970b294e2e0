import { updateBenchmarkGap } from '../../charts/benchmarkGap';
import type { ChartUpdater } from '../../charts/clientRegistry';
import { provideEmbedUpdater } from '../embedUpdater';

provideEmbedUpdater(updateBenchmarkGap as ChartUpdater);
