import type { FactValue } from '../../facts/types.js';
import type { Locale } from '../../shared/issues.js';
import { ruleMessages } from '../../shared/messages/rules.js';
import type { Rule } from '../schema.js';
import type { LeafResult, RuleStatus } from '../types.js';
import { withKey } from './evaluateLeaf.js';
import { factLabel, formatValue, isCode, keyName, type NamedKey, type Shown } from './format.js';
import { leafText } from './message.js';
import { fromFact, lookupFact } from './values.js';

/** What a finding's message is built from. @internal */
export interface MessageInput {
  readonly rule: Rule;
  readonly key: string | undefined;
  readonly status: RuleStatus;
  readonly rounding: boolean;
  /** Passed within the rounding bound by more than typical rounding. */
  readonly suspect: boolean;
  readonly leaves: readonly LeafResult[];
  readonly reason: string | undefined;
  /** True when the rule's `when` condition was false. */
  readonly notMet: boolean;
}

/**
 * What every message of a run shares (the run's `EvalContext` fits): passed beside the
 * {@link MessageInput}, not copied into one per finding. @internal
 */
export interface MessageRun {
  readonly values: Readonly<Record<string, FactValue>>;
  /** Facts that depend on run options, looked up before `values`. */
  readonly context?: Readonly<Record<string, FactValue>> | undefined;
  readonly locale: Locale;
  /** The run's printed values (see {@link Shown}). */
  readonly shown: Shown;
}

function tag(m: MessageInput, locale: Locale): string {
  const t = ruleMessages(locale);
  if (m.status === 'pass') return m.suspect ? t.tagSuspect : m.rounding ? t.tag.rounding : t.tag.pass;
  if (m.status === 'not_applicable') return t.tag.notApplicable;
  if (m.status === 'error') return t.tag.ruleError;
  return t.severityTag(m.rule.severity);
}

/** The finding's key and its name, for its heading and the labels of its facts (undefined without a key). */
function namedKey(m: MessageInput, locale: Locale): NamedKey | undefined {
  const key = m.key;
  if (key === undefined) return undefined;
  const forEach = m.rule.forEach;
  const ruleHint = forEach?.startsWith('economic') ? 'economic' : forEach?.startsWith('functional') ? 'functional' : undefined;
  // keyName reads the hint only for a code in Chinese; the labels compare hints on the same terms.
  const hint = locale !== 'en' && isCode(key) ? ruleHint : undefined;
  return { key, hint, name: keyName(key, locale, hint) };
}

function heading(m: MessageInput, locale: Locale, named: NamedKey | undefined): string {
  const title = m.rule.title[locale === 'en' ? 'en' : 'zh-CN'];
  return named === undefined ? title : ruleMessages(locale).keyedTitle(title, named.name);
}

/**
 * The texts of the explained leaves of `stage` (those without a reason) that `passed` as asked, or
 * of all of them when none did, joined by `sep`: appended in one loop (no filtered array, no array
 * of texts to join, per finding).
 */
function leavesText(
  leaves: readonly LeafResult[],
  stage: 'when' | undefined,
  passed: boolean,
  sep: string,
  locale: Locale,
  shown: Shown,
  named: NamedKey | undefined,
): string {
  let any = false;
  for (const l of leaves) if (l.stage === stage && l.reason === undefined && l.passed === passed) any = true;
  let out = '';
  let first = true;
  for (const l of leaves) {
    if (l.stage !== stage || l.reason !== undefined || (any && l.passed !== passed)) continue;
    out += first ? leafText(l, locale, shown, named) : sep + leafText(l, locale, shown, named);
    first = false;
  }
  return out;
}

/** The body of a finding's message: the leaves that explain the verdict, or the reason. */
function body({ status, notMet, reason, leaves }: MessageInput, { locale, shown }: MessageRun, named: NamedKey | undefined): string {
  const t = ruleMessages(locale);
  // The `when` leaves that failed, or all of them.
  if (status === 'not_applicable' && notMet) return t.whenNotMet(leavesText(leaves, 'when', false, t.listSeparator, locale, shown, named));
  if (status === 'not_applicable' || status === 'error') return reason ?? '';
  // The `check` leaves that agree with the verdict (passed ones for a pass), or all of them.
  return leavesText(leaves, undefined, status === 'pass', t.listSeparator, locale, shown, named);
}

function contextText(m: MessageInput, run: MessageRun, named: NamedKey | undefined): string {
  const facts = m.rule.context;
  if (facts === undefined || facts === null || facts.length === 0) return '';
  const t = ruleMessages(run.locale);
  // The facts are appended to one string (no array of their texts to join, per finding).
  let parts = '';
  for (let i = 0; i < facts.length; i++) {
    const c = facts[i] as (typeof facts)[number];
    const name = withKey(c.fact, m.key);
    const r = fromFact(lookupFact(run.values, name, run.context), name, run.locale);
    const value = r.ok ? formatValue(r.typed.value, r.typed.type, run.locale, run.shown) : r.reason;
    const part = t.contextFact(factLabel(name, run.locale, named), value, c.note?.[run.locale === 'en' ? 'en' : 'zh-CN']);
    parts = i === 0 ? part : parts + t.contextSeparator + part;
  }
  return t.alsoReported(parts);
}

/** The message of one finding, generated from the rule and the numbers. @internal */
export function findingMessage(m: MessageInput, run: MessageRun): string {
  const { locale } = run;
  const named = namedKey(m, locale);
  return ruleMessages(locale).finding(tag(m, locale), heading(m, locale, named), body(m, run, named)) + contextText(m, run, named);
}

/** The waiver suffix of a message. @internal */
export function waivedSuffix(reason: string, locale: Locale): string {
  return ruleMessages(locale).waived(reason);
}
