/**
 * The one-line summary `jixiao evaluate` prints on stderr after the report: total, grade, open
 * 强制性 and 提示性 findings, pending indicators — "98分 优秀 · 强制性 0 未通过 · 提示性 1 · 待评 0 项" —
 * with "（暂定）" while any indicator is pending, and a line naming the indicator system when the
 * default was used (and any scope warning). In colour only where the terminal supports it.
 */
import type { EvaluationResult, Locale } from '../index.js';

interface SummaryWords {
  readonly total: (total: string) => string;
  readonly provisional: string;
  readonly mandatory: (n: string) => string;
  readonly advisory: (n: string) => string;
  readonly pending: (n: string) => string;
  readonly separator: string;
  readonly afterTotal: string;
  readonly defaultSystem: (id: string, name: string) => string;
}

const WORDS: Readonly<Record<Locale, SummaryWords>> = {
  'zh-CN': {
    total: (t) => `${t}分`,
    provisional: '（暂定）',
    mandatory: (n) => `强制性 ${n} 未通过`,
    advisory: (n) => `提示性 ${n}`,
    pending: (n) => `待评 ${n} 项`,
    separator: ' · ',
    afterTotal: ' ',
    defaultSystem: (id, name) => `评价指标体系：${id}（${name}）（未指定 --system，缺省选用）`,
  },
  en: {
    total: (t) => `${t} points`,
    provisional: ' (provisional)',
    mandatory: (n) => `${n} mandatory failed`,
    advisory: (n) => `${n} advisory`,
    pending: (n) => `${n} pending`,
    separator: ' · ',
    afterTotal: ', ',
    defaultSystem: (id, name) => `Indicator system: ${id} (${name}), used by default (no --system given)`,
  },
};

const SGR = { bold: '1', red: '31', green: '32', yellow: '33', dim: '2' } as const;

/**
 * Should output to this stream be coloured? Not when `NO_COLOR` is set to anything non-empty
 * (https://no-color.org), not when the stream is not a terminal or `TERM=dumb`; `FORCE_COLOR`
 * (non-empty, not `0`) turns it on for a non-terminal, `FORCE_COLOR=0` off.
 */
export function colourFor(stream: { readonly isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

/** The summary lines (without a final newline), coloured with ANSI SGR codes when `colour` is true. */
export function summaryLines(result: EvaluationResult, locale: Locale, colour: boolean): string[] {
  const w = WORDS[locale];
  const paint = (text: string, ...codes: string[]): string => (colour && codes.length > 0 ? `\u001b[${codes.join(';')}m${text}\u001b[0m` : text);
  const open = result.rules.findings.filter((f) => f.status === 'fail' && !f.waived);
  const mandatory = open.filter((f) => f.severity === 'error').length;
  const advisory = open.filter((f) => f.severity === 'warning').length;
  const s = result.score;
  const pending = s.assessed?.pending ?? 0;
  const provisional = s.provisional === true;
  const head = `${paint(w.total(s.total), SGR.bold)}${w.afterTotal}${paint(s.grade.label, SGR.bold)}${provisional ? paint(w.provisional, SGR.yellow) : ''}`;
  const line = [
    head,
    paint(w.mandatory(String(mandatory)), mandatory > 0 ? SGR.red : SGR.green),
    paint(w.advisory(String(advisory)), advisory > 0 ? SGR.yellow : SGR.dim),
    paint(w.pending(String(pending)), pending > 0 ? SGR.yellow : SGR.dim),
  ].join(w.separator);
  const lines = [line];
  const system = result.system;
  if (system?.chosenBy === 'default') lines.push(paint(w.defaultSystem(system.id, system.name), SGR.dim));
  for (const n of result.notices) if (n.code === 'system_scope_mismatch') lines.push(paint(n.message, SGR.yellow));
  return lines;
}
