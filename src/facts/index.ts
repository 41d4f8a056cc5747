/**
 * Facts: named, pure derived values over a parsed input, shared by rules and scoring.
 *
 * @packageDocumentation
 */
export type { FactValue, Facts, FactType, FactDefinition, FactSetName, UnavailableCause } from './types.js';
export { computeFacts } from './computeFacts.js';
export { FACT_CATALOG, findFactDefinition } from './catalog.js';
export { factInputPath } from './inputPath.js';
