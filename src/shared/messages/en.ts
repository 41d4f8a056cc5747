import type { MessageTable } from './index.js';
import { amountFault, oneSide, typeName } from './wording.js';

const s = (v: unknown): string => (v === undefined ? '' : String(v));
/** " (did you mean X?)" when a suggestion was found. */
const hint = (v: unknown): string => (v === undefined || v === '' ? '' : ` (did you mean ${String(v)}?)`);

/** Why an amount text was refused, and how to write it. */
function amountMessage(received: string): string {
  const f = amountFault(received);
  const fix = f.fixed !== undefined ? `; write "${f.fixed}"` : '';
  switch (f.fault) {
    case 'full_width':
      return `the amount has full-width characters (８ ． ，), received ${received}: use ASCII digits${fix}`;
    case 'unit_suffix':
      return `the amount must not carry the unit "${s(f.unit)}", received ${received}: the unit field sets the unit of every amount (万元 or 元)${fix}`;
    case 'thousands':
      return `the amount must not use thousands separators, received ${received}${fix}`;
    case 'exponent':
      return `the amount must not use scientific notation, received ${received}: write the full decimal number`;
    case 'empty':
      return `the amount is empty, received ${received}: leave the field out when there is no figure, rather than 0 or an empty value`;
    case 'spaces':
      return `the amount must not have spaces around it, received ${received}${fix}`;
    case 'plus':
      return `the amount must not have a plus sign, received ${received}${fix}`;
    case 'leading_zero':
      return `the amount must not have leading zeros, received ${received}${fix}`;
    default:
      return `an amount must be a plain decimal number such as "576.08", received ${received}`;
  }
}

/** English issue messages, keyed by issue code. */
export const en: MessageTable = {
  required: () => 'required field is missing',
  invalid_type: (p) => `expected ${typeName(s(p.expected), 'en')}, received ${typeName(s(p.received), 'en')}`,
  invalid_value: (p) =>
    `invalid value${p.expected ? `: expected one of ${s(p.expected)}` : ''}${p.received !== undefined ? `, received ${s(p.received)}` : ''}${hint(p.suggestion)}`,
  unrecognized_key: (p) => `unrecognized key ${s(p.key)}${hint(p.suggestion)}`,
  too_small: (p) => `too small: must be at least ${s(p.minimum)}`,
  too_big: (p) => `too big: must be at most ${s(p.maximum)}`,
  invalid_format: (p) => `invalid format${p.expected ? `: expected ${s(p.expected)}` : ''}${p.received !== undefined ? `, received ${s(p.received)}` : ''}`,
  invalid_date: (p) => `invalid date: expected a real YYYY-MM-DD date, received ${s(p.received)}`,
  invalid_amount: (p) => amountMessage(s(p.received)),
  amount_too_precise: (p) => `too many decimals for ${s(p.unit)}: at most ${s(p.max)} (fen precision), received ${s(p.decimals)}`,
  amount_too_large: (p) => `amount too large: at most ${s(p.max)} integer digits, received ${s(p.digits)}`,
  negative_amount: () => 'amount must not be negative',
  negative_zero: () => 'amount must not be written as "-0"',
  unsafe_number: (p) =>
    `number cannot be represented exactly in JavaScript${p.received !== undefined ? ` (received ${s(p.received)})` : ''}: write the amount as a quoted string, such as "0.3"`,
  invalid_code: (p) => `malformed ${oneSide(s(p.catalog), 'en')} code: expected ${oneSide(s(p.expected), 'en')}, received ${s(p.received)}`,
  unknown_code: (p) => `unknown ${oneSide(s(p.catalog), 'en')} code ${s(p.received)}${hint(p.suggestion)} (declare it in allowUnknownCodes if it is valid)`,
  code_level_mismatch: (p) => `wrong classification level: expected a ${s(p.expected)}-level code, received ${s(p.received)}`,
  duplicate_id: (p) => `duplicate id ${s(p.id)}`,
  forbidden_key: (p) => `forbidden key ${s(p.key)} (prototype pollution)`,
  too_deep: (p) => `nested too deeply: at most ${s(p.max)} levels`,
  string_too_long: (p) => `text too long: at most ${s(p.max)} characters, received ${s(p.length)}`,
  too_many_items: (p) => `too many items: at most ${s(p.max)}, received ${s(p.count)}`,
  invalid_json: (p) =>
    p.line !== undefined
      ? `not valid JSON at line ${s(p.line)}, column ${s(p.column)}: ${s(p.detail)} (the line reads: ${s(p.excerpt)})`
      : `not valid JSON: ${s(p.detail)}`,
  invalid_yaml: (p) =>
    p.line !== undefined
      ? `not valid YAML at line ${s(p.line)}, column ${s(p.column)}: ${s(p.detail)} (the line reads: ${s(p.excerpt)})`
      : `not valid YAML: ${s(p.detail)}`,
  year_mismatch: (p) => `year mismatch: fiscal year ${s(p.fiscalYear)} is after evaluation year ${s(p.evaluationYear)}`,
  unknown_fact: (p) => `unknown fact ${s(p.fact)}`,
  unknown_operator: (p) => `unknown operator ${s(p.operator)}; available: ${s(p.expected)}`,
  invalid_operand: (p) => `invalid operand: ${s(p.detail)}`,
  unknown_threshold: (p) => `unknown threshold ${s(p.threshold)}; available: ${s(p.expected)}`,
  unknown_rule: (p) => `unknown rule ${s(p.ruleId)}`,
  unknown_indicator: (p) => `unknown indicator ${s(p.indicator)}`,
  unknown_method: (p) => `unknown scoring method ${s(p.method)}`,
  unknown_system: (p) => `unknown indicator system ${s(p.system)}; available: ${s(p.expected)}`,
  points_mismatch: (p) => `children's points add up to ${s(p.actual)}, not the parent's ${s(p.expected)}`,
  invalid_bands: (p) => `invalid bands: ${s(p.detail)}`,
  cycle: (p) => `the indicator tree has a cycle: ${s(p.detail)}`,
  invalid_input: (p) => `invalid input${p.detail ? `: ${s(p.detail)}` : ''}`,
  invalid_spreadsheet: (p) => `cannot read the spreadsheet${p.format ? ` (${s(p.format)})` : ''}: ${s(p.detail)}`,
  file_too_large: (p) => `file too large: at most ${s(p.max)} bytes, received ${s(p.size)}`,
  too_many_cells: (p) => `too many cells: at most ${s(p.max)}, received at least ${s(p.count)}`,
  missing_column: (p) => `no "${s(p.column)}" column found (accepted headers: ${s(p.expected)})`,
  indicator_pending: (p) =>
    `indicator "${s(p.name)}" is pending: no assessment yet, counted as 0 of ${s(p.points)} for now; the total and grade are provisional`,
  system_default: (p) => `no indicator system given: ${s(p.system)} (${s(p.name)}) was used by default`,
  system_scope_mismatch: (p) => `indicator system ${s(p.system)} is scoped to ${s(p.scope)}, the department is ${s(p.actual)}`,
  claim_unmatched: (p) => `claimed ${s(p.what)} cannot be matched: ${s(p.detail)}`,
  claim_differs: (p) => `claimed ${s(p.what)} ${s(p.claimed)} differs from the computed ${s(p.computed)}`,
};
