import type { EvaluationInput, EvaluationInputData } from '../model/schema/input.js';
import type { PathSegment } from '../shared/issues.js';
import { FACT_INPUTS, factParams, findFactDefinition } from './catalog.js';
import { fillField } from './internal/inputField.js';

/** A template segment with its placeholders filled, or undefined when the fact name did not give one. */
const filled = (segment: string, params: Readonly<Record<string, string>>): string | undefined => {
  const out = fillField(segment, params);
  return out.includes('{') ? undefined : out;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Walk a template over the input: fields as written, a list item `[field=value]` as its index; undefined when a list or item is not there. */
function walk(template: string, params: Readonly<Record<string, string>>, input: unknown): PathSegment[] | undefined {
  const path: PathSegment[] = [];
  let cur: unknown = input;
  for (const segment of template.split('.')) {
    const item = /^(\w+)\[(\w+)=(.+)\]$/.exec(segment);
    if (item) {
      const [, list, field, raw] = item as unknown as [string, string, string, string];
      const value = filled(raw, params);
      const items = isRecord(cur) ? cur[list] : undefined;
      if (value === undefined || !Array.isArray(items)) return undefined;
      const i = items.findIndex((x) => isRecord(x) && (typeof x[field] === 'string' || typeof x[field] === 'number') && String(x[field]) === value);
      if (i < 0) return undefined;
      path.push(list, i);
      cur = items[i];
    } else {
      const field = filled(segment, params);
      if (field === undefined) return undefined;
      path.push(field);
      cur = isRecord(cur) ? cur[field] : undefined;
    }
  }
  return path;
}

/**
 * The path of the input field a stated fact is read from, e.g. `['ledger', 'income', 'total']` for
 * `income.total.stated`, or `['ledger', 'expenditure', 'byEconomic', 2, 'amount']` for
 * `expenditure.economic.302.stated` when 302 is the third stated class. Undefined for a derived
 * fact (a sum of lines, a computed total, a ratio: no single field holds it), an unknown fact, or a
 * stated class or total the input does not list. The templates are the ones the fact readers
 * declare (`FactDefinition.input`); the input is only read.
 *
 * @param factName - A fact name as a finding's leaf names it (`leaf.fact`, `leaf.expectedFact`).
 * @param input - The input the facts were computed from (raw data or the parsed input).
 * @returns Path segments into `input`, or undefined.
 * @example
 * ```ts
 * import { factInputPath } from 'jixiao';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * factInputPath('income.total.stated', ENYANG_2022_EXAMPLE); // ['ledger', 'income', 'total']
 * factInputPath('expenditure.economic.301.stated', ENYANG_2022_EXAMPLE); // ['ledger', 'expenditure', 'byEconomic', 0, 'amount']
 * factInputPath('expenditure.total.lines', ENYANG_2022_EXAMPLE); // undefined (a sum of lines)
 * ```
 */
export function factInputPath(factName: string, input: EvaluationInputData | EvaluationInput): PathSegment[] | undefined {
  const exact = FACT_INPUTS[factName];
  if (exact !== undefined) return walk(exact, {}, input);
  const def = findFactDefinition(factName);
  if (def?.input === undefined) return undefined;
  const params = factParams(def, factName);
  return params === undefined ? undefined : walk(def.input, params, input);
}
