import { read, utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluateDepartment } from '../../src/index.js';
import { BUILT_IN_SYSTEMS, type ScoreSheet, validateIndicatorSystem } from '../../src/scoring/index.js';
import { readIndicatorSheet, writeIndicatorSheet } from '../../src/xlsx/index.js';
import { bytesOf, workbook, type Aoa } from './support.js';

const leaves = (nodes: readonly object[]): number =>
  nodes.reduce<number>((n, x) => {
    const kids = (x as { children?: readonly object[] }).children;
    return n + (kids?.length ? leaves(kids) : 1);
  }, 0);

function visibleRows(bytes: Uint8Array): Aoa {
  const wb = read(bytes, { type: 'array' });
  return utils.sheet_to_json<(string | number | null)[]>(wb.Sheets[wb.SheetNames[0] as string] as never, { header: 1, defval: null });
}

describe('round trip: system → sheet → system', () => {
  for (const [builtIn, format] of BUILT_IN_SYSTEMS.flatMap(
    (s) =>
      [
        [s, 'xlsx'],
        [s, 'xls'],
      ] as const,
  )) {
    it(`built-in ${builtIn.id} exported (.${format}) and re-imported is identical`, () => {
      const v = validateIndicatorSystem(builtIn);
      if (!v.ok) throw new Error(JSON.stringify(v.issues));
      const bytes = writeIndicatorSheet(builtIn, { format });
      const r = readIndicatorSheet(bytes);
      if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 1));
      expect(r.value.system).toStrictEqual(v.value);
      expect(r.value.report.embedded).toBe(true);
      expect(r.value.report.defaults).toEqual([]);
      expect(r.value.report.summary).toEqual({ embedded: leaves(v.value.indicators), recognised: 0, fallback: 0 });
      expect(r.value.claimed).toEqual([]);
      // every leaf has a visible row, with its name and points
      expect(visibleRows(bytes).length).toBe(2 + leaves(v.value.indicators));
    });
  }

  it('the enyang-2023 system survives an edited sheet: changed text is re-read and reported', () => {
    const system = BUILT_IN_SYSTEMS.find((s) => s.id === 'enyang-2023');
    if (!system) throw new Error('enyang-2023 missing');
    const wb = read(writeIndicatorSheet(system), { type: 'array' });
    const ws = wb.Sheets['指标体系'] as Record<string, { v?: unknown; t?: string }>;
    const header = utils.sheet_to_json<string[]>(ws as never, { header: 1 })[1] as string[];
    const col = utils.encode_col(header.indexOf('评分标准'));
    const cell = ws[`${col}3`] as { v?: unknown; t?: string; w?: string };
    cell.v = '按实际完成比例计算得分，满分为止';
    delete cell.w;
    const r = readIndicatorSheet(new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 1));
    const row = r.value.report.rows.find((x) => x.row === 3);
    expect(row?.edited).toBe(true);
    expect(row?.source).not.toBe('embedded');
    expect(r.value.report.summary.embedded).toBe(leaves(system.indicators) - 1);
  });
});

describe('long texts survive both formats', () => {
  it('a 40,000-character description and a 3,000-character standard', () => {
    const base = BUILT_IN_SYSTEMS.find((s) => s.id === 'mof-2013');
    if (!base) throw new Error('mof-2013 missing');
    const standard = `${'很长的评分标准'.repeat(700)}，每发现一项问题扣1分`;
    const lengthen = (nodes: readonly object[]): object[] =>
      nodes.map((n, i) => {
        const kids = (n as { children?: readonly object[] }).children;
        if (kids?.length) return { ...n, children: i === 0 ? lengthen(kids) : kids };
        return i === 0 ? { ...n, standard } : n;
      });
    const long = { ...base, description: '说明'.repeat(20_000), indicators: lengthen(base.indicators) } as typeof base;
    for (const format of ['xlsx', 'xls'] as const) {
      const r = readIndicatorSheet(writeIndicatorSheet(long, { format }));
      if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 1));
      expect(r.value.system).toStrictEqual(validateIndicatorSystem(long).ok ? (validateIndicatorSystem(long) as { value: unknown }).value : undefined);
      expect(r.value.report.summary.recognised + r.value.report.summary.fallback).toBe(0);
    }
  });
});

describe('round trip: sheet → system → sheet keeps every row', () => {
  const ROWS: Aoa = [
    ['2024年部门整体支出绩效评价指标'],
    ['一级指标', '二级指标', '三级指标', '分值', '指标解释', '评分标准'],
    ['投入（6分）', '预算配置', '在职人员控制率', 3, '在职人员数/编制数', '以100%为标准，每超过一个百分点扣0.5分，扣完为止'],
    [null, null, '“三公经费”控制率', 3, null, '≤100%得3分；100%-110%得1分；>110%得0分'],
    ['效果', '满意度', '社会公众满意度', 4, null, '按实际满意度比例计算得分'],
  ];
  it('imports, exports and re-imports to the same system and the same rows', () => {
    const first = readIndicatorSheet(bytesOf(workbook({ name: 'S', rows: ROWS, merges: ['A3:A4', 'B3:B4'] }), 'xlsx'), { meta: { jurisdiction: '某区' } });
    if (!first.ok) throw new Error(JSON.stringify(first.issues, null, 1));
    const bytes = writeIndicatorSheet(first.value.system);
    const second = readIndicatorSheet(bytes);
    if (!second.ok) throw new Error(JSON.stringify(second.issues, null, 1));
    expect(second.value.system).toEqual(first.value.system);
    expect(second.value.report.rows.map((r) => [r.path, r.method])).toEqual(first.value.report.rows.map((r) => [r.path, r.method]));
    expect(second.value.report.rows.every((r) => r.source === 'embedded')).toBe(true);
    expect(
      visibleRows(bytes)
        .slice(2)
        .map((r) => [r[2] ?? r[1], r[3], r[5]]),
    ).toEqual(ROWS.slice(2).map((r) => [r[2], r[3], r[5]]));
  });
});

describe('score sheet export', () => {
  const sheet: ScoreSheet = {
    systemId: 'demo',
    systemVersion: '1',
    systemName: '2023年演示体系',
    total: '7.5',
    max: '10',
    grade: { label: '差', min: '0', assumed: true },
    deductions: [],
    root: [
      {
        id: 'a',
        name: '投入',
        max: '10',
        earned: '7.5',
        deducted: '2.5',
        children: [
          {
            id: 'a.1',
            name: '在职人员控制率',
            max: '5',
            earned: '4.5',
            deducted: '0.5',
            method: 'linear',
            status: 'scored',
            standard: '以100%为标准，每超过一个百分点扣0.1分，扣完为止',
            explanation: '控制率105%，超过5个百分点，扣0.5分',
            metric: [{ fact: 'ratio.staffControl', value: '1.05', display: '105.00%' }],
          },
          {
            id: 'a.2',
            name: '宣传培训',
            max: '5',
            earned: '3',
            deducted: '2',
            method: 'manual',
            status: 'manual',
            standard: '酌情打分',
            explanation: '宣传培训不足',
          },
        ],
      },
    ],
  };
  it('writes 指标, 分值, 得分, 扣分原因 and the data used; re-reading gives the claimed scores', () => {
    const bytes = writeIndicatorSheet(sheet);
    const rows = visibleRows(bytes);
    expect(rows[1]).toEqual(['一级指标', '二级指标', '分值', '得分', '扣分', '扣分原因', '评分标准', '数据', '方法类型', '状态', '指标ID']);
    expect(rows[2]).toEqual([
      '投入（10分）',
      '在职人员控制率',
      5,
      4.5,
      0.5,
      '控制率105%，超过5个百分点，扣0.5分',
      '以100%为标准，每超过一个百分点扣0.1分，扣完为止',
      '105.00%',
      'linear',
      'scored',
      'a.1',
    ]);
    expect(rows.at(-2)?.slice(0, 5)).toEqual(['合计', null, 10, 7.5, 2.5]);
    const r = readIndicatorSheet(bytes);
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 1));
    expect(r.value.claimed).toEqual([
      { indicator: 'a.1', score: '4.5', reason: '控制率105%，超过5个百分点，扣0.5分' },
      { indicator: 'a.2', score: '3', reason: '宣传培训不足' },
    ]);
    expect(r.value.claimedTotal).toBe('7.5');
    expect(r.value.report.rows.map((x) => [x.id, x.method])).toEqual([
      ['a.1', 'linear'],
      ['a.2', 'manual'],
    ]);
  });
});

describe('review mode: the score sheet of an evaluation, exported and re-imported as claims, agrees with itself', () => {
  it('enyang-2023 on the reference fixture', () => {
    const data = JSON.parse(readFileSync(new URL('../../src/examples/enyang-administrative-approval-2022.json', import.meta.url), 'utf8')) as Record<
      string,
      unknown
    >;
    const first = evaluateDepartment(data);
    const r = readIndicatorSheet(writeIndicatorSheet(first.score));
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 1));
    expect(r.value.claimedTotal).toBe(first.score.total);
    const reviewed = evaluateDepartment({ ...data, claimed: { total: r.value.claimedTotal, items: r.value.claimed } });
    expect(reviewed.review?.differences).toEqual([]);
    expect(reviewed.review?.claimedTotal).toBe(first.score.total);
  });
});
