/** What every section builder reads: the result, the options resolved once. */
import type { EvaluationInput } from '../../model/schema/input.js';
import type { EvaluationResult } from '../../result.js';
import { type ReportWording, reportWording } from '../../shared/messages/reportWording.js';
import { normalizePunctuation } from '../format/typography.js';
import type { BuildReportOptions, ParagraphBlock, ReportBlock, ReportFlag, ReportLocale, ReportSection } from '../types.js';
import { type Labels, labelsFor } from './labels.js';

/** @internal */
export interface Ctx {
  readonly result: EvaluationResult;
  readonly input: EvaluationInput;
  readonly locale: ReportLocale;
  readonly labels: Labels;
  /** The generated sentences of the report, in the locale. */
  readonly words: ReportWording;
  /** How the department refers to itself: 我局. */
  readonly we: string;
  /** The department's short name, e.g. 区行政审批局. */
  readonly unit: string;
  /** The fiscal year evaluated. */
  readonly year: number;
  readonly charts: boolean;
  /** Input narrative, typeset (or as written when punctuation is preserved). */
  readonly text: (value: string) => string;
}

const SELF: readonly (readonly [RegExp, string])[] = [
  [/中心$/u, '我中心'],
  [/局$/u, '我局'],
  [/委员会$/u, '我委'],
  [/委$/u, '我委'],
  [/办公室$/u, '我办'],
  [/办$/u, '我办'],
  [/院$/u, '我院'],
  [/厅$/u, '我厅'],
  [/部$/u, '我部'],
  [/所$/u, '我所'],
  [/站$/u, '我站'],
  [/馆$/u, '我馆'],
];

/** 巴中市恩阳区行政审批局 → 我局; anything unrecognised → 我单位. @internal */
export function deriveSelfReference(name: string): string {
  for (const [re, we] of SELF) if (re.test(name)) return we;
  return '我单位';
}

/** Resolve options once. @internal */
export function makeContext(result: EvaluationResult, options: BuildReportOptions): Ctx {
  const input = result.input;
  const dep = input.department;
  const unit = dep.shortName ?? dep.name;
  const derived = input.report.mode === 'self' ? deriveSelfReference(dep.name) : unit;
  const locale: ReportLocale = (options.locale ?? result.locale) === 'en' ? 'en' : 'zh-CN';
  const preserve = options.punctuation === 'preserve';
  return {
    result,
    input,
    locale,
    labels: labelsFor(locale),
    words: reportWording(locale),
    we: options.selfReference ?? derived,
    unit,
    year: input.report.fiscalYear,
    charts: options.charts !== false,
    text: (value) => (preserve ? value.trim() : normalizePunctuation(value.trim())),
  };
}

/** A paragraph block. @internal */
export const para = (text: string): ParagraphBlock => ({ kind: 'paragraph', text });

/** A note for the author, printed as its own paragraph (`【待核实】…`). @internal */
export function flagPara(ctx: Ctx, flag: ReportFlag): ParagraphBlock {
  return { kind: 'paragraph', text: `${ctx.words.flagPrefix}${flag.message}`, flag, ...langOf(ctx) };
}

/**
 * A sentence the library writes in the report's locale: marked `lang="en"` in an English report, whose
 * document (the department's narrative) stays Chinese. @internal
 */
export const ownPara = (ctx: Ctx, text: string): ParagraphBlock => ({ kind: 'paragraph', text, ...langOf(ctx) });

const langOf = (ctx: Ctx): { readonly lang?: 'en' } => (ctx.locale === 'en' ? { lang: 'en' } : {});

/** Paragraph blocks for non-empty texts. @internal */
export const paras = (texts: readonly (string | undefined)[]): ParagraphBlock[] =>
  texts.filter((t): t is string => t !== undefined && t.trim() !== '').map(para);

/** A section. @internal */
export function section(id: string, number: string, title: string, blocks: readonly ReportBlock[], sections: readonly ReportSection[] = []): ReportSection {
  return { id, number, title, blocks, sections };
}

/** The notes for the author in blocks and sections, in document order. @internal */
export function collectFlags(blocks: readonly ReportBlock[], sections: readonly ReportSection[]): ReportFlag[] {
  const own = blocks.flatMap((b) => (b.kind === 'paragraph' && b.flag ? [b.flag] : []));
  return [...own, ...sections.flatMap((s) => collectFlags(s.blocks, s.sections))];
}

/**
 * The label of a stated total a finding key names, as the report gives it: the total itself
 * (`staff-actual`), or one of its parts by number (`staff-actual-1`: the first part). Undefined when
 * the key names neither. @internal
 */
export function statedKeyLabel(ctx: Ctx, key: string): string | undefined {
  const stated = ctx.input.statedTotals ?? [];
  const whole = stated.find((t) => t.id === key);
  if (whole) return ctx.text(whole.label);
  const part = /^(.+)-(\d+)$/u.exec(key);
  const label = part ? stated.find((t) => t.id === part[1])?.parts[Number.parseInt(part[2] as string, 10) - 1]?.label : undefined;
  return label !== undefined ? ctx.text(label) : undefined;
}
