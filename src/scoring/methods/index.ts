import type { Dec } from '../../model/money/decimal.js';
import type { LeafContext, LeafRaw } from '../internal/leaf.js';
import type { IndicatorLeaf } from '../schema/methods.js';
import { scoreBands } from './bands.js';
import { scoreCategorical } from './categorical.js';
import { scoreChecklist } from './checklist.js';
import { scoreLinear } from './linear.js';
import { scoreManual } from './manual.js';
import { scorePerViolation } from './perViolation.js';
import { scoreRatio } from './ratio.js';

/** Score one leaf on its declared points (`points`, its `points` read once by the caller) with its method. @internal */
export function scoreLeaf(leaf: IndicatorLeaf, points: Dec, ctx: LeafContext): LeafRaw {
  switch (leaf.method) {
    case 'linear':
      return scoreLinear(leaf, points, ctx);
    case 'bands':
      return scoreBands(leaf, ctx);
    case 'ratio':
      return scoreRatio(leaf, points, ctx);
    case 'checklist':
      return scoreChecklist(leaf, points, ctx);
    case 'perViolation':
      return scorePerViolation(leaf, points, ctx);
    case 'categorical':
      return scoreCategorical(leaf, ctx);
    case 'manual':
      return scoreManual(leaf, points, ctx);
  }
}
