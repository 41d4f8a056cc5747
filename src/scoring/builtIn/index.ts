import type { IndicatorSystem } from '../schema/system.js';
import { ENYANG_2023 } from './enyang2023/index.js';
import { MOF_2013 } from './mof2013/index.js';

/** Freeze a plain data tree, so a built-in system cannot be changed after it was validated. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The indicator systems shipped with the library, as plain JSON-serialisable data:
 * `enyang-2023` (恩阳区 2023, reconstructed: the official attachment was never published) and
 * `mof-2013` (财预〔2013〕53号 附件2 with Hunan weights). Each says where every item comes from in
 * its `provenance`. See docs/systems/ for a page per system.
 *
 * @example
 * ```ts
 * import { BUILT_IN_SYSTEMS } from 'jixiao/scoring';
 * BUILT_IN_SYSTEMS.map((s) => s.id); // ["enyang-2023", "mof-2013"]
 * ```
 */
export const BUILT_IN_SYSTEMS: readonly IndicatorSystem[] = [deepFreeze(ENYANG_2023), deepFreeze(MOF_2013)];

/**
 * A built-in indicator system by id, or undefined.
 *
 * @param id - `enyang-2023` or `mof-2013`.
 * @returns The system, or undefined for an unknown id.
 * @example
 * ```ts
 * import { getBuiltInSystem } from 'jixiao/scoring';
 * getBuiltInSystem('enyang-2023')?.total; // "100"
 * getBuiltInSystem('nope');               // undefined
 * ```
 */
export function getBuiltInSystem(id: string): IndicatorSystem | undefined {
  return BUILT_IN_SYSTEMS.find((s) => s.id === id);
}
