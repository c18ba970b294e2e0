import { opacityDrawing } from '../shared/stepOpacities';
import { describeNvidiaSegments } from './describe';
import { nvidiaSegmentsState } from './state';

/** Nvidia's revenue chart's moving parts: only opacities and the description change between steps. */
export const nvidiaSegmentsDrawing = opacityDrawing(describeNvidiaSegments, nvidiaSegmentsState);
