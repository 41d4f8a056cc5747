import type { LeafContext, LeafRaw } from '../internal/leaf.js';
import type { PreparedLeaf } from '../internal/prepare.js';
import { scoreBands } from './bands.js';
import { scoreCategorical } from './categorical.js';
import { scoreChecklist } from './checklist.js';
import { scoreLinear } from './linear.js';
import { scoreManual } from './manual.js';
import { scorePerViolation } from './perViolation.js';
import { scoreRatio } from './ratio.js';

/** Score one prepared leaf on its declared points with its method (its numbers read when the system was prepared). @internal */
export function scoreLeaf(p: PreparedLeaf, ctx: LeafContext): LeafRaw {
  switch (p.method) {
    case 'linear':
      return scoreLinear(p, ctx);
    case 'bands':
      return scoreBands(p, ctx);
    case 'ratio':
      return scoreRatio(p, ctx);
    case 'checklist':
      return scoreChecklist(p, ctx);
    case 'perViolation':
      return scorePerViolation(p, ctx);
    case 'categorical':
      return scoreCategorical(p, ctx);
    case 'manual':
      return scoreManual(p, ctx);
  }
}
