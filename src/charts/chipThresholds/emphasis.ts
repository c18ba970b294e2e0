import type { ControlStatus } from '../../derive/exportControls';
import type { Palette } from '../shared/theme';

/**
 * The colour of a chip a step sets back, by its status: its zone's colour greyed (theme.ts), which keeps 3:1 on the page
 * and on the rule's zones in both themes (tests/unit/chipThresholds.test.ts holds it).
 */
export const setBack: Record<ControlStatus, keyof Palette> = {
  controlled: 'controlledSetBack',
  notify: 'notifySetBack',
  outside: 'outsideSetBack',
};
