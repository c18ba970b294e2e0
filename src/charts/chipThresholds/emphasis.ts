/**
 * The opacity of the context dots: the faintest at which every status colour keeps 3:1 on the page and on the rule's
 * zones, in both themes (tests/unit/chipThresholds.test.ts holds it).
 */
export const fadedOpacity = 0.8;
