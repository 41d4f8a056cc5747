import type { CompiledLeaf } from '../internal/compiled.js';
import type { LeafContext, LeafRaw } from '../internal/leaf.js';
import type { BandsLeaf, CategoricalLeaf, ChecklistLeaf, LinearLeaf, ManualLeaf, PerViolationLeaf, RatioLeaf } from '../schema/methods.js';
import { scoreBands } from './bands.js';
import { scoreCategorical } from './categorical.js';
import { scoreChecklist } from './checklist.js';
import { scoreLinear } from './linear.js';
import { scoreManual } from './manual.js';
import { scorePerViolation } from './perViolation.js';
import { scoreRatio } from './ratio.js';

/**
 * Score one leaf on its declared points with its method. Dispatches on the compiled leaf's
 * `method` (one hidden class for every leaf) rather than the leaf's own (a shape per leaf). @internal
 */
export function scoreLeaf(c: CompiledLeaf, ctx: LeafContext): LeafRaw {
  switch (c.method) {
    case 'linear':
      return scoreLinear(c.leaf as LinearLeaf, c, ctx);
    case 'bands':
      return scoreBands(c.leaf as BandsLeaf, c, ctx);
    case 'ratio':
      return scoreRatio(c.leaf as RatioLeaf, c, ctx);
    case 'checklist':
      return scoreChecklist(c.leaf as ChecklistLeaf, c, ctx);
    case 'perViolation':
      return scorePerViolation(c.leaf as PerViolationLeaf, c, ctx);
    case 'categorical':
      return scoreCategorical(c.leaf as CategoricalLeaf, c, ctx);
    case 'manual':
      return scoreManual(c.leaf as ManualLeaf, c, ctx);
  }
}
