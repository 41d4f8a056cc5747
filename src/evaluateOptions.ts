import * as z from 'zod';
import type { Issue, Issues, Locale, Result } from './shared/issues.js';
import { fromZodIssues } from './shared/zodIssues.js';
import { makeIssue } from './shared/makeIssue.js';
import { WaiverSchema, type Waiver } from './model/schema/input.js';
import { DateSchema } from './model/schema/primitives.js';
import { type RulePack, ThresholdSetSchema, type ThresholdSet } from './rules/index.js';
import { validateRulePack } from './rules/validateRulePack.js';

/** Options after validation. @internal */
export interface CheckedOptions {
  readonly locale: Locale;
  readonly system: unknown;
  readonly rulePacks: readonly RulePack[];
  readonly coreRules: boolean;
  readonly asOf?: string;
  readonly waivers: readonly Waiver[];
  readonly thresholds?: readonly ThresholdSet[];
}

// Built once: constructing a zod schema (and its compiled fast path) on every call cost more than
// validating the options themselves.
const WaiversSchema = z.array(WaiverSchema);
const ThresholdSetsSchema = z.array(ThresholdSetSchema);
const NO_WAIVERS: readonly Waiver[] = [];
const NO_PACKS: readonly RulePack[] = Object.freeze([]);

/**
 * Validate the options object of evaluateDepartment: a bad option is a located issue under
 * `options`, never a TypeError from deep inside. @internal
 */
export function checkOptions(raw: unknown): Result<CheckedOptions> {
  const o = (raw ?? {}) as Record<string, unknown>;
  // Most calls pass no options (`{}`, the default) or only a system: every option this function
  // validates is then undefined, and the answer is the defaults below, without building the issue
  // list and result pieces of the general path. Reads the same properties the general path reads.
  if (
    typeof o === 'object' &&
    o.locale === undefined &&
    o.asOf === undefined &&
    o.coreRules === undefined &&
    o.rulePacks === undefined &&
    o.waivers === undefined &&
    o.thresholds === undefined
  ) {
    return { ok: true, value: { locale: 'zh-CN', system: o.system, rulePacks: NO_PACKS, coreRules: true, waivers: NO_WAIVERS } };
  }
  const locale: Locale = typeof o === 'object' && o.locale === 'en' ? 'en' : 'zh-CN';
  if (typeof raw !== 'object' && raw !== undefined) {
    return { ok: false, issues: [makeIssue('invalid_type', ['options'], { expected: 'object', received: typeof raw }, locale)] };
  }
  const issues: Issue[] = [];
  if (o.locale !== undefined && o.locale !== 'en' && o.locale !== 'zh-CN') {
    issues.push(makeIssue('invalid_value', ['options', 'locale'], { expected: 'zh-CN | en', received: JSON.stringify(String(o.locale)).slice(0, 40) }, locale));
  }
  if (o.asOf !== undefined && (typeof o.asOf !== 'string' || !DateSchema.safeParse(o.asOf).success)) {
    issues.push(
      makeIssue('invalid_date', ['options', 'asOf'], { received: typeof o.asOf === 'string' ? JSON.stringify(o.asOf.slice(0, 20)) : typeof o.asOf }, locale),
    );
  }
  if (o.coreRules !== undefined && typeof o.coreRules !== 'boolean') {
    issues.push(makeIssue('invalid_type', ['options', 'coreRules'], { expected: 'boolean', received: typeof o.coreRules }, locale));
  }
  const rulePacks: RulePack[] = [];
  if (o.rulePacks !== undefined) {
    if (!Array.isArray(o.rulePacks))
      issues.push(makeIssue('invalid_type', ['options', 'rulePacks'], { expected: 'array', received: typeof o.rulePacks }, locale));
    else {
      o.rulePacks.forEach((p: unknown, i: number) => {
        const r = validateRulePack(p, locale);
        if (r.ok) rulePacks.push(r.value);
        else issues.push(...r.issues.map((x) => ({ ...x, path: ['options', 'rulePacks', i, ...x.path] })));
      });
    }
  }
  const waivers = o.waivers === undefined ? { success: true as const, data: NO_WAIVERS } : WaiversSchema.safeParse(o.waivers, { reportInput: true });
  if (!waivers.success) issues.push(...fromZodIssues(waivers.error.issues, locale, ['options', 'waivers']));
  const thresholds = o.thresholds === undefined ? undefined : ThresholdSetsSchema.safeParse(o.thresholds, { reportInput: true });
  if (thresholds && !thresholds.success) issues.push(...fromZodIssues(thresholds.error.issues, locale, ['options', 'thresholds']));
  if (issues.length > 0) return { ok: false, issues: issues as unknown as Issues };
  return {
    ok: true,
    value: {
      locale,
      system: o.system,
      rulePacks,
      coreRules: o.coreRules !== false,
      ...(typeof o.asOf === 'string' ? { asOf: o.asOf } : {}),
      waivers: waivers.success ? waivers.data : [],
      ...(thresholds?.success ? { thresholds: thresholds.data } : {}),
    },
  };
}
