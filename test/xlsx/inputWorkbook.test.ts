import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { read, utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { evaluateDepartment, type EvaluationInputData } from '../../src/index.js';
import type { ScoreNode } from '../../src/scoring/index.js';
import { readInputWorkbook, readLedgerSheet, writeInputTemplate } from '../../src/xlsx/index.js';

const FIXTURE = fileURLToPath(new URL('../../src/examples/enyang-administrative-approval-2022.json', import.meta.url));
const enyang = (): EvaluationInputData => JSON.parse(readFileSync(FIXTURE, 'utf8')) as EvaluationInputData;

/** Set cells of one sheet of a workbook's bytes (as a clerk would type them) and return the new bytes. */
function fill(bytes: Uint8Array, sheet: string, cells: Readonly<Record<string, string | number | null>>): Uint8Array {
  const wb = read(bytes, { type: 'array' });
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(`no sheet ${sheet}`);
  for (const [addr, v] of Object.entries(cells)) {
    if (v === null) delete ws[addr];
    else utils.sheet_add_aoa(ws, [[v]], { origin: addr });
  }
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** The text in column A of each row of a sheet (to check the layout the tests rely on). */
function labels(bytes: Uint8Array, sheet: string): string[] {
  const ws = read(bytes, { type: 'array' }).Sheets[sheet];
  return (utils.sheet_to_json<string[]>(ws!, { header: 1, blankrows: true, defval: '' }) as string[][]).map((r) => String(r[0] ?? ''));
}

const leaves = (nodes: readonly ScoreNode[]): ScoreNode[] => nodes.flatMap((n) => (n.children && n.children.length > 0 ? leaves(n.children) : [n]));

describe('writeInputTemplate / readInputWorkbook', () => {
  it('the template filled from the Enyang fixture evaluates to 98 (优秀) with the same deductions', () => {
    const r = readInputWorkbook(writeInputTemplate({ data: enyang() }));
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
    const result = evaluateDepartment(r.value);
    const reference = evaluateDepartment(enyang());
    expect(result.score.total).toBe('98');
    expect(result.score.grade.label).toBe(reference.score.grade.label);
    expect(result.score.deductions.map((d) => [d.indicatorId, d.points])).toEqual(reference.score.deductions.map((d) => [d.indicatorId, d.points]));
  });

  it('the template has the sheets a clerk fills, with a hidden machine sheet', () => {
    const wb = read(writeInputTemplate(), { type: 'array' });
    expect(wb.SheetNames).toEqual(
      expect.arrayContaining(['部门信息', '人员编制', '收入', '支出明细', '支出汇总', '三公经费', '管理情况', '工作任务', 'jixiao-input']),
    );
    expect(wb.Workbook?.Sheets?.find((s) => s.name === 'jixiao-input')?.Hidden).toBe(1);
    expect(labels(writeInputTemplate(), '部门信息')[3]).toBe('部门名称');
  });

  it('an empty template filled cell by cell with the required figures evaluates, leaving the rest pending', () => {
    let bytes = writeInputTemplate();
    bytes = fill(bytes, '部门信息', { B4: '某县示例局', B10: '县级', B11: '行政单位', B16: 2024, B17: 2023 });
    bytes = fill(bytes, '人员编制', { B5: 5, B6: 8, B7: 1, B10: 5, B11: 8, B12: 1 });
    bytes = fill(bytes, '收入', { B4: 500, B12: '20.00' });
    bytes = fill(bytes, '支出明细', { A4: '2010301', C4: '30101', E4: 480, F4: '基本' });
    bytes = fill(bytes, '支出汇总', { B8: 40 });
    bytes = fill(bytes, '三公经费', { B4: 0, B10: 0, B15: 0, B20: '0.8' });
    bytes = fill(bytes, '管理情况', { B11: '否', B15: '否' });
    const r = readInputWorkbook(bytes);
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
    expect(r.value.ledger?.income).toEqual({ sources: [{ kind: 'fiscal_appropriation', name: '财政拨款收入', amount: '500' }], carriedIn: '20' });
    expect(r.value.ledger?.expenditure?.lines).toEqual([{ functional: '2010301', economic: '30101', amount: '480', nature: 'basic' }]);
    // nothing the clerk left blank became a figure
    expect(r.value.ledger?.budget).toBeUndefined();
    expect(r.value.threePublicFunds?.reception).toEqual({ actual: '0.8' });
    const result = evaluateDepartment(r.value);
    expect(leaves(result.score.root).some((l) => l.status !== 'scored')).toBe(true);
  });
});

describe('readInputWorkbook: every issue at its cell', () => {
  it('an empty template reports each required cell by sheet and address (zh-CN and en)', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const r = readInputWorkbook(writeInputTemplate(), { locale });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const at = r.issues.map((i) => `${i.path.join('!')} ${i.code}`);
      expect(at).toEqual(
        // what a report may leave out (收入, 支出, 管理情况 …) is optional: absent is not zero, and not an error either
        expect.arrayContaining(['部门信息!B4 required', '部门信息!B10 required']),
      );
      for (const i of r.issues) {
        expect(i.path).toHaveLength(2);
        expect(i.path[1]).toMatch(/^[A-Z]+\d+$/);
        expect(i.params).toMatchObject({ sheet: i.path[0], cell: i.path[1] });
      }
    }
  });

  it('bad cells are reported at their address: an amount, a 是/否, a count, a 支出性质', () => {
    let bytes = writeInputTemplate({ data: enyang() });
    bytes = fill(bytes, '管理情况', { B11: '也许' });
    let r = readInputWorkbook(bytes, { locale: 'en' });
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([[['管理情况', 'B11'], 'invalid_value']]);

    bytes = writeInputTemplate({ data: enyang() });
    bytes = fill(bytes, '支出明细', { E4: '12.3.4', F5: '其他' });
    r = readInputWorkbook(bytes);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      [['支出明细', 'E4'], 'invalid_amount'],
      [['支出明细', 'F5'], 'invalid_value'],
    ]);

    bytes = fill(writeInputTemplate({ data: enyang() }), '人员编制', { B5: '五人' });
    r = readInputWorkbook(bytes);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code, i.params?.['field']])).toEqual([
      [['人员编制', 'B5'], 'invalid_type', 'department.staffing.authorized.civilServant'],
    ]);
  });

  it('a workbook that is not the template says which sheets are missing', () => {
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['x']]), 'Sheet1');
    const r = readInputWorkbook(new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    expect(r.ok ? [] : r.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(['部门信息', '收入', '支出明细']));
  });
});

describe('readLedgerSheet details the template relies on', () => {
  it('a blank 上年结转和结余 or 收入总计 is unknown, not 0', () => {
    const r = readLedgerSheet(writeInputTemplate(), { unit: '万元' });
    expect(r.ok && r.value.income).toEqual({ sources: [] });
  });

  it('a stated subtotal row needs no 支出性质; a detail line still does', () => {
    const wb = utils.book_new();
    const rows = [
      ['功能分类科目编码', '经济分类科目编码', '金额', '支出性质'],
      ['201', '', '10', ''],
      ['2010301', '30101', '10', '基本'],
    ];
    utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), '支出');
    const bytes = (x: unknown[][]): Uint8Array => {
      const b = utils.book_new();
      utils.book_append_sheet(b, utils.aoa_to_sheet(x), '支出');
      return new Uint8Array(write(b, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    };
    const ok = readLedgerSheet(bytes(rows), { unit: '万元' });
    expect(ok.ok && ok.value.byFunctional).toEqual([{ code: '201', amount: '10' }]);
    const bad = readLedgerSheet(bytes([...rows, ['2010301', '30102', '5', '']]), { unit: '万元' });
    expect(bad.ok ? [] : bad.issues.map((i) => [i.path, i.code])).toEqual([[['支出', 'row 4', '支出性质'], 'invalid_value']]);
  });
});
