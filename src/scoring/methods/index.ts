import type { LeafContext, LeafRaw } from '../internal/leaf.js';
import type { IndicatorLeaf } from '../schema/methods.js';
import { scoreBands } from './bands.js';
import { scoreCategorical } from './categorical.js';
import { scoreChecklist } from './checklist.js';
import { scoreLinear } from './linear.js';
import { scoreManual } from './manual.js';
import { scorePerViolation } from './perViolation.js';
import { scoreRatio } from './ratio.js';

/** Score one leaf on its declared points with its method. @internal */
export function scoreLeaf(leaf: IndicatorLeaf, ctx: LeafContext): LeafRaw {
  switch (leaf.method) {
    case 'linear':
      return scoreLinear(leaf, ctx);
    case 'bands':
      return scoreBands(leaf, ctx);
    case 'ratio':
      return scoreRatio(leaf, ctx);
    case 'checklist':
      return scoreChecklist(leaf, ctx);
    case 'perViolation':
      return scorePerViolation(leaf, ctx);
    case 'categorical':
      return scoreCategorical(leaf, ctx);
    case 'manual':
      return scoreManual(leaf, ctx);
  }
}
