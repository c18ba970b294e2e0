import type { Selection } from 'd3-selection';
import type { Palette } from '../shared/theme';
import type { Verdict } from '../../data/scorecard';

/** The verdicts from best to worst for the essay, then the one the record cannot settle: the order of the scale's legend. */
export const verdictScale: readonly Verdict[] = ['supported', 'mixed', 'undercut', 'no-evidence'];

/**
 * How each verdict looks: its colour and a shape of its own, so that the scale reads in greyscale and under every
 * colour vision. Supported is a disc with a tick, mixed a half-filled disc, undercut a disc with a cross, and no
 * evidence a ring with a question mark. Shapes are drawn for a badge of radius 10 and scaled.
 */
interface BadgeLook {
  color: (p: Palette) => string;
  setBack: (p: Palette) => string;
  /** The class by which dark mode recolours it (classColours.ts). */
  className: string;
  /** Filled disc, half-filled disc, or a ring. */
  body: 'disc' | 'half' | 'ring';
  /** A glyph drawn over the body: in the background's colour on a disc, in the verdict's colour in a ring. */
  glyph?: string;
}

const verdictLook: Record<Verdict, BadgeLook> = {
  supported: {
    color: (p) => p.verdictSupported,
    setBack: (p) => p.verdictSupportedSetBack,
    className: 'verdict-supported',
    body: 'disc',
    glyph: 'M-4.6,0.2L-1.4,3.4L4.6,-3.4',
  },
  mixed: { color: (p) => p.verdictMixed, setBack: (p) => p.verdictMixedSetBack, className: 'verdict-mixed', body: 'half' },
  undercut: {
    color: (p) => p.verdictUndercut,
    setBack: (p) => p.verdictUndercutSetBack,
    className: 'verdict-undercut',
    body: 'disc',
    glyph: 'M-3.6,-3.6L3.6,3.6M3.6,-3.6L-3.6,3.6',
  },
  'no-evidence': {
    color: (p) => p.verdictNone,
    setBack: (p) => p.verdictNoneSetBack,
    className: 'verdict-none',
    body: 'ring',
    // A question mark: a hook, then its dot (a zero-length stroke with a round cap).
    glyph: 'M-3,-2.6C-3,-6.4 3.2,-6.4 3.2,-2.6C3.2,-0.4 0,-0.6 0,2M0,5.2L0,5.2',
  },
};

/** The left half of a disc of radius 10, for the mixed verdict's body. */
const halfDisc = 'M0,-10A10,10,0,0,0,0,10Z';

/**
 * Draws a verdict's badge into an empty group centred on 0,0: its ring or disc, its half, its glyph. The colours are
 * the light theme's, set back where asked; the classes carry the verdict and "set-back" for the dark theme.
 */
export function drawVerdictBadge(
  group: Selection<SVGGElement, unknown, null, undefined>,
  verdict: Verdict,
  { radius, palette, setBack }: { radius: number; palette: Palette; setBack: boolean },
): void {
  const look = verdictLook[verdict];
  const color = setBack ? look.setBack(palette) : look.color(palette);
  const classes = `${look.className}${setBack ? ' set-back' : ''}`;
  const scale = radius / 10;
  group.selectAll('*').remove();
  // A glyph's round ends, set once on the badge for its one path.
  group.attr('data-verdict', verdict).attr('stroke-linecap', look.glyph ? 'round' : null);
  const filled = look.body === 'disc';
  group
    .append('circle')
    .attr('class', `badge-body ${classes}${filled ? '' : ' badge-open'}`)
    .attr('r', radius - (filled ? 0 : 1))
    .attr('fill', filled ? color : palette.background)
    .attr('stroke', color)
    .attr('stroke-width', filled ? null : 2);
  if (look.body === 'half')
    group
      .append('path')
      .attr('class', `badge-half ${classes}`)
      .attr('d', halfDisc)
      .attr('transform', scale === 1 ? null : `scale(${scale})`)
      .attr('fill', color);
  if (look.glyph)
    group
      .append('path')
      .attr('class', `badge-glyph${filled ? ' badge-knockout' : ` badge-ink ${classes}`}`)
      .attr('d', look.glyph)
      .attr('transform', scale === 1 ? null : `scale(${scale})`)
      .attr('fill', 'none')
      .attr('stroke', filled ? palette.background : color)
      .attr('stroke-width', 2.2 / scale);
}
