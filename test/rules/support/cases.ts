import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeFacts } from '../../../src/facts/index.js';
import { type EvaluationInput, safeParseEvaluationInput } from '../../../src/model/index.js';
import { CORE_RULE_PACK, type Finding, type RuleReport, runRules, type RunRulesOptions, type ThresholdSet } from '../../../src/rules/index.js';

/** A patch applied to the Enyang fixture: dotted paths, numeric segments index arrays. */
export interface Patch {
  readonly set?: Readonly<Record<string, unknown>>;
  readonly unset?: readonly string[];
  readonly push?: Readonly<Record<string, unknown>>;
}

/** One case of a rule fixture file. */
export interface RuleCase {
  readonly name: string;
  readonly patch?: readonly Patch[];
  readonly options?: { readonly asOf?: string; readonly thresholds?: readonly ThresholdSet[] };
  readonly key?: string;
  readonly expect: Finding['status'];
  readonly note?: 'rounding' | 'suspect';
}

/** A rule fixture file: test/fixtures/rules/<rule-id>.json. */
export interface RuleCaseFile {
  readonly rule: string;
  readonly cases: readonly RuleCase[];
}

const FIXTURE = fileURLToPath(new URL('../../../src/examples/enyang-administrative-approval-2022.json', import.meta.url));
export const CASES_DIR = fileURLToPath(new URL('../../fixtures/rules/', import.meta.url));

/** The Enyang fixture as raw data (a fresh copy each call). */
export const enyangRaw = (): Record<string, unknown> => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

type Container = Record<string, unknown> | unknown[];

/**
 * Split a patch path: `a.b.0.c`, with `[field=value]` selecting the array element whose field
 * equals value, e.g. `ledger.expenditure.byEconomic[code=301].amount` (robust to reordering).
 */
function segments(root: Container, path: string): string[] {
  const out: string[] = [];
  let cur: unknown = root;
  for (const raw of path.split('.')) {
    const m = /^(.*)\[(\w+)=([^\]]+)\]$/.exec(raw);
    const name = m ? (m[1] as string) : raw;
    out.push(name);
    cur = (cur as Record<string, unknown> | undefined)?.[name];
    if (m) {
      const i = Array.isArray(cur) ? cur.findIndex((x) => String((x as Record<string, unknown>)[m[2] as string]) === m[3]) : -1;
      if (i < 0) throw new Error(`patch selector matches nothing: ${path}`);
      out.push(String(i));
      cur = (cur as unknown[])[i];
    }
  }
  return out;
}

function walkTo(root: Container, path: string, create: boolean): { parent: Container; last: string } {
  const segs = segments(root, path);
  let cur: Container = root;
  for (const seg of segs.slice(0, -1)) {
    const next: unknown = (cur as Record<string, unknown>)[seg];
    if (next === undefined || next === null) {
      if (!create) throw new Error(`patch path not found: ${path}`);
      (cur as Record<string, unknown>)[seg] = {};
    }
    cur = (cur as Record<string, unknown>)[seg] as Container;
  }
  return { parent: cur, last: segs[segs.length - 1] as string };
}

/** Apply patches to a copy of `raw`. */
export function applyPatches(raw: Record<string, unknown>, patches: readonly Patch[] = []): Record<string, unknown> {
  const out = structuredClone(raw);
  for (const p of patches) {
    for (const [path, value] of Object.entries(p.set ?? {})) {
      const { parent, last } = walkTo(out, path, true);
      (parent as Record<string, unknown>)[last] = structuredClone(value);
    }
    for (const path of p.unset ?? []) {
      const { parent, last } = walkTo(out, path, false);
      if (Array.isArray(parent)) parent.splice(Number.parseInt(last, 10), 1);
      else delete parent[last];
    }
    for (const [path, value] of Object.entries(p.push ?? {})) {
      const { parent, last } = walkTo(out, path, true);
      const arr = ((parent as Record<string, unknown>)[last] ??= []) as unknown[];
      arr.push(structuredClone(value));
    }
  }
  return out;
}

/** Parse through the public parser; throws with the issues if the patched input is invalid. */
export function parsePatched(raw: Record<string, unknown>): EvaluationInput {
  const r = safeParseEvaluationInput(raw, { locale: 'en' });
  if (!r.ok) throw new Error(`patched fixture does not parse:\n${r.issues.map((i) => i.message).join('\n')}`);
  return r.value;
}

/** Run the core pack on an input the way evaluateDepartment does. */
export function runCore(input: EvaluationInput, extra: Partial<RunRulesOptions> = {}): RuleReport {
  return runRules(CORE_RULE_PACK, computeFacts(input), {
    waivers: input.waivers,
    department: input.department,
    fiscalYear: input.report.fiscalYear,
    ...extra,
  });
}

/** A rule's overall status across its keys: fail > error > pass > not_applicable. */
export function overallStatus(findings: readonly Finding[]): Finding['status'] {
  for (const s of ['fail', 'error', 'pass'] as const) if (findings.some((f) => f.status === s)) return s;
  return 'not_applicable';
}

/** Every rule fixture file. */
export function readCaseFiles(): RuleCaseFile[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(`${CASES_DIR}${f}`, 'utf8')) as RuleCaseFile);
}
