import type { FactValue } from '../../facts/types.js';
import type { Locale } from '../../shared/issues.js';
import type { Rule } from '../schema.js';
import type { LeafResult, RuleStatus, Severity } from '../types.js';
import { withKey } from './evaluateLeaf.js';
import { factLabel, formatValue, keyName } from './format.js';
import { leafText } from './message.js';
import { fromFact, lookupFact } from './values.js';

/** Severity tags in Chinese and English. */
const SEVERITY: Readonly<Record<Severity, readonly [string, string]>> = {
  error: ['强制性', 'error'],
  warning: ['提示性', 'warning'],
  info: ['信息', 'info'],
};

/** What a finding's message is built from. @internal */
export interface MessageInput {
  readonly rule: Rule;
  readonly key: string | undefined;
  readonly status: RuleStatus;
  readonly rounding: boolean;
  readonly leaves: readonly LeafResult[];
  readonly reason: string | undefined;
  /** True when the rule's `when` condition was false. */
  readonly notMet: boolean;
  readonly values: Readonly<Record<string, FactValue>>;
  /** Facts that depend on run options, looked up before `values`. */
  readonly context?: Readonly<Record<string, FactValue>> | undefined;
  readonly locale: Locale;
}

function tag(m: MessageInput): string {
  const en = m.locale === 'en';
  if (m.status === 'pass') return m.rounding ? (en ? '[info · rounding]' : '【信息·尾差】') : en ? '[pass]' : '【通过】';
  if (m.status === 'not_applicable') return en ? '[not applicable]' : '【不适用】';
  if (m.status === 'error') return en ? '[rule error]' : '【无法判定】';
  const [zh, e] = SEVERITY[m.rule.severity];
  return en ? `[${e}]` : `【${zh}】`;
}

function heading(m: MessageInput): string {
  const en = m.locale === 'en';
  const title = m.rule.title[en ? 'en' : 'zh-CN'];
  if (m.key === undefined) return title;
  const hint = m.rule.forEach?.startsWith('economic') ? 'economic' : m.rule.forEach?.startsWith('functional') ? 'functional' : undefined;
  const k = keyName(m.key, m.locale, hint);
  return en ? `${title} (${k})` : `${title}（${k}）`;
}

/** The texts of the leaves that `keep` selects, or of all `leaves` when it selects none, joined by `sep`. */
function leavesText(leaves: readonly LeafResult[], inScope: (l: LeafResult) => boolean, keep: (l: LeafResult) => boolean, sep: string, locale: Locale): string {
  // Two passes over a handful of leaves instead of filtered copies of the array.
  let any = false;
  for (const l of leaves) {
    if (inScope(l) && keep(l)) {
      any = true;
      break;
    }
  }
  let out = '';
  let first = true;
  for (const l of leaves) {
    if (!inScope(l) || (any && !keep(l))) continue;
    out += first ? leafText(l, locale) : sep + leafText(l, locale);
    first = false;
  }
  return out;
}

const isCheck = (l: LeafResult): boolean => l.stage === undefined && l.reason === undefined;
const isWhen = (l: LeafResult): boolean => l.stage === 'when' && l.reason === undefined;
const passed = (l: LeafResult): boolean => l.passed;
const failed = (l: LeafResult): boolean => !l.passed;

/** The body of a finding's message: the leaves that explain the verdict, or the reason. */
function body({ status, notMet, reason, leaves, locale }: MessageInput): string {
  const en = locale === 'en';
  const sep = en ? '; ' : '；';
  if (status === 'not_applicable' && notMet) {
    // The `when` leaves that failed, or all of them.
    return (en ? 'the rule does not apply: ' : '适用条件不成立：') + leavesText(leaves, isWhen, failed, sep, locale);
  }
  if (status === 'not_applicable' || status === 'error') return reason ?? '';
  // The `check` leaves that agree with the verdict (passed ones for a pass), or all of them.
  return leavesText(leaves, isCheck, status === 'pass' ? passed : failed, sep, locale);
}

function contextText(m: MessageInput): string {
  const facts = m.rule.context;
  if (facts === undefined || facts === null || facts.length === 0) return '';
  const en = m.locale === 'en';
  const parts = facts.map((c) => {
    const name = withKey(c.fact, m.key);
    const r = fromFact(lookupFact(m.values, name, m.context), name, m.locale);
    const value = r.ok ? formatValue(r.typed.value, r.typed.type, m.locale) : r.reason;
    const note = c.note ? (en ? ` (${c.note.en})` : `（${c.note['zh-CN']}）`) : '';
    return `${factLabel(name, m.locale)} ${value}${note}`;
  });
  return en ? ` Also: ${parts.join('; ')}.` : `另：${parts.join('；')}。`;
}

/** The message of one finding, generated from the rule and the numbers. @internal */
export function findingMessage(m: MessageInput): string {
  const en = m.locale === 'en';
  const text = body(m);
  const main = `${tag(m)}${en ? ' ' : ''}${heading(m)}${text ? (en ? `: ${text}.` : `：${text}。`) : en ? '.' : '。'}`;
  return main + contextText(m);
}

/** The waiver suffix of a message. @internal */
export function waivedSuffix(reason: string, locale: Locale): string {
  return locale === 'en' ? ` Waived: ${reason}` : `（已豁免：${reason}）`;
}
