import type { FactValue } from '../../../../src/facts/types.js';
import type { Locale } from '../../../../src/shared/issues.js';
import type { Rule } from '../../../../src/rules/schema.js';
import type { LeafResult, RuleStatus, Severity } from '../../../../src/rules/types.js';
import { withKey } from './evaluateLeaf.js';
import { factLabel, formatValue, keyName } from './format.js';
import { leafText } from './message.js';
import { fromFact, lookupFact } from './values.js';

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

function body(m: MessageInput): string {
  const en = m.locale === 'en';
  const sep = en ? '; ' : '；';
  const check = m.leaves.filter((l) => l.stage === undefined && l.reason === undefined);
  if (m.status === 'not_applicable' && m.notMet) {
    const when = m.leaves.filter((l) => l.stage === 'when' && l.reason === undefined);
    const failed = when.filter((l) => !l.passed);
    return (en ? 'the rule does not apply: ' : '适用条件不成立：') + (failed.length > 0 ? failed : when).map((l) => leafText(l, m.locale)).join(sep);
  }
  if (m.status === 'not_applicable' || m.status === 'error') return m.reason ?? '';
  const shown = m.status === 'pass' ? check.filter((l) => l.passed) : check.filter((l) => !l.passed);
  return (shown.length > 0 ? shown : check).map((l) => leafText(l, m.locale)).join(sep);
}

function contextText(m: MessageInput): string {
  const en = m.locale === 'en';
  const parts = (m.rule.context ?? []).map((c) => {
    const name = withKey(c.fact, m.key);
    const r = fromFact(lookupFact(m.values, name, m.context), name, m.locale);
    const value = r.ok ? formatValue(r.typed.value, r.typed.type, m.locale) : r.reason;
    const note = c.note ? (en ? ` (${c.note.en})` : `（${c.note['zh-CN']}）`) : '';
    return `${factLabel(name, m.locale)} ${value}${note}`;
  });
  if (parts.length === 0) return '';
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
