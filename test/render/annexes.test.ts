/**
 * The annexes as a reader uses them (#18), on the Enyang report and on a perturbed one (公务接待 actual
 * 0.80 → 1.20, 收入总计 stated 10万元 above its parts): 附表2 puts the exceptions first in plain words with
 * their document basis, passed checks one row per rule, not-applicable checks with reasons as the data
 * say them, and no rule id or library note in any printed text (only in data-rule-id); 附表1 takes the
 * 评分表 form with standards, computed evidence and a 扣分原因 that says what happened; failures, lost
 * points and a bar over budget are marked by a word and bold, not by colour alone; 附件说明, 落款 and
 * 附件 labels close the body.
 */
import { describe, expect, test } from 'vitest';
import { renderDocx } from '../../src/docx/index.js';
import { evaluateDepartment } from '../../src/index.js';
import { buildReport, renderHtml, renderMarkdown, toHtml, toMarkdown, type TableBlock } from '../../src/render/index.js';
import { REPORT_CSS } from '../../src/render/serialize/style.js';
import type { Finding } from '../../src/rules/types.js';
import { entry, paragraphTexts, unzip } from '../docx/zip.js';
import { handMadeResult, parseOrThrow } from './support.js';
import { enyang } from '../support/enyang.js';

function perturbed(): Record<string, any> {
  const data = enyang();
  data.threePublicFunds.reception.actual = '1.20';
  return data;
}

const reference = evaluateDepartment(enyang());
const changed = evaluateDepartment(perturbed());
const tablesOf = (view: ReturnType<typeof buildReport>, i: number): TableBlock[] =>
  (view.appendices[i]?.blocks ?? []).filter((b): b is TableBlock => b.kind === 'table');
/** The text of the appendices as printed (Markdown without its table syntax). */
const annexText = (md: string): string => md.slice(md.indexOf('附件1'));

describe('附表2 合规性审核结果', () => {
  const view = buildReport(changed);
  const [exceptions, passed, na] = tablesOf(view, 1);

  test('the exceptions come first, failed ones marked ✗ 未通过 and bold, in plain words with their units', () => {
    expect(exceptions?.id).toBe('tbl-findings');
    const rows = exceptions?.rows ?? [];
    expect(rows.map((r) => r.cells[0])).toEqual([
      '各项“三公”经费实际支出不超过预算（公务接待费）',
      '“三公”经费实际合计不超过预算合计',
      '“三公”经费与对应经济科目明细一致（公务接待费）',
    ]);
    expect(rows.every((r) => r.alert === true && r.cells[2] === '✗\u00a0未通过')).toBe(true);
    // The decisive comparison only (not the false "应等于 0.00万元" of the no-budget branch), without tolerances.
    expect(rows[0]?.cells[3]).toBe('1.20万元，超过上限0.80万元，超出0.40万元');
    expect(rows[2]?.cells[3]).toBe('报告数1.20万元，核算数0.80万元，相差0.40万元');
    expect(rows[0]?.cells[4]).toBe('财预〔2013〕53号《预算绩效评价共性指标体系框架》附件2 部门整体支出');
    expect(rows[0]?.data).toEqual({ 'rule-id': 'three-public.item.within-budget[reception]' });
  });

  test('a stated total above its parts is an exception with both figures', () => {
    const data = perturbed();
    data.statedTotals = data.statedTotals.map((t: { id: string; total: string }) => (t.id === 'income-total' ? { ...t, total: '586.08' } : t));
    const rows = tablesOf(buildReport(evaluateDepartment(data)), 1)[0]?.rows ?? [];
    const row = rows.find((r) => r.data?.['rule-id'] === 'identity.stated-total[income-total]');
    expect(row?.cells.slice(0, 4)).toEqual([
      '报告所列合计等于其各部分之和（收入决算总额）',
      '强制性',
      '✗\u00a0未通过',
      '报告数586.08万元，核算数576.08万元，相差10.00万元',
    ]);
    expect(row?.cells[4]).toBe('报告所列数据之间的勾稽关系');
  });

  test('passed checks: one row per rule naming its items; every finding is in exactly one table', () => {
    const rows = passed?.rows ?? [];
    const functional = rows.find((r) => r.data?.['rule-id'] === 'expenditure.functional.stated-equals-lines');
    expect(functional?.cells[0]).toBe(
      '各功能分类报告数等于其明细之和（201 一般公共服务支出、208 社会保障和就业支出、210 卫生健康支出、213 农林水支出、221 住房保障支出）',
    );
    expect(functional?.cells[1]).toBe('✓\u00a05项均通过');
    const economic = rows.find((r) => r.data?.['rule-id'] === 'expenditure.economic.stated-equals-lines');
    expect(economic?.cells[1]).toBe('✓\u00a04项均通过（其中2项为舍入差异）');
    const passedCount = (t: TableBlock | undefined): number =>
      (t?.rows ?? []).reduce((n, r) => n + Number.parseInt(/(\d+)项均通过/u.exec(r.cells[1] ?? '')?.[1] ?? '1', 10), 0);
    const naCount = (t: TableBlock | undefined): number => (t?.rows ?? []).reduce((n, r) => n + (r.data?.['rule-id'] ?? '').split(' ').length, 0);
    const s = changed.rules.summary;
    expect((exceptions?.rows.length ?? 0) + passedCount(passed) + naCount(na)).toBe(changed.rules.findings.length);
    expect(passedCount(passed)).toBe(s.pass);
    expect(naCount(na)).toBe(s.notApplicable);
  });

  test('not applicable: the reason as the data say it, never as if the department withheld data', () => {
    const reasons = (na?.rows ?? []).map((r) => r.cells[1]);
    expect(reasons).toContain('报告未列本年支出合计报告数，不适用');
    expect(reasons).toContain('2023年部门预算未列批复日期，不适用');
    expect(reasons.some((r) => /缺少|数据数据|thresholds|选项/u.test(r ?? ''))).toBe(false);
    expect(reasons.every((r) => r?.endsWith('不适用'))).toBe(true);
  });

  test('no rule id, no "jixiao" and no docs path in any printed text (Markdown, HTML text); ids in data-rule-id', () => {
    const ids = changed.rules.findings.map((f) => f.ruleId);
    const md = annexText(renderMarkdown(changed));
    for (const id of ids) expect(md).not.toContain(id);
    expect(md).not.toMatch(/jixiao|docs\/rules\.md/u);
    const html = renderHtml(changed);
    const text = html.replace(/<style>[\s\S]*?<\/style>/u, '').replace(/<[^>]*>/gu, ' ');
    for (const id of ids) expect(text).not.toContain(id);
    expect(html).toContain('data-rule-id="three-public.item.within-budget[reception]"');
    expect(html).toMatch(/<tr class="alert" data-rule-id="three-public\.total\.within-budget">/u);
  });

  test('order of the exceptions: failed, failed but waived, undecided, suspect (a pass within the bound but above typical rounding)', () => {
    const base: Finding = {
      ruleId: 'x.base',
      title: '基准',
      severity: 'error',
      category: 'balance',
      status: 'fail',
      message: '',
      leaves: [],
      refs: [{ doc: '财预〔2013〕53号' }, { doc: 'jixiao：报告数与明细之和的差额（docs/rules.md“舍入”）' }],
      tags: [],
    };
    const money = { op: 'eq', expectedFact: 'a.lines', valueType: 'money' as const };
    const findings: Finding[] = [
      {
        ...base,
        ruleId: 'x.suspect',
        title: '可疑',
        status: 'pass',
        note: 'suspect',
        severity: 'warning',
        leaves: [
          {
            ...money,
            fact: 'a',
            actual: '10.14',
            expected: '10',
            difference: '0.14',
            passed: true,
            withinRounding: true,
            beyondTypicalRounding: true,
            typicalRounding: '0.03',
          },
        ],
      },
      {
        ...base,
        ruleId: 'x.error',
        title: '无法判断',
        status: 'error',
        leaves: [{ fact: 'a', op: 'eq', actual: null, expected: null, passed: false, reason: '比较的值类型不同' }],
      },
      {
        ...base,
        ruleId: 'x.waived',
        title: '已豁免',
        waived: { reason: '经财政局确认' },
        leaves: [{ ...money, fact: 'a', actual: '2', expected: '1', difference: '1', passed: false }],
      },
      { ...base, ruleId: 'x.fail', title: '未通过', leaves: [{ ...money, fact: 'a', actual: '2', expected: '1', difference: '1', passed: false }] },
    ];
    const rows = tablesOf(buildReport(handMadeResult(parseOrThrow(enyang()), { findings })), 1)[0]?.rows ?? [];
    expect(rows.map((r) => [r.cells[0], r.cells[2], r.alert === true])).toEqual([
      ['未通过', '✗\u00a0未通过', true],
      ['已豁免', '✗\u00a0未通过；已豁免（经财政局确认）', false],
      ['无法判断', '？\u00a0无法判断', false],
      ['可疑', '！\u00a0需核实', false],
    ]);
    expect(rows[0]?.cells[3]).toBe('报告数2.00万元，核算数1.00万元，相差1.00万元');
    expect(rows[0]?.cells[4]).toBe('财预〔2013〕53号');
    // Two figures that should agree, neither computed from the other: no 报告数/核算数.
    const apart: Finding = {
      ...base,
      leaves: [
        {
          ...money,
          fact: 'income.total.computed',
          expectedFact: 'expenditure.grandTotal.computed',
          actual: '2',
          expected: '1',
          difference: '1',
          passed: false,
        },
      ],
    };
    expect(tablesOf(buildReport(handMadeResult(parseOrThrow(enyang()), { findings: [apart] })), 1)[0]?.rows[0]?.cells[3]).toBe(
      '2.00万元，与1.00万元相差1.00万元',
    );
    expect(rows[2]?.cells[3]).toBe('比较的值类型不同');
    expect(rows[3]?.cells[3]).toBe('报告数10.14万元，核算数10.00万元，相差0.14万元，在舍入界限内，但大于通常的舍入误差0.03万元，请核实');
  });

  test('the reference report has no exception: it says so, and 附表2 is three short parts', () => {
    const v = buildReport(reference);
    const blocks = v.appendices[1]?.blocks ?? [];
    expect(blocks.some((b) => b.kind === 'paragraph' && b.text === '未发现未通过或需关注的事项。')).toBe(true);
    expect(tablesOf(v, 1).map((t) => t.id)).toEqual(['tbl-findings-passed', 'tbl-findings-na']);
    expect(tablesOf(v, 1).reduce((n, t) => n + t.rows.length, 0)).toBeLessThan(reference.rules.findings.length / 1.5);
  });
});

describe('附表1 评分表 in the 评分表 form', () => {
  const view = buildReport(reference);
  const table = tablesOf(view, 0)[0];
  const row = (name: string) => table?.rows.find((r) => r.cells.slice(0, 3).includes(name));

  test('一级/二级/三级指标, 分值, 评分标准, 指标值, 得分, 扣分原因', () => {
    expect(table?.columns.map((c) => c.label)).toEqual(['一级指标', '二级指标', '三级指标', '分值', '评分标准', '指标值', '得分', '扣分原因']);
    expect(table?.rows[0]?.cells.slice(0, 3)).toEqual(['部门决策（20分）', '目标任务（10分）', '相关性']);
    expect(table?.rows[1]?.cells.slice(0, 3)).toEqual(['', '', '明确性']);
  });

  test('the computed evidence from the scoring trace, and the standard text of the system', () => {
    expect(row('在职人员控制率')?.cells[5]).toBe('82.35%');
    expect(row('结转结余控制')?.cells[5]).toBe('-47.10%');
    expect(row('内控制度')?.cells[5]).toBe('4项中满足4项');
    expect(row('收支核算准确性')?.cells[5]).toBe('发现问题0项');
    expect(row('在职人员控制率')?.cells[4]).toContain('每超过一个百分点扣0.5分');
    expect(table?.rows.filter((r) => r.cells[5] === '—')).toEqual([]);
  });

  test('lost points: marked ✗ 扣1分 and bold, the reason in the evaluator’s words (no "评价意见" column talk)', () => {
    const r = row('宣传培训');
    expect(r?.alert).toBe(true);
    expect(r?.cells[7]).toBe('✗\u00a0扣1分：部门对绩效评价工作开展的宣传培训');
    expect(r?.cells[7]).not.toContain('评价意见');
    expect(row('相关性')?.alert).toBeUndefined();
    expect(row('相关性')?.cells[7]).toBe('');
    expect(renderMarkdown(reference)).toContain('| **✗\u00a0扣1分：部门对绩效评价工作开展的宣传培训** |');
  });

  test('a computed deduction says what happened (the perturbed 三公 overspend)', () => {
    const r = tablesOf(buildReport(changed), 0)[0]?.rows.find((x) => x.cells[2] === '“三公经费”控制率');
    expect(r?.alert).toBe(true);
    expect(r?.cells[5]).toBe('150.00%');
    expect(r?.cells[8]).toMatch(/^✗\u00a0扣3分：公务接待费实际1\.20万元，超出预算0\.40万元/u);
  });
});

describe('the over-budget bar is marked by more than colour', () => {
  const view = buildReport(changed);
  const figure = view.sections
    .flatMap((s) => s.sections)
    .flatMap((s) => s.blocks)
    .find((b) => b.kind === 'figure' && b.id === 'fig-three-public');

  test('view model, SVG, Markdown and .docx carry the word', async () => {
    expect(figure?.kind === 'figure' && figure.chart.series[1]?.flags).toEqual([undefined, undefined, undefined, '超预算0.40万元']);
    const html = toHtml(view);
    const svg = /<figure id="fig-three-public">[\s\S]*?<\/figure>/u.exec(html)?.[0] ?? '';
    expect(svg).toContain('<pattern id="fig-three-public-hatch-1"');
    expect(svg).toMatch(/<rect [^>]*fill="url\(#fig-three-public-hatch-1\)" stroke="#000"[^>]*class="flagged"/u);
    expect(svg).toContain('font-weight="bold">1.20 ▲超预算0.40万元</text>');
    expect(svg).toMatch(/<desc [^>]*>[^<]*实际支出1\.20 ▲超预算0\.40万元/u);
    expect(toMarkdown(view)).toContain('| **公务接待费** | **0.80** | **1.20 ▲超预算0.40万元** |');
    const texts = paragraphTexts(entry(unzip(await renderDocx(changed)), 'word/document.xml'));
    expect(texts).toContain('▲ 公务接待费实际支出超预算0.40万元');
    // Within budget: nothing flagged.
    expect(toHtml(buildReport(reference))).not.toContain('超预算');
  });
});

describe('附件说明, 落款 and 附件 labels', () => {
  test('after the body: 附件：1.评分表 / 2.合规性审核结果, the department and the date; each annex labelled 附件N', () => {
    const view = buildReport(reference);
    expect(view.closing).toEqual({ annexes: ['附件：1.评分表', '　　　2.合规性审核结果'], signature: ['巴中市恩阳区行政审批局', '2023年6月14日'] });
    expect(view.appendices.map((a) => a.label)).toEqual(['附件1', '附件2']);
    const md = renderMarkdown(reference);
    expect(md.indexOf('巴中市恩阳区行政审批局\n2023年6月14日')).toBeLessThan(md.indexOf('附件1\n\n## 附表1'));
    expect(renderHtml(reference)).toContain('<p class="signature">2023年6月14日</p></div><section id="app-1"');
    expect(buildReport(reference, { appendices: false }).closing?.annexes).toEqual([]);
  });
});

describe('the stylesheet: print after GB/T 9704, phone width', () => {
  test('body 三号仿宋 with fallbacks, title 二号 in unbroken pieces, 黑体/楷体 headings, page numbers, annexes alone on new pages', () => {
    expect(REPORT_CSS).toMatch(/--fang: FangSong,[^;]*STFangsong[^;]*"Noto Serif CJK SC"[^;]*serif;/u);
    expect(REPORT_CSS).toMatch(/@media print \{[^}]*\{[^}]*\}[^@]*?html \{ font-size: 16pt; \}/u);
    // In print the TrueType faces come before Noto CJK (named fonts in the PDF), and no synthesised bold.
    expect(REPORT_CSS).toMatch(/@media print \{\s*:root \{\s*--fang: [^;]*"AR PL UMing CN"[^;]*"Noto Serif CJK SC"/u);
    expect(REPORT_CSS).toMatch(/strong, b, h4, tr.group td, tr.alert td, p.flag, svg text \{ font-weight: normal !important; \}/u);
    expect(REPORT_CSS).toContain('h1 { font-size: 22pt;');
    expect(REPORT_CSS).toMatch(/h2 \{ font-family: var\(--hei\)/u);
    expect(REPORT_CSS).toMatch(/h3 \{ font-family: var\(--kai\)/u);
    expect(REPORT_CSS).toContain('content: "— " counter(page) " —"');
    expect(REPORT_CSS).toContain('section.annex { break-before: page;');
    expect(REPORT_CSS).not.toMatch(/section\.major \{ break-before/u);
    expect(renderHtml(reference)).toContain(
      '<h1><span class="nw">巴中市恩阳区行政审批局</span><wbr><span class="nw">关于2023年财政支出绩效评价的报告</span></h1>',
    );
  });

  test('phone: no sheet margins below 700px, numbers never wrap, tables scroll in their own box', () => {
    expect(REPORT_CSS).toMatch(/@media screen and \(max-width: 700px\) \{[^}]*\}\s*main\.report \{ max-width: none; margin: 0; padding: 12px 14px;/u);
    expect(REPORT_CSS).toMatch(/@media screen \{\s*#tbl-scores \{ min-width: 800px; \}/u);
    expect(REPORT_CSS).toContain('td.align-right { white-space: nowrap; font-variant-numeric: tabular-nums; }');
    expect(REPORT_CSS).toContain('.table-wrap { max-width: 100%; overflow-x: auto;');
    expect(REPORT_CSS).not.toContain('overflow-wrap: anywhere');
    expect(renderHtml(reference)).toContain('<div class="table-wrap"><table id="tbl-scores">');
  });
});
