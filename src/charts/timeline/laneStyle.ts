import type { Palette } from '../shared/theme';
import type { Lane } from './prepare';

/**
 * Each lane's colour and the class by which dark mode recolours it. A lane's place on the chart tells it apart,
 * so every lane takes the neutral: the story's colours keep their one meaning each (shared/theme.ts).
 */
export const laneStyle: Record<Lane, { color: (palette: Palette) => string; className: string }> = {
  rules: { color: (p) => p.context, className: 'cat-context' },
  nvidia: { color: (p) => p.context, className: 'cat-context' },
  models: { color: (p) => p.context, className: 'cat-context' },
  firms: { color: (p) => p.context, className: 'cat-context' },
};
