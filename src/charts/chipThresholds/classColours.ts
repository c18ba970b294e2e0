import type { ClassColour } from '../shared/classColours';

/** The zones of the US rule, by status: licence required, notification, outside both; their lines and call-outs. */
export const classColours: readonly ClassColour[] = [
  { selectors: ['.status-controlled'], fill: 'controlled', stroke: 'controlled' },
  { selectors: ['.status-notify'], fill: 'notify', stroke: 'notify' },
  { selectors: ['.status-outside'], fill: 'outside', stroke: 'outside' },
  // Chips a step sets back, greyed.
  { selectors: ['.status-controlled.set-back'], fill: 'controlledSetBack', stroke: 'controlledSetBack' },
  { selectors: ['.status-notify.set-back'], fill: 'notifySetBack', stroke: 'notifySetBack' },
  { selectors: ['.status-outside.set-back'], fill: 'outsideSetBack', stroke: 'outsideSetBack' },
  { selectors: ['.region-controlled'], fill: 'controlledFill' },
  { selectors: ['.region-notify'], fill: 'notifyFill' },
  { selectors: ['.line-controlled', '.status-text-controlled'], stroke: 'controlled', fill: 'controlled' },
  { selectors: ['line.line-controlled'], fill: 'none' },
  { selectors: ['.line-notify', '.status-text-notify'], stroke: 'notify', fill: 'notify' },
  { selectors: ['line.line-notify'], fill: 'none' },
  { selectors: ['text.status-text-controlled', 'text.status-text-notify'], stroke: 'none' },
];
