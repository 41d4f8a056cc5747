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

/** The 人员概况 sentences, from the staffing numbers. @internal */
export function staffingSentence(ctx: Ctx): string {
  const s = ctx.input.department.staffing;
  if (s === undefined) return '未提供人员编制情况。';
  const a = s.authorized ?? {};
  const x = s.actual ?? {};
  // absent is not zero: a total is the stated one, else the sum of the parts only when every part is given
  const sumAll = (ns: readonly (number | undefined)[]): number | undefined =>
    ns.every((n) => n !== undefined) ? ns.reduce<number>((t, n) => t + (n ?? 0), 0) : undefined;
  const authorizedTotal = s.authorizedTotal ?? sumAll([a.civilServant, a.institution, a.logistics, a.other ?? 0]);
  const actualTotal = s.actualTotal ?? sumAll([x.civilServant, x.institution, x.logistics, x.purchasedService, x.other ?? 0]);
  const logistics = ctx.input.department.kind === 'administrative' ? '机关工勤' : '工勤编制';
  const authorized = counts([
    ['公务员编制', a.civilServant],
    ['事业编制', a.institution],
    [logistics, a.logistics],
    ['其他编制', a.other],
  ]);
  const actual = counts([
    ['公务员', x.civilServant],
    ['事业人员', x.institution],
    ['控制性工勤', x.logistics],
    ['购买服务人员', x.purchasedService],
    ['其他编外人员', x.other],
  ]);
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
  if (first === '' && second === '') return '未提供人员编制情况。';
  return first + second;
}

/** 一、部门概况. @internal */
export function overviewSection(ctx: Ctx, n: number): ReportSection {
  const id = `sec-${n}`;
  const functions = ctx.input.department.functions ?? '';
  return section(
    id,
    sectionNumber(1, n),
    '部门概况',
    [],
    [
      section(`${id}-1`, sectionNumber(2, 1), '机构组成', [para(organisationSentence(ctx) || '未提供机构组成情况。')]),
      section(`${id}-2`, sectionNumber(2, 2), '机构职能', [para(functions.trim() ? ctx.text(functions) : '未提供机构职能。')]),
      section(`${id}-3`, sectionNumber(2, 3), '人员概况', [para(staffingSentence(ctx))]),
    ],
  );
}
