import type { EvaluationInput, EvaluationInputData } from '../model/schema/input.js';
import type { PathSegment } from '../shared/issues.js';
import { FACT_INPUTS, findFactDefinition } from './catalog.js';

const escapeRe = (s: string): string => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** The values of the `{placeholder}`s of `pattern` in `name` (`{ code: '301' }`), or undefined when it does not match. */
function placeholders(pattern: string, name: string): Record<string, string> | undefined {
  const names: string[] = [];
  const source = escapeRe(pattern).replace(/\\?\{(\w+)\\?\}/g, (_, p: string) => {
    names.push(p);
    return '(.+?)';
  });
  const m = new RegExp(`^${source}$`).exec(name);
  if (!m) return undefined;
  const out: Record<string, string> = {};
  names.forEach((p, i) => {
    out[p] = m[i + 1] as string;
  });
  return out;
}

const fill = (s: string, params: Readonly<Record<string, string>>): string | undefined => {
  let missing = false;
  const out = s.replace(/\{(\w+)\}/g, (_, p: string) => {
    const v = params[p];
    if (v === undefined) missing = true;
    return v ?? '';
  });
  return missing ? undefined : out;
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
      const value = fill(raw, params);
      const items = isRecord(cur) ? cur[list] : undefined;
      if (value === undefined || !Array.isArray(items)) return undefined;
      const i = items.findIndex((x) => isRecord(x) && (typeof x[field] === 'string' || typeof x[field] === 'number') && String(x[field]) === value);
      if (i < 0) return undefined;
      path.push(list, i);
      cur = items[i];
    } else {
      const field = fill(segment, params);
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
  const params = placeholders(def.name, factName);
  return params === undefined ? undefined : walk(def.input, params, input);
}
