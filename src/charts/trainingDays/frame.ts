import type { Selection } from 'd3-selection';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import type { Palette } from '../shared/theme';

type Root = Selection<SVGSVGElement, unknown, null, undefined>;
type Scale = (value: number) => number;

/** Everything the parts of the chart share about where things go. */
export interface Frame {
  root: Root;
  idPrefix: string;
  width: number;
  height: number;
  narrow: boolean;
  /** Laid out to a short screen's height, beside the step's card: the headline is set tighter. */
  short: boolean;
  margin: { top: number; right: number; bottom: number; left: number };
  x: Scale;
  y: Scale;
  palette: Palette;
  locale: Locale;
  t: Translate;
  duration: number;
}
