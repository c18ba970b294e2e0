import type { Palette } from '../shared/theme';
import type { Lane } from './prepare';

/** Each lane's colour and the class by which dark mode recolours it. */
export const laneStyle: Record<Lane, { color: (palette: Palette) => string; className: string }> = {
  rules: { color: (p) => p.controlled, className: 'status-controlled' },
  nvidia: { color: (p) => p.outside, className: 'status-outside' },
  models: { color: (p) => p.notify, className: 'status-notify' },
  firms: { color: (p) => p.muted, className: 'muted' },
};
