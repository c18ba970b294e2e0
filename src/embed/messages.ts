/**
 * The messages an embed page sends its host, one per dialect that hosts already listen for, and the requests it
 * answers. Heights are whole CSS pixels.
 */

/** Our own messages carry this in `source`; the loader (/embed.js, built from src/embed/loader.ts) checks for it. */
export const messageSource = 'last-loophole-embed';

/** pym.js joins its fields with this. */
const pymDelimiter = 'xPYMx';

export function pymMessage(childId: string, type: string, message: string): string {
  return ['pym', childId, type, message].join(pymDelimiter);
}

export interface HeightReport {
  chart: string;
  height: number;
  /** The embed page's own address, which Embedly-style hosts match on. */
  href: string;
  /** The id a pym.js Parent gave us in ?childId=, if one did. */
  pymChildId: string | undefined;
}

export function heightMessages({ chart, height, href, pymChildId }: HeightReport): unknown[] {
  const messages: unknown[] = [
    { source: messageSource, type: 'height', chart, height },
    { 'datawrapper-height': { [chart]: height } },
    { sentinel: 'amp', type: 'embed-size', height },
    JSON.stringify({ src: href, context: 'iframe.resize', height }),
  ];
  if (pymChildId) messages.push(pymMessage(pymChildId, 'height', String(height)));
  return messages;
}

/** What the loader sends our frames on start: it may load after their first report. */
export const heightRequest = { source: messageSource, type: 'request-height' } as const;

/** The height in one of our own height messages, as sent; undefined for any other message. */
export function reportedHeight(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as { source?: unknown; type?: unknown; height?: unknown };
  return message.source === messageSource && message.type === 'height' ? message.height : undefined;
}

/** The loader asking for our height (it may load after our first report), or a pym.js Parent sending its width. */
export function asksForHeight(data: unknown, pymChildId: string | undefined): boolean {
  if (typeof data === 'string')
    return pymChildId !== undefined && data.startsWith(`pym${pymDelimiter}${pymChildId}${pymDelimiter}width${pymDelimiter}`);
  if (typeof data !== 'object' || data === null) return false;
  const message = data as { source?: unknown; type?: unknown };
  return message.source === heightRequest.source && message.type === heightRequest.type;
}
