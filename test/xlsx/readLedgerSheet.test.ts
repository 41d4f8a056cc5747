import { describe, expect, it } from 'vitest';
import { readLedgerSheet } from '../../src/xlsx/index.js';
import { bytesOf, csvBytes, workbook, type Aoa } from './support.js';

const EXPENDITURE: Aoa = [
  ['支出决算明细表'],
  ['单位：元'],
  ['功能分类科目编码', '功能分类科目名称', '经济分类科目编码', '经济分类科目名称', '合计', '基本支出', '项目支出'],
  ['合计', null, null, null, 5_300_000, 4_300_000, 1_000_000],
  ['2010301', '行政运行', null, null, 4_300_000, 4_300_000, null],
  ['2010301', '行政运行', '30101', '基本工资', 1_200_000.5, 1_200_000.5, null],
  ['2010301', '行政运行', '30211', '差旅费', 99_999.5, 99_999.5, null],
  ['2010301', '行政运行', '302', '商品和服务支出', 120_000, 120_000, null],
  ['2010301', '行政运行', '30201', '办公费', 20_500.5, 20_500.5, null],
  ['2010350', '事业运行', '31007', '信息网络及软件购置更新', 226_800, null, 226_800],
];

const INCOME: Aoa = [
  ['收入决算表'],
  ['单位：元'],
  ['项目', '金额'],
  ['一、一般公共预算财政拨款收入', 4_417_200],
  ['二、事业收入', '0'],
  ['三、其他收入', '12,345.60'],
  ['上年结转和结余', 1_343_600],
  ['收入总计', 5_773_145.6],
];

describe('readLedgerSheet', () => {
  it('reads lines, subtotals and income from an .xlsx workbook, in 万元', () => {
    const bytes = bytesOf(workbook({ name: '支出', rows: EXPENDITURE }, { name: '收入', rows: INCOME }), 'xlsx');
    const r = readLedgerSheet(bytes);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const v = r.value;
    expect(v.unit).toBe('元');
    expect(v.lines).toEqual([
      { functional: '2010301', economic: '30101', amount: '120.00005', nature: 'basic', label: '基本工资' },
      { functional: '2010301', economic: '30211', amount: '9.99995', nature: 'basic', label: '差旅费' },
      { functional: '2010301', economic: '30201', amount: '2.05005', nature: 'basic', label: '办公费' },
      { functional: '2010350', economic: '31007', amount: '22.68', nature: 'project', label: '信息网络及软件购置更新' },
    ]);
    expect(v.report.subtotals).toEqual([{ sheet: '支出', row: 8, functional: '2010301', economic: '302' }]);
    expect(v.byFunctional).toEqual([{ code: '2010301', amount: '430' }]);
    expect(v.statedTotal).toBe('530');
    expect(v.income).toEqual({
      total: '577.31456',
      sources: [
        { kind: 'fiscal_appropriation', name: '一、一般公共预算财政拨款收入', amount: '441.72' },
        { kind: 'other', name: '三、其他收入', amount: '1.23456' },
      ],
      carriedIn: '134.36',
    });
    expect(v.precision).toBe(5);
  });

  it('locates every bad cell: bad code and bad amount in the middle of the table (.xls)', () => {
    const rows = EXPENDITURE.map((r) => r.slice());
    (rows[6] as (string | number | null)[])[2] = '3021';
    (rows[7] as (string | number | null)[])[5] = '12O,000';
    const r = readLedgerSheet(bytesOf(workbook({ name: 'Sheet1', rows }), 'biff8'), { locale: 'en' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_code', ['Sheet1', 'row 7', '经济分类科目编码']],
      ['invalid_amount', ['Sheet1', 'row 8', '基本支出']],
    ]);
    expect(r.issues[1]?.message).toContain('Sheet1.row 8.基本支出');
  });

  it('reads CSV with a declared unit and a nature column; unit conflict is an issue', () => {
    const csv = csvBytes([
      ['功能分类科目编码', '经济分类科目编码', '金额（万元）', '支出性质'],
      ['2010301', '30101', '120.5', '基本'],
      ['2010301', '30211', '1,234.5', '项目'],
    ]);
    const r = readLedgerSheet(csv, { format: 'csv' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.lines.map((l) => [l.amount, l.nature])).toEqual([
      ['120.5', 'basic'],
      ['1234.5', 'project'],
    ]);
    const c = readLedgerSheet(csv, { format: 'csv', unit: '元' });
    expect(c.ok ? [] : c.issues.map((i) => i.code)).toEqual(['invalid_value']);
  });

  it('asks for the unit and the nature rather than guessing', () => {
    const noUnit = readLedgerSheet(
      csvBytes([
        ['功能分类科目编码', '经济分类科目编码', '金额'],
        ['2010301', '30101', '1'],
      ]),
      { nature: 'basic' },
    );
    expect(noUnit.ok ? [] : noUnit.issues.map((i) => [i.code, i.path])).toEqual([['required', ['CSV', 'unit']]]);
    const noNature = readLedgerSheet(
      csvBytes([
        ['功能分类科目编码', '经济分类科目编码', '金额'],
        ['2010301', '30101', '1'],
      ]),
      { unit: '元' },
    );
    expect(noNature.ok ? [] : noNature.issues.map((i) => i.code)).toEqual(['missing_column']);
  });
});
