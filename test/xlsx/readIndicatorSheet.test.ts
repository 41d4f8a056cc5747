import { describe, expect, it } from 'vitest';
import { readIndicatorSheet } from '../../src/xlsx/index.js';
import { bytesOf, csvBytes, workbook, type Aoa } from './support.js';

const HEAD = ['一级指标', '二级指标', '三级指标', '权重', '指标说明', '评分规则', '自评得分', '扣分原因'];
const ROWS: Aoa = [
  ['2023年区级部门整体支出绩效评价指标体系'],
  HEAD,
  ['投入（15分）', '目标设定', '绩效目标合理性', 2, '是否符合三定方案', '根据目标合理性酌情打分', 2, null],
  [null, null, '绩效指标明确性', 3, null, '①目标分解（1分）；②指标量化（1分）；③可衡量（1分）', 3, null],
  [null, '预算配置', '在职人员控制率', 3, '在职人员数/编制数', '以100%为标准，≤100%计3分；每超过一个百分点扣0.1分，扣完为止', 3, null],
  [null, null, '“三公经费”变动率', 3, null, '≤0 计 3 分，每超过0一个百分点扣0.3分，扣完为止', 2.7, '三公经费增长1个百分点'],
  [null, null, '重点支出安排率', 4, null, '≥90%得4分；80%-90%得3分；70%-80%得2分；60%-70%得1分；<60%得0分', 4, null],
  ['过程', '预算执行', '预算调整率', 3, null, '=0得3分；0-10%（含）得2分；10%-20%（含）得1分；20%-30%（含）得0.5分；>30%得0分', 3, null],
  [null, '预算管理', '资金使用合规性', 3, null, '每发现一项违规问题扣1分，扣完为止', 3, null],
  [null, '宣传培训', null, 2, null, '根据宣传培训开展情况酌情打分', 1, '宣传培训不足'],
  ['合计', null, null, 23, null, null, 21.7, null],
  ['填表说明：本表由部门自评填写'],
  [],
];
// 投入 and its two 二级 are merged; 预算配置's second and third rows are left blank (inherit);
// 过程 is merged; 宣传培训 (a leaf at level 2) spans 二级 and 三级.
const MERGES = ['A3:A7', 'B3:B4', 'A8:A10', 'B10:C10', 'A12:H13'];

const PROVENANCE = { reliability: 'K', source: '表格导入：指标', note: '由 jixiao/xlsx 从用户表格导入，未与发文原件核对' };
const leaf = (id: string, name: string, points: string, standard: string, extra: Record<string, unknown>): Record<string, unknown> => ({
  id,
  name,
  points,
  standard,
  provenance: PROVENANCE,
  ...extra,
});

const EXPECTED_TREE = [
  {
    id: '1',
    name: '投入',
    points: '15',
    children: [
      {
        id: '1.1',
        name: '目标设定',
        points: '5',
        children: [
          leaf('1.1.1', '绩效目标合理性', '2', '根据目标合理性酌情打分', { basis: '是否符合三定方案', method: 'manual' }),
          leaf('1.1.2', '绩效指标明确性', '3', '①目标分解（1分）；②指标量化（1分）；③可衡量（1分）', { method: 'manual' }),
        ],
      },
      {
        id: '1.2',
        name: '预算配置',
        points: '10',
        children: [
          leaf('1.2.1', '在职人员控制率', '3', '以100%为标准，≤100%计3分；每超过一个百分点扣0.1分，扣完为止', {
            basis: '在职人员数/编制数',
            method: 'linear',
            fact: 'ratio.staffControl',
            target: '100',
            direction: 'above',
            perPoint: '0.1',
          }),
          leaf('1.2.2', '“三公经费”变动率', '3', '≤0 计 3 分，每超过0一个百分点扣0.3分，扣完为止', {
            method: 'linear',
            fact: 'ratio.threePublicChange',
            target: '0',
            direction: 'above',
            perPoint: '0.3',
          }),
          leaf('1.2.3', '重点支出安排率', '4', '≥90%得4分；80%-90%得3分；70%-80%得2分；60%-70%得1分；<60%得0分', {
            method: 'bands',
            fact: 'ratio.keyExpenditure',
            closed: 'lower',
            bands: [
              { max: '60', points: '0' },
              { min: '60', max: '70', points: '1' },
              { min: '70', max: '80', points: '2' },
              { min: '80', max: '90', points: '3' },
              { min: '90', points: '4' },
            ],
          }),
        ],
      },
    ],
  },
  {
    id: '2',
    name: '过程',
    points: '8',
    children: [
      {
        id: '2.1',
        name: '预算执行',
        points: '3',
        children: [
          leaf('2.1.1', '预算调整率', '3', '=0得3分；0-10%（含）得2分；10%-20%（含）得1分；20%-30%（含）得0.5分；>30%得0分', {
            method: 'bands',
            fact: 'ratio.budgetAdjustment',
            closed: 'upper',
            bands: [
              { max: '0', points: '3' },
              { min: '0', max: '10', points: '2' },
              { min: '10', max: '20', points: '1' },
              { min: '20', max: '30', points: '0.5' },
              { min: '30', points: '0' },
            ],
          }),
        ],
      },
      {
        id: '2.2',
        name: '预算管理',
        points: '3',
        children: [
          leaf('2.2.1', '资金使用合规性', '3', '每发现一项违规问题扣1分，扣完为止', {
            method: 'perViolation',
            facts: ['supervision.violations'],
            perItem: '1',
          }),
        ],
      },
      leaf('2.3', '宣传培训', '2', '根据宣传培训开展情况酌情打分', { method: 'manual' }),
    ],
  },
];

function expectImported(bytes: Uint8Array, format?: 'csv'): void {
  const r = readIndicatorSheet(bytes, { ...(format ? { format } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 1));
  const { system, report, claimed, claimedTotal } = r.value;
  expect(system.indicators).toEqual(EXPECTED_TREE);
  expect(system).toMatchObject({
    id: 'imported',
    version: '1',
    name: '2023年区级部门整体支出绩效评价指标体系',
    year: 2023,
    total: '23',
    jurisdiction: '未注明',
    unavailablePolicy: 'zero',
  });
  expect(report.defaults).toEqual(['id', 'version', 'jurisdiction', 'provenance', 'grades', 'unavailablePolicy', 'name（取自标题）', 'year（取自标题）']);
  expect(report.rows.map((x) => [x.id, x.method, x.source, x.reason ?? x.fact])).toEqual([
    ['1.1.1', 'manual', 'fallback', 'unrecognised'],
    ['1.1.2', 'manual', 'fallback', 'checklist'],
    ['1.2.1', 'linear', 'recognised', 'ratio.staffControl'],
    ['1.2.2', 'linear', 'recognised', 'ratio.threePublicChange'],
    ['1.2.3', 'bands', 'recognised', 'ratio.keyExpenditure'],
    ['2.1.1', 'bands', 'recognised', 'ratio.budgetAdjustment'],
    ['2.2.1', 'perViolation', 'recognised', 'supervision.violations'],
    ['2.3', 'manual', 'fallback', 'unrecognised'],
  ]);
  expect(report.rows[5]?.approximation).toBe('“=0%” → “≤0%”');
  expect(report.summary).toEqual({ embedded: 0, recognised: 5, fallback: 3 });
  expect(report.rows[7]).toMatchObject({ row: 10, path: ['过程', '宣传培训'] });
  expect(report.skippedRows).toEqual([12]);
  expect(claimed).toEqual([
    { indicator: '1.1.1', score: '2' },
    { indicator: '1.1.2', score: '3' },
    { indicator: '1.2.1', score: '3' },
    { indicator: '1.2.2', score: '2.7', reason: '三公经费增长1个百分点' },
    { indicator: '1.2.3', score: '4' },
    { indicator: '2.1.1', score: '3' },
    { indicator: '2.2.1', score: '3' },
    { indicator: '2.3', score: '1', reason: '宣传培训不足' },
  ]);
  expect(claimedTotal).toBe('21.7');
}

describe('readIndicatorSheet', () => {
  const wb = workbook({ name: '指标', rows: ROWS, merges: MERGES });
  it('reads an .xlsx sheet with merged cells, alias headers and the common standard shapes', () => {
    expectImported(bytesOf(wb, 'xlsx'));
  });
  it('reads the same sheet as legacy .xls', () => {
    expectImported(bytesOf(wb, 'biff8'));
  });
  it('reads the same sheet as CSV (blank cells inherit the value above)', () => {
    const rows = ROWS.map((r) => r.slice());
    (rows[9] as unknown[])[2] = null;
    const r = readIndicatorSheet(csvBytes(rows), { format: 'csv', meta: { id: 'x', jurisdiction: '某县' } });
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 1));
    // without merges, 宣传培训 has a blank 三级 cell: a leaf at level 2, as in the merged sheet
    const provenance = { reliability: 'K', source: '表格导入：CSV', note: PROVENANCE.note };
    expect(r.value.system.indicators).toEqual(JSON.parse(JSON.stringify(EXPECTED_TREE).replaceAll(JSON.stringify(PROVENANCE), JSON.stringify(provenance))));
    expect(r.value.report.defaults).not.toContain('jurisdiction');
  });
  it('takes caller aliases and fact names; unknown names fall back to manual and say so', () => {
    const rows: Aoa = [
      ['一级', '二级', '三级', '考核分值', '评分标准'],
      ['产出', '职责履行', '网办率', 5, '≥95%得5分；90%-95%得3分；<90%得0分'],
      [null, null, '办件量', 5, '≥95%得5分；90%-95%得3分；<90%得0分'],
    ];
    const r = readIndicatorSheet(bytesOf(workbook({ name: 'S', rows }), 'xlsx'), {
      aliases: { points: ['考核分值'] },
      factNames: { 网办率: 'ratio.taskCompletion' },
      meta: { year: 2024 },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 1));
    expect(r.value.report.rows.map((x) => [x.path.at(-1), x.method, x.reason ?? x.fact])).toEqual([
      ['网办率', 'bands', 'ratio.taskCompletion'],
      ['办件量', 'manual', 'no_fact'],
    ]);
  });
  it('reports located issues: missing points, bad points, a missing header', () => {
    const bad: Aoa = [HEAD, ['投入', '目标设定', 'a', null, null, 'x', null, null], [null, null, 'b', '3分x', null, 'y', null, null]];
    const r = readIndicatorSheet(bytesOf(workbook({ name: 'S', rows: bad }), 'xlsx'), { meta: { year: 2023 } });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['required', ['S', 'row 2', '分值']],
      ['invalid_format', ['S', 'row 3', '权重']],
    ]);
    const none = readIndicatorSheet(
      csvBytes([
        ['名称', '说明'],
        ['a', 'b'],
      ]),
      { format: 'csv' },
    );
    expect(none.ok ? [] : none.issues.map((i) => i.code)).toEqual(['missing_column']);
  });
});
