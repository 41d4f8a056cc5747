import type { Issue, Locale } from '../../shared/issues.js';
import { dec, ROUNDING, toCanonical } from '../../model/money/decimal.js';
import { addMoney, type Money } from '../../model/money/money.js';
import { type Data, FIELDS, omit, text } from './system.js';
import { issue } from './issue.js';

const GRADE_SOURCE = '财预〔2020〕10号 四档（优 90、良 80、中 60、差 0，按满分折算；二手来源确认）';

/**
 * Grade bands used when neither the sheet nor the caller gives any: the national four grades of
 * 财预〔2020〕10号 at 90% / 80% / 60% of the total (90/80/60 on 100 points), marked `assumed`
 * because the local system may differ. @internal
 */
export function defaultGrades(total: string): Data[] {
  const at = (share: string): string => toCanonical(dec(total).times(share).toDecimalPlaces(2, ROUNDING.halfUp));
  return [
    { label: '优', labelEn: 'excellent', min: at('0.9'), assumed: true, reliability: 'S', source: GRADE_SOURCE },
    { label: '良', labelEn: 'good', min: at('0.8'), assumed: true, reliability: 'S', source: GRADE_SOURCE },
    { label: '中', labelEn: 'fair', min: at('0.6'), assumed: true, reliability: 'S', source: GRADE_SOURCE },
    { label: '差', labelEn: 'poor', min: '0', assumed: true, reliability: 'S', source: GRADE_SOURCE },
  ];
}

/** Provenance given to an imported system, and to its leaves, when nothing says otherwise. @internal */
export function importedProvenance(sheet: string): Data {
  return { reliability: 'K', source: `表格导入：${sheet}`, note: '由 jixiao/xlsx 从用户表格导入，未与发文原件核对' };
}

/**
 * System-level fields for an imported tree: the caller's `meta` first, then the hidden sheet's,
 * then what the sheet shows (title, year in the title), then documented defaults — each field
 * taken from a default is listed so the report can say so. @internal
 */
export function systemMeta(
  args: {
    readonly meta: Data | undefined;
    readonly embedded: Data | undefined;
    readonly title: string | undefined;
    readonly sheet: string;
    readonly roots: readonly Data[];
  },
  locale: Locale,
  issues: Issue[],
): { system: Data; defaults: string[] } {
  const given = { ...omit(args.embedded ?? {}, FIELDS.tree), ...omit(args.meta ?? {}, FIELDS.tree) };
  const defaults: string[] = [];
  const or = (key: string, fallback: () => unknown): unknown => {
    if (given[key] !== undefined) return given[key];
    defaults.push(key);
    return fallback();
  };
  const total = text(given, 'total') ?? addMoney(args.roots.map((r) => r[FIELDS.points] as Money));
  const year = /((?:19|20)\d{2})\s*年/.exec(args.title ?? '')?.[1];
  if (given['year'] === undefined && year === undefined) issues.push(issue('required', ['meta', 'year'], {}, locale));
  const system: Data = {
    ...given,
    id: or('id', () => 'imported'),
    version: or('version', () => '1'),
    name: given['name'] ?? args.title ?? args.sheet,
    jurisdiction: or('jurisdiction', () => '未注明'),
    year: given['year'] ?? (year !== undefined ? Number.parseInt(year, 10) : undefined),
    total,
    provenance: or('provenance', () => importedProvenance(args.sheet)),
    grades: or('grades', () => defaultGrades(total)),
    unavailablePolicy: or('unavailablePolicy', () => 'zero'),
    [FIELDS.tree]: args.roots,
  };
  if (given['name'] === undefined) defaults.push(args.title !== undefined ? 'name（取自标题）' : 'name（取自工作表名）');
  if (given['year'] === undefined && year !== undefined) defaults.push('year（取自标题）');
  return { system, defaults };
}
