import { themeChoices, type ThemeChoice } from './embedCode';

/** What the embed page's address asks for. */
export interface EmbedParams {
  /** Zero-based; ?step= counts from one, as readers do. */
  step: number;
  theme: ThemeChoice;
  transparent: boolean;
  pymChildId: string | undefined;
}

const isThemeChoice = (value: string | null): value is ThemeChoice => (themeChoices as readonly (string | null)[]).includes(value);

/** Reads ?step=N, ?theme=light|dark|auto, &transparent=1 and pym.js's ?childId=; anything malformed means the default. */
export function readEmbedParams(search: string, stepCount: number): EmbedParams {
  const params = new URLSearchParams(search);
  const step = Number.parseInt(params.get('step') ?? '', 10);
  const theme = params.get('theme');
  return {
    step: Number.isFinite(step) ? Math.min(stepCount, Math.max(1, step)) - 1 : 0,
    theme: isThemeChoice(theme) ? theme : 'auto',
    transparent: params.get('transparent') === '1',
    pymChildId: params.get('childId') || undefined,
  };
}
