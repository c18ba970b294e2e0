import { contextOpacity, type ColourPairs } from '../shared/contextOpacity';

/** The status colours a dot may have, and the grounds it may sit on: the page and the rule's zones. */
const pairs: ColourPairs = (p) =>
  [p.controlled, p.notify, p.outside].flatMap((color) => [p.background, p.controlledFill, p.notifyFill].map((ground) => [color, ground] as const));

/** The faintest opacity at which every status colour keeps 3:1 on every ground in both themes. */
export const fadedOpacity = contextOpacity(pairs);
