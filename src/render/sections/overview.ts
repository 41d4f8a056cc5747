/** 一、部门概况: (一)机构组成 (二)机构职能 (三)人员概况. */
import { endSentence } from '../format/typography.js';
import { formatAsOf, sectionNumber } from '../format/number.js';
import { type Ctx, para, section } from '../internal/context.js';
import type { ReportSection } from '../types.js';

/** 股室 when every unit is a 股 or 室, 科室 for 科/室, 处室 for 处/室, else 内设机构. */
function unitNoun(units: readonly string[]): string {
  const lasts = new Set(units.map((u) => u.slice(-1)));
  const within = (allowed: string): boolean => [...lasts].every((c) => allowed.includes(c));
  if (within('股室')) return '股室';
  if (within('科室')) return '科室';
  if (within('处室')) return '处室';
  return '内设机构';
}

/** The 机构组成 sentence, from parent, rank and internal units. @internal */
export function organisationSentence(ctx: Ctx): string {
  const d = ctx.input.department;
  const parts: string[] = [];
  if (d.parent) parts.push(`${ctx.unit}是${ctx.text(d.parent)}`);
  if (d.rank) parts.push(parts.length ? `为${d.rank}` : `${ctx.unit}为${d.rank}`);
  if (d.internalUnits.length > 0) {
    const units = d.internalUnits.map(ctx.text);
    parts.push(`${parts.length ? '' : ctx.unit}内设${units.join('、')}${units.length}个${unitNoun(units)}`);
  }
  return parts.length ? endSentence(parts.join('，')) : '';
}

/** `公务员编制6人，事业编制10人` — zero counts left out. */
function counts(items: readonly (readonly [string, number | undefined])[]): string[] {
  return items.filter(([, n]) => n !== undefined && n > 0).map(([label, n]) => `${label}${n}人`);
}

/**
 * The report's own names of staff categories: the parts of a stated count (`statedTotals`) whose
 * total and values are these figures, in order (`控制性工勤` where a report says so). Undefined
 * when no stated count matches: the generic names are used then.
 */
function statedLabels(ctx: Ctx, total: number | undefined, values: readonly (number | undefined)[]): string[] | undefined {
  const present = values.filter((n): n is number => n !== undefined && n > 0);
  const match = (ctx.input.statedTotals ?? []).find(
    (t) => t.kind === 'count' && t.total === total && t.parts.length === present.length && t.parts.every((p, i) => p.value === present[i]),
  );
  if (!match) return undefined;
  let i = 0;
  return values.map((n) => (n !== undefined && n > 0 ? ctx.text(match.parts[i++]?.label ?? '') : ''));
}

/** Category names: the report's own when a stated count gives them, else the generic ones. */
function labelled(
  names: readonly string[],
  own: readonly string[] | undefined,
  values: readonly (number | undefined)[],
): (readonly [string, number | undefined])[] {
  return names.map((name, i) => [own?.[i] || name, values[i]] as const);
}

/** The 人员概况 sentences, from the staffing numbers. @internal */
export function staffingSentence(ctx: Ctx): string {
  return staffingText(ctx) ?? '未提供人员编制情况。';
}

/** The 人员概况 sentences, or undefined when the input has no staffing figures. */
function staffingText(ctx: Ctx): string | undefined {
  const s = ctx.input.department.staffing;
  if (s === undefined) return undefined;
  const a = s.authorized ?? {};
  const x = s.actual ?? {};
  // absent is not zero: a total is the stated one, else the sum of the parts only when every part is given
  const sumAll = (ns: readonly (number | undefined)[]): number | undefined =>
    ns.every((n) => n !== undefined) ? ns.reduce<number>((t, n) => t + (n ?? 0), 0) : undefined;
  const authorizedTotal = s.authorizedTotal ?? sumAll([a.civilServant, a.institution, a.logistics, a.other ?? 0]);
  const actualTotal = s.actualTotal ?? sumAll([x.civilServant, x.institution, x.logistics, x.purchasedService, x.other ?? 0]);
  // generic category names; a report's own (机关工勤, 控制性工勤 …) come from its stated counts
  const authorizedValues = [a.civilServant, a.institution, a.logistics, a.other];
  const actualValues = [x.civilServant, x.institution, x.logistics, x.purchasedService, x.other];
  const authorized = counts(
    labelled(
      ['公务员编制', '事业编制', ctx.input.department.kind === 'administrative' ? '机关工勤' : '工勤编制', '其他编制'],
      statedLabels(ctx, authorizedTotal, authorizedValues),
      authorizedValues,
    ),
  );
  const actual = counts(
    labelled(['公务员', '事业人员', '工勤人员', '购买服务人员', '其他编外人员'], statedLabels(ctx, actualTotal, actualValues), actualValues),
  );
  const first =
    authorizedTotal !== undefined
      ? `截止${formatAsOf(s.asOf, ctx.year)}，${ctx.we}核定人员编制${authorizedTotal}人${authorized.length ? `，${authorized.join('，')}` : ''}。`
      : authorized.length > 0
        ? `截止${formatAsOf(s.asOf, ctx.year)}，${ctx.we}核定人员编制：${authorized.join('，')}。`
        : '';
  const second =
    actualTotal !== undefined
      ? `实有在职人员${actualTotal}人${actual.length ? `，其中：${actual.join('，')}` : ''}。`
      : actual.length > 0
        ? `实有人员：${actual.join('，')}。`
        : '';
  return first === '' && second === '' ? undefined : first + second;
}

/**
 * 一、部门概况: each sub-section only when the input has its facts (a sub-section the data cannot
 * fill is left out and the others renumbered, not printed as 未提供…). @internal
 */
export function overviewSection(ctx: Ctx, n: number): ReportSection {
  const id = `sec-${n}`;
  const functions = ctx.input.department.functions ?? '';
  const parts: (readonly [string, string | undefined])[] = [
    ['机构组成', organisationSentence(ctx) || undefined],
    ['机构职能', functions.trim() ? ctx.text(functions) : undefined],
    ['人员概况', staffingText(ctx)],
  ];
  const present = parts.filter((p): p is readonly [string, string] => p[1] !== undefined);
  const subs = present.map(([title, text], i) => section(`${id}-${i + 1}`, sectionNumber(2, i + 1), title, [para(text)]));
  return section(id, sectionNumber(1, n), '部门概况', subs.length > 0 ? [] : [para('未提供部门概况。')], subs);
}
