import type { CompiledLeaf } from '../internal/compiled.js';
import type { LeafContext, LeafRaw } from '../internal/leaf.js';
import { scoreBands } from './bands.js';
import { scoreCategorical } from './categorical.js';
import { scoreChecklist } from './checklist.js';
import { scoreLinear } from './linear.js';
import { scoreManual } from './manual.js';
import { scorePerViolation } from './perViolation.js';
import { scoreRatio } from './ratio.js';

/** Score one leaf on its declared points with its method. @internal */
export function scoreLeaf(c: CompiledLeaf, ctx: LeafContext): LeafRaw {
  const leaf = c.leaf;
  switch (leaf.method) {
    case 'linear':
      return scoreLinear(leaf, c, ctx);
    case 'bands':
      return scoreBands(leaf, c, ctx);
    case 'ratio':
      return scoreRatio(leaf, c, ctx);
    case 'checklist':
      return scoreChecklist(leaf, c, ctx);
    case 'perViolation':
      return scorePerViolation(leaf, c, ctx);
    case 'categorical':
      return scoreCategorical(leaf, c, ctx);
    case 'manual':
      return scoreManual(leaf, c, ctx);
  }
}
