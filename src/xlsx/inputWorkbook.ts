import { utils, write, type WorkSheet } from '@e965/xlsx';
import type { EvaluationInputData } from '../model/schema/input.js';
import { safeParseEvaluationInput } from '../model/parse.js';
import { formatPath, type Issue, type Issues, type Locale, type PathSegment, type Result } from '../shared/issues.js';
import { cellText, columnLetter, type Cell, type Grid } from './internal/grid.js';
import { fail, issue, pickLocale } from './internal/issue.js';
import {
  EXPENDITURE_SHEET,
  FORM_HEADERS,
  type FieldType,
  type FormSheet,
  HEADER_ROW,
  INCOME_SHEET,
  INPUT_MACHINE_SHEET,
  INPUT_SHEETS,
  INPUT_TEMPLATE_MARK,
  INPUT_TEMPLATE_VERSION,
  type LedgerSheetSpec,
  type TableSheet,
} from './internal/inputSpec.js';
import { readGrids } from './internal/workbook.js';
import { readLedgerSheet } from './readLedgerSheet.js';
import type { ReadSheetOptions } from './types.js';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Options of {@link writeInputTemplate}.
 *
 * @example
 * ```ts
 * import { writeInputTemplate, type WriteInputTemplateOptions } from 'jixiao/xlsx';
 * const options: WriteInputTemplateOptions = { data: existingInput };
 * const bytes = writeInputTemplate(options);
 * ```
 */
export interface WriteInputTemplateOptions {
  /** An evaluation input (amounts in 万元) to fill the template with; default: an empty template. */
  readonly data?: EvaluationInputData;
}

const INSTRUCTIONS: readonly string[] = [
  '部门整体支出绩效评价 · 数据填报表（jixiao）',
  '',
  '1. 按工作表逐项填写“填写内容”列或表格行；金额一律以“万元”为单位，可保留两位小数。',
  '2. 空白表示“未填写”，不是 0：确为零的数请填 0；没有的数据留空，相关指标会标为“待评”。',
  '3. “是/否”项填“是”或“否”；多个取值用顿号（、）分隔。',
  '4. 支出明细每行一条：功能分类科目编码 + 经济分类科目编码 + 金额 + 支出性质（基本/项目）。',
  '   只填功能分类编码（或只填经济分类编码）的行是报告所列的分类合计，会与明细核对。',
  '5. 填好后运行：jixiao evaluate 本文件.xlsx -o 报告.md',
  '6. 隐藏的 jixiao-input 工作表供程序识别本模板，请勿删除。',
];

// ---------------------------------------------------------------- writing

function reverse(map: Readonly<Record<string, string>>, value: unknown): string {
  const hit = Object.entries(map).find(([, v]) => v === value);
  return hit ? hit[0] : String(value);
}

/** A value of the input as the text a clerk would type into its cell. */
function toCellValue(type: FieldType, v: unknown): string | number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof type === 'object') {
    if ('enum' in type) return reverse(type.enum, v);
    return Array.isArray(v) ? v.map((x) => reverse(type.enumList, x)).join('、') : undefined;
  }
  switch (type) {
    case 'bool':
      return v === true ? '是' : v === false ? '否' : String(v);
    case 'int':
      return typeof v === 'number' ? v : String(v);
    case 'list':
      return Array.isArray(v) ? v.map(String).join('、') : String(v);
    case 'lines':
      return Array.isArray(v) ? v.map(String).join('\n') : String(v);
    default:
      return String(v);
  }
}

function get(obj: unknown, path: readonly PathSegment[]): unknown {
  let cur = obj;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isRecord(cur) && typeof seg === 'string') cur = Object.hasOwn(cur, seg) ? cur[seg] : undefined;
    else return undefined;
  }
  return cur;
}

type Row = (string | number | undefined)[];

function sheetOf(rows: readonly Row[], widths: readonly number[]): WorkSheet {
  const ws = utils.aoa_to_sheet(rows.map((r) => r.map((c) => (c === undefined ? null : c))));
  ws['!cols'] = widths.map((wch) => ({ wch }));
  return ws;
}

function formRows(spec: FormSheet, data: unknown): Row[] {
  return [
    [spec.title],
    ['空白表示未填写（不是 0）；带“必填”的项必须填写'],
    [...FORM_HEADERS],
    ...spec.fields.map((f): Row => [f.label, toCellValue(f.type, get(data, f.path)), f.note ?? '']),
  ];
}

function tableRows(spec: TableSheet, data: unknown): Row[] {
  const items = get(data, spec.path);
  const rows: Row[] = [];
  if (Array.isArray(items)) {
    for (const item of items) {
      if (spec.group === 'sections') {
        const paragraphs = get(item, ['paragraphs']);
        (Array.isArray(paragraphs) ? paragraphs : []).forEach((p, i) => rows.push([i === 0 ? String(get(item, ['title']) ?? '') : '', String(p)]));
      } else rows.push(spec.columns.map((c) => toCellValue(c.type, get(item, [c.key]))));
    }
  }
  return [
    [spec.title],
    [
      spec.columns.filter((c) => c.required).length > 0
        ? `必填列：${spec.columns
            .filter((c) => c.required)
            .map((c) => c.header)
            .join('、')}`
        : '',
    ],
    spec.columns.map((c) => c.header),
    ...rows,
  ];
}

const INCOME_DEFAULT_NAMES: Readonly<Record<string, string>> = {
  fiscal_appropriation: '财政拨款收入',
  government_fund: '政府性基金预算收入',
  state_capital: '国有资本经营预算收入',
  higher_level_subsidy: '上级补助收入',
  business: '事业收入',
  operating: '经营收入',
  subsidiary: '附属单位上缴收入',
  other: '其他收入',
};

function ledgerRows(spec: LedgerSheetSpec, data: unknown): Row[] {
  const head: Row[] = [[spec.title], ['空白表示未填写（不是 0）'], [...spec.headers]];
  if (data === undefined) return [...head, ...(spec.rows ?? []).map((r) => [...r])];
  if (spec.name === INCOME_SHEET) {
    const income = get(data, ['ledger', 'income']);
    const sources = get(income, ['sources']);
    const rows: Row[] = (Array.isArray(sources) ? sources : []).map((s): Row => {
      const kind = String(get(s, ['kind']));
      const name = get(s, ['name']);
      return [typeof name === 'string' ? name : (INCOME_DEFAULT_NAMES[kind] ?? kind), toCellValue('money', get(s, ['amount']))];
    });
    rows.push(['上年结转和结余', toCellValue('money', get(income, ['carriedIn']))]);
    const total = get(income, ['total']);
    if (total !== undefined) rows.push(['收入总计', toCellValue('money', total)]);
    return [...head, ...rows];
  }
  const exp = get(data, ['ledger', 'expenditure']);
  const rows: Row[] = [];
  const list = (k: string): unknown[] => {
    const v = get(exp, [k]);
    return Array.isArray(v) ? v : [];
  };
  for (const l of list('lines')) {
    const str = (k: string): string | undefined => (typeof get(l, [k]) === 'string' ? (get(l, [k]) as string) : undefined);
    rows.push([str('functional'), undefined, str('economic'), str('label'), str('amount'), str('nature') === 'project' ? '项目' : '基本', str('project')]);
  }
  for (const f of list('byFunctional')) rows.push([String(get(f, ['code'])), undefined, undefined, undefined, String(get(f, ['amount']))]);
  for (const e of list('byEconomic')) rows.push([undefined, undefined, String(get(e, ['code'])), undefined, String(get(e, ['amount']))]);
  return [...head, ...rows];
}

/**
 * Write the data-entry workbook a finance clerk fills instead of JSON: sheets 部门信息, 人员编制, 收入,
 * 支出明细, 支出汇总, 三公经费, 管理情况, 信息公开, 工作任务 … with header rows and input cells (amounts
 * in 万元), plus a hidden `jixiao-input` sheet that marks the file as this template. Read it back with
 * {@link readInputWorkbook}. With `data`, the cells are filled from an existing input.
 *
 * @example
 * ```ts
 * import { writeInputTemplate } from 'jixiao/xlsx';
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('绩效评价填报表.xlsx', writeInputTemplate());
 * ```
 */
export function writeInputTemplate(options: WriteInputTemplateOptions = {}): Uint8Array {
  const data: unknown = options.data;
  const wb = utils.book_new();
  utils.book_append_sheet(
    wb,
    sheetOf(
      INSTRUCTIONS.map((t) => [t]),
      [100],
    ),
    '填写说明',
  );
  for (const spec of INPUT_SHEETS) {
    if (spec.kind === 'form') utils.book_append_sheet(wb, sheetOf(formRows(spec, data), [30, 40, 50]), spec.name);
    else if (spec.kind === 'table')
      utils.book_append_sheet(
        wb,
        sheetOf(
          tableRows(spec, data),
          spec.columns.map((c) => c.width ?? 12),
        ),
        spec.name,
      );
    else utils.book_append_sheet(wb, sheetOf(ledgerRows(spec, data), spec.widths ?? spec.headers.map(() => 16)), spec.name);
  }
  utils.book_append_sheet(wb, sheetOf([[INPUT_TEMPLATE_MARK, INPUT_TEMPLATE_VERSION]], [24, 8]), INPUT_MACHINE_SHEET);
  wb.Workbook = { Sheets: wb.SheetNames.map((name) => ({ name, Hidden: name === INPUT_MACHINE_SHEET ? 1 : 0 })) };
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

// ---------------------------------------------------------------- reading

/**
 * Options of {@link readInputWorkbook}.
 *
 * @example
 * ```ts
 * import { readInputWorkbook, type ReadInputWorkbookOptions } from 'jixiao/xlsx';
 * const options: ReadInputWorkbookOptions = { locale: 'en' };
 * const r = readInputWorkbook(bytes, options);
 * ```
 */
export type ReadInputWorkbookOptions = Omit<ReadSheetOptions, 'sheet' | 'format' | 'encoding'>;

type Where = InputCell;

class Builder {
  readonly data: Json = { unit: '万元' };
  /** Input path (joined) → the cell it was read from. */
  readonly cells = new Map<string, Where>();
  /** The same cells keyed by the formatted path (what {@link readInputWorkbookWithCells} returns). */
  readonly byPath: Record<string, Where> = {};
  readonly issues: Issue[] = [];
  constructor(readonly locale: Locale) {}

  set(path: readonly PathSegment[], value: unknown, where: Where): void {
    let cur: Json | unknown[] = this.data;
    for (let i = 0; i < path.length - 1; i++) {
      const seg = path[i] as PathSegment;
      const next = path[i + 1];
      const existing: unknown = Array.isArray(cur) ? cur[seg as number] : cur[seg as string];
      const child = existing ?? (typeof next === 'number' ? [] : {});
      if (Array.isArray(cur)) cur[seg as number] = child;
      else cur[seg as string] = child;
      cur = child as Json | unknown[];
    }
    const last = path[path.length - 1] as PathSegment;
    if (Array.isArray(cur)) cur[last as number] = value;
    else cur[last as string] = value;
    this.cells.set(path.join('\u0000'), where);
    this.byPath[formatPath(path)] = where;
  }

  /** Create the objects above `path` so that a missing required field is reported on its own cell. */
  ensureParents(path: readonly PathSegment[]): void {
    let cur: Json = this.data;
    for (const seg of path.slice(0, -1)) {
      const next = cur[seg as string];
      if (next === undefined) cur[seg as string] = {};
      else if (!isRecord(next)) return;
      cur = cur[seg as string] as Json;
    }
  }

  note(path: readonly PathSegment[], where: Where): void {
    this.cells.set(path.join('\u0000'), where);
    this.byPath[formatPath(path)] = where;
  }

  bad(where: Where, expected: string, received: string): void {
    this.issues.push(issue('invalid_value', [where.sheet, where.cell], { expected, received, sheet: where.sheet, cell: where.cell }, this.locale));
  }

  /** The cell an issue of the evaluation input belongs to: its own, the nearest parent's, or the first field under it. */
  locate(path: readonly PathSegment[]): Where | undefined {
    for (let n = path.length; n > 0; n--) {
      const hit = this.cells.get(path.slice(0, n).join('\u0000'));
      if (hit) return hit;
    }
    const prefix = path.join('\u0000');
    for (const [k, w] of this.cells) if (prefix === '' || k.startsWith(`${prefix}\u0000`)) return w;
    return undefined;
  }
}

const REQUIRED_CONTAINERS: readonly (readonly string[])[] = [
  ['department', 'region'],
  ['management', 'internalControls'],
  ['management', 'assets'],
  ['management', 'disclosure'],
  ['management', 'supervision'],
  ['ledger', 'expenditure'],
];

const SPLIT_LIST = /[、，,;；\n]+/;

/** A cell's text as the value of one input field; undefined when blank. */
function convert(type: FieldType, cell: Cell | undefined, where: Where, b: Builder): unknown {
  const text = cell?.text.trim() ?? '';
  if (text === '') return undefined;
  if (typeof type === 'object') {
    const map = 'enum' in type ? type.enum : type.enumList;
    const one = (t: string): string | undefined => map[t] ?? (Object.values(map).includes(t) ? t : undefined);
    const parts =
      'enum' in type
        ? [text]
        : text
            .split(SPLIT_LIST)
            .map((s) => s.trim())
            .filter(Boolean);
    const values = parts.map(one);
    const badAt = values.findIndex((v) => v === undefined);
    if (badAt >= 0) {
      b.bad(where, Object.keys(map).join('、'), parts[badAt] as string);
      return undefined;
    }
    return 'enum' in type ? values[0] : values;
  }
  switch (type) {
    case 'int':
      // Left as text when it is no whole number: the model's own check reports it at this cell.
      return /^[+-]?\d{1,15}$/.test(cell?.number ?? text) ? Number.parseInt(cell?.number ?? text, 10) : text;
    case 'money':
    case 'decimal':
      return cell?.number ?? text;
    case 'bool': {
      if (/^(是|有|true|yes|y|√|✓)$/i.test(text)) return true;
      if (/^(否|无|false|no|n|×|✗)$/i.test(text)) return false;
      b.bad(where, '是、否', text);
      return undefined;
    }
    case 'date':
      return dateText(cell, text);
    case 'list':
      return text
        .split(SPLIT_LIST)
        .map((s) => s.trim())
        .filter(Boolean);
    case 'lines':
      return text
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean);
    default:
      return text;
  }
}

/** A date typed as a date (an Excel serial number) or as 2022/12/31, 2022.12.31, 2022年12月31日 → YYYY-MM-DD. */
function dateText(cell: Cell | undefined, text: string): string {
  if (cell?.number !== undefined && /^\d{5}$/.test(cell.number)) {
    const d = new Date(Date.UTC(1899, 11, 30) + Number.parseInt(cell.number, 10) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  return m ? `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}` : text;
}

const headerRowIndex = HEADER_ROW - 1;

function readForm(grid: Grid, spec: FormSheet, b: Builder): void {
  const byLabel = new Map<string, number>();
  for (let r = headerRowIndex + 1; r < grid.rows.length; r++) {
    const label = cellText(grid, r, 0);
    if (label && !byLabel.has(label)) byLabel.set(label, r);
  }
  for (const f of spec.fields) {
    const r = byLabel.get(f.label);
    if (r === undefined) continue;
    const where = { sheet: grid.name, cell: `B${r + 1}` };
    b.note(f.path, where);
    if (f.required) b.ensureParents(f.path);
    const v = convert(f.type, grid.rows[r]?.[1], where, b);
    if (v !== undefined) b.set(f.path, v, where);
  }
}

function readTable(grid: Grid, spec: TableSheet, b: Builder): void {
  const cols = new Map<string, number>();
  (grid.rows[headerRowIndex] ?? []).forEach((c, i) => {
    const t = c?.text.trim();
    if (t && !cols.has(t)) cols.set(t, i);
  });
  const firstCol = spec.columns.map((c) => cols.get(c.header)).find((c) => c !== undefined);
  b.note(spec.path, { sheet: grid.name, cell: `${columnLetter(firstCol ?? 0)}${HEADER_ROW + 1}` });
  let n = 0;
  let section: { title: string; paragraphs: string[] } | undefined;
  const sections: { title: string; paragraphs: string[] }[] = [];
  for (let r = headerRowIndex + 1; r < grid.rows.length; r++) {
    const present = spec.columns.some((c) => cols.has(c.header) && cellText(grid, r, cols.get(c.header) as number) !== '');
    if (!present) continue;
    if (spec.group === 'sections') {
      const title = cellText(grid, r, cols.get('标题') ?? 0);
      const paragraph = cellText(grid, r, cols.get('段落') ?? 1);
      if (!section || (title !== '' && title !== section.title)) {
        section = { title, paragraphs: [] };
        sections.push(section);
        b.note([...spec.path, sections.length - 1, 'title'], { sheet: grid.name, cell: `A${r + 1}` });
      }
      if (paragraph) section.paragraphs.push(paragraph);
      continue;
    }
    const index = n++;
    for (const c of spec.columns) {
      const col = cols.get(c.header);
      const where = { sheet: grid.name, cell: `${columnLetter(col ?? 0)}${r + 1}` };
      const path = [...spec.path, index, c.key];
      b.note(path, where);
      if (col === undefined) continue;
      const v = convert(c.type, grid.rows[r]?.[col], where, b) ?? (c.idPrefix ? `${c.idPrefix}${r + 1}` : undefined);
      if (v !== undefined) b.set(path, v, where);
    }
    if (!get(b.data, [...spec.path, index])) b.set([...spec.path, index], {}, { sheet: grid.name, cell: `A${r + 1}` });
  }
  if (spec.group === 'sections') sections.forEach((s, i) => b.set([...spec.path, i], s, { sheet: grid.name, cell: `A${HEADER_ROW + 1}` }));
}

/** `['支出明细', 'row 7', '金额']` from readLedgerSheet → `['支出明细', 'E7']` with the header's column. */
function ledgerIssue(i: Issue, grids: readonly Grid[], locale: Locale): Issue {
  const [sheet, row, header] = i.path;
  const m = typeof row === 'string' ? /^row (\d+)$/.exec(row) : null;
  const grid = grids.find((g) => g.name === sheet);
  if (!m || !grid || typeof header !== 'string') return i;
  const col = (grid.rows[headerRowIndex] ?? []).findIndex((c) => c?.text.trim() === header);
  if (col < 0) return i;
  const cell = `${columnLetter(col)}${m[1]}`;
  return issue(i.code, [grid.name, cell], { ...i.params, sheet: grid.name, cell }, locale);
}

function readLedger(bytes: Uint8Array, grids: readonly Grid[], options: ReadInputWorkbookOptions, b: Builder): void {
  const r = readLedgerSheet(bytes, { ...options, locale: b.locale, unit: '万元' });
  const expenditureCell = { sheet: EXPENDITURE_SHEET, cell: `A${HEADER_ROW + 1}` };
  b.note(['ledger', 'expenditure'], expenditureCell);
  b.note(['ledger', 'income'], { sheet: INCOME_SHEET, cell: `A${HEADER_ROW + 1}` });
  const incomeGrid = grids.find((g) => g.name === INCOME_SHEET);
  if (incomeGrid) {
    for (let row = headerRowIndex + 1; row < incomeGrid.rows.length; row++) {
      const name = cellText(incomeGrid, row, 0);
      if (/上年结转/.test(name)) b.note(['ledger', 'income', 'carriedIn'], { sheet: INCOME_SHEET, cell: `B${row + 1}` });
      if (/收入总计/.test(name)) b.note(['ledger', 'income', 'total'], { sheet: INCOME_SHEET, cell: `B${row + 1}` });
    }
  }
  if (!r.ok) {
    b.issues.push(...r.issues.map((i) => ledgerIssue(i, grids, b.locale)));
    return;
  }
  const v = r.value;
  const income = v.income ?? { sources: [] };
  b.set(
    ['ledger', 'income', 'sources'],
    income.sources.map((s) => ({ kind: s.kind, name: s.name, amount: s.amount })),
    { sheet: INCOME_SHEET, cell: `A${HEADER_ROW + 1}` },
  );
  if (income.carriedIn !== undefined) b.set(['ledger', 'income', 'carriedIn'], income.carriedIn, b.locate(['ledger', 'income', 'carriedIn']) as Where);
  if (income.total !== undefined) b.set(['ledger', 'income', 'total'], income.total, b.locate(['ledger', 'income', 'total']) as Where);
  const lines = v.lines.map((l) => ({ ...l }));
  b.set(['ledger', 'expenditure', 'lines'], lines, expenditureCell);
  b.set(
    ['ledger', 'expenditure', 'byFunctional'],
    v.byFunctional.map((x) => ({ ...x })),
    expenditureCell,
  );
  b.set(
    ['ledger', 'expenditure', 'byEconomic'],
    v.byEconomic.map((x) => ({ ...x })),
    expenditureCell,
  );
  if (v.statedTotal !== undefined && get(b.data, ['ledger', 'expenditure', 'total']) === undefined) {
    b.set(['ledger', 'expenditure', 'total'], v.statedTotal, expenditureCell);
  }
}

/**
 * Where one field of an evaluation input was read from in a data-entry workbook.
 *
 * @example
 * ```ts
 * import type { InputCell } from 'jixiao/xlsx';
 * const where: InputCell = { sheet: '收入', cell: 'B6' };
 * ```
 */
export interface InputCell {
  /** The sheet's name, e.g. `收入`. */
  readonly sheet: string;
  /** The cell's A1 address, e.g. `B6`. */
  readonly cell: string;
}

/**
 * A data-entry workbook read with the cell of every field: what {@link readInputWorkbookWithCells} returns.
 * `cells` is keyed by the field's path as `formatPath` writes it (`ledger.income.total`,
 * `performance.tasks[2].completed`); it is plain data (it can cross a `postMessage`). Look a path up
 * with {@link cellOfPath}, which falls back to the nearest field above it.
 *
 * @example
 * ```ts
 * import { readInputWorkbookWithCells, type LocatedInput } from 'jixiao/xlsx';
 * const r = readInputWorkbookWithCells(bytes);
 * const located: LocatedInput | undefined = r.ok ? r.value : undefined;
 * located?.cells['ledger.income.total']; // { sheet: '收入', cell: 'B6' }
 * ```
 */
export interface LocatedInput {
  /** The evaluation input, as {@link readInputWorkbook} returns it. */
  readonly input: EvaluationInputData;
  /** Formatted input path → the cell it was read from (or, for a list or table, its header row). */
  readonly cells: Readonly<Record<string, InputCell>>;
}

/**
 * The cell an input path was read from: its own, else the nearest enclosing field's (a table row, a
 * sheet), else undefined. Use it to show a rule's finding (about `ledger.income.total`) at the cell a
 * clerk typed the figure in.
 *
 * @param cells - {@link LocatedInput.cells}.
 * @param path - A path into the evaluation input, e.g. `['ledger', 'income', 'total']`.
 * @returns The sheet and A1 address, or undefined when nothing on the path came from a cell.
 * @example
 * ```ts
 * import { cellOfPath, readInputWorkbookWithCells } from 'jixiao/xlsx';
 * const r = readInputWorkbookWithCells(bytes);
 * if (r.ok) cellOfPath(r.value.cells, ['ledger', 'income', 'total']); // { sheet: '收入', cell: 'B6' }
 * ```
 */
export function cellOfPath(cells: Readonly<Record<string, InputCell>>, path: readonly PathSegment[]): InputCell | undefined {
  for (let n = path.length; n > 0; n--) {
    const key = formatPath(path.slice(0, n));
    if (Object.hasOwn(cells, key)) return cells[key];
  }
  return undefined;
}

/**
 * {@link readInputWorkbook}, also returning the cell every field was read from, so that what is found
 * later (a failed rule about a stated total) can be shown at its cell, not only the reader's own issues.
 *
 * @param bytes - The workbook's bytes (an `ArrayBuffer` view in the browser, a `Buffer` in Node).
 * @param options - Locale and limits, as for {@link readInputWorkbook}.
 * @returns The input and its cells, or the issues, each at its cell.
 * @example
 * ```ts
 * import { readInputWorkbookWithCells } from 'jixiao/xlsx';
 * const r = readInputWorkbookWithCells(new Uint8Array(await file.arrayBuffer()));
 * if (r.ok) console.log(r.value.input.department.name, r.value.cells['department.name']); // { sheet: '部门信息', cell: 'B4' }
 * ```
 */
export function readInputWorkbookWithCells(bytes: Uint8Array, options: ReadInputWorkbookOptions = {}): Result<LocatedInput> {
  const r = readWorkbook(bytes, options);
  if (!r.ok) return r;
  return { ok: true, value: { input: r.value.data as EvaluationInputData, cells: r.value.byPath } };
}

/**
 * Read a data-entry workbook written by {@link writeInputTemplate} (and filled in) into an evaluation
 * input. Form cells are found by their label, table columns by their header, and the 收入 and 支出明细
 * sheets are read by {@link readLedgerSheet}. The result is checked like any input; every issue is
 * located at the cell it came from: `path: ['支出汇总', 'B8']`, `params: { sheet, cell }`.
 *
 * @example
 * ```ts
 * import { evaluateDepartment } from 'jixiao';
 * import { readInputWorkbook } from 'jixiao/xlsx';
 * import { readFileSync } from 'node:fs';
 * const r = readInputWorkbook(readFileSync('绩效评价填报表.xlsx'));
 * if (r.ok) console.log(evaluateDepartment(r.value).score.total);
 * else for (const i of r.issues) console.error(i.message); // 部门信息.B2: 必填 …
 * ```
 */
export function readInputWorkbook(bytes: Uint8Array, options: ReadInputWorkbookOptions = {}): Result<EvaluationInputData> {
  const r = readWorkbook(bytes, options);
  return r.ok ? { ok: true, value: r.value.data as EvaluationInputData } : r;
}

function readWorkbook(bytes: Uint8Array, options: ReadInputWorkbookOptions): Result<Builder> {
  const locale = pickLocale(options.locale);
  const grids = readGrids(bytes, { limits: options.limits, locale }, []);
  if (!grids.ok) return grids;
  const b = new Builder(locale);
  const names = new Set(grids.value.map((g) => g.name));
  const missing = INPUT_SHEETS.filter((s) => s.kind !== 'table' && !names.has(s.name));
  if (missing.length > 0) {
    return fail(...(missing.map((s) => issue('required', [s.name], { sheet: s.name }, locale)) as [Issue, ...Issue[]]));
  }
  for (const spec of INPUT_SHEETS) {
    const grid = grids.value.find((g) => g.name === spec.name);
    if (!grid) continue;
    if (spec.kind === 'form') readForm(grid, spec, b);
    else if (spec.kind === 'table') readTable(grid, spec, b);
  }
  readLedger(bytes, grids.value, options, b);
  // Objects the input requires although every field in them is optional: an empty one says "nothing known".
  for (const container of REQUIRED_CONTAINERS) b.ensureParents([...container, '']);
  if (b.issues.length > 0) return { ok: false, issues: b.issues as unknown as Issues };
  const parsed = safeParseEvaluationInput(b.data, { locale });
  if (!parsed.ok) {
    const issues = parsed.issues.map((i) => {
      const where = b.locate(i.path);
      if (!where) return i;
      // A blank cell whose field has no default is a missing value, whatever zod calls it (an enum says invalid_value).
      const blank = b.cells.has(i.path.join('\u0000')) && get(b.data, i.path) === undefined;
      const params = { ...(blank ? {} : i.params), sheet: where.sheet, cell: where.cell, field: formatPath(i.path) };
      return issue(blank ? 'required' : i.code, [where.sheet, where.cell], params, locale);
    });
    return { ok: false, issues: issues as unknown as Issues };
  }
  return { ok: true, value: b };
}
