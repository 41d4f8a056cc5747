/**
 * Freeze a plain data tree in place (objects and arrays, depth first) and return it, so built-in
 * data — rule packs, threshold sets, indicator systems — cannot be changed after it was checked:
 * an assignment throws in strict mode and is ignored otherwise. Already frozen subtrees are
 * skipped (shared references are frozen once). @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
