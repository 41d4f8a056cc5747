/**
 * Words follow the numbers: the Enyang fixture rendered with its data perturbed, read sentence by
 * sentence in zh-CN and en. Every generated sentence must be true of the data it came from; text the
 * department wrote to explain a figure is flagged (【待核实】) when the figure no longer supports it.
 */
import { describe, expect, test } from 'vitest';
import { renderDocx } from '../../src/docx/index.js';
import { evaluateDepartment } from '../../src/index.js';
import { buildReport, renderHtml, renderMarkdown, type ReportSection, type ReportView } from '../../src/render/index.js';
import { hasFindingClause } from '../../src/shared/messages/findingWording.js';
import { CORE_RULE_PACK } from '../../src/rules/index.js';
import { entry, paragraphTexts, unzip } from '../docx/zip.js';
import { enyang } from '../support/enyang.js';

type Locale = 'zh-CN' | 'en';
type Data = Record<string, any>;

/** Render a perturbed copy of the fixture (the result and the report in the same locale). */
function view(perturb: (d: Data) => void, locale: Locale): ReportView {
  const d = enyang();
  perturb(d);
  return buildReport(evaluateDepartment(d, { locale }), { locale });
}

/** The paragraphs of the numbered section titled `title` and of its sub-sections, in order. */
function paragraphs(v: ReportView, title: string): string[] {
  const all = (s: ReportSection): string[] => [...s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])), ...s.sections.flatMap(all)];
  const find = (ss: readonly ReportSection[]): ReportSection | undefined => ss.find((s) => s.title === title) ?? ss.map((s) => find(s.sections)).find((x) => x);
  const s = find(v.sections);
  expect(s, title).toBeDefined();
  return all(s as ReportSection);
}

/** The paragraph starting with `head` in the section titled `title`, and the one after it. */
function withNext(v: ReportView, title: string, head: string): [string, string | undefined] {
  const ps = paragraphs(v, title);
  const i = ps.findIndex((p) => p.startsWith(head));
  expect(i, head).toBeGreaterThanOrEqual(0);
  return [ps[i] as string, ps[i + 1]];
}

const reception = (d: Data): void => {
  d.threePublicFunds.reception.actual = '1.20';
};
const income = (d: Data): void => {
  d.ledger.income.total = '586.08';
  for (const s of d.statedTotals) if (s.id === 'income-total') s.total = '586.08';
};
const unchanged = (): void => undefined;

const LEAD = '综合以上各项指标，财务管理健全规范，没有发生违法违规现象';
const ENYANG_PROBLEM = '全过程绩效管理意识有待加强，对项目绩效的目标设立、细化及量化为绩效指标等方面还存在不足。';
const ENYANG_SUGGESTION = '在项目决策、项目申报、绩效目标设立等方面，树立全过程绩效管理意识，充分发挥财政资金使用效益。';
const THREE_PUBLIC_HEAD = '三公经费使用情况：2022年我局无因公出国（境）费、公务用车购置费和公务用车运行维护费支出。';

describe('Enyang unchanged: the reference wording holds', () => {
  test('zh-CN: 四 and 五 sentence by sentence, the 三公 explanation kept, no flags', () => {
    const v = view(unchanged, 'zh-CN');
    expect(paragraphs(v, '评价结论')).toEqual([
      `${LEAD}，我局2022年部门整体支出绩效自评结果：总评分98分（优秀）。主要扣分点为部门对绩效评价工作开展的宣传培训扣1分，部门绩效评价质量情况扣1分。`,
      '经合规性审核，共审核57项，通过46项，不适用11项，详见附表2。',
    ]);
    expect(paragraphs(v, '存在的问题及建议')).toEqual([ENYANG_PROBLEM, ENYANG_SUGGESTION]);
    expect(withNext(v, '综合管理情况', '三公经费使用情况')[0]).toBe(
      `${THREE_PUBLIC_HEAD}2022年我局公务接待费年初预算0.80万元，实际支出0.80万元，主要原因是严格执行中央八项规定，机关厉行节约。`,
    );
    expect(v.flags).toEqual([]);
  });

  test('en: the generated sentences of 四 in English, the department’s own text as written', () => {
    const v = view(unchanged, 'en');
    expect(paragraphs(v, '评价结论')).toEqual([
      `${LEAD}。Self-evaluation of 区行政审批局 for 2022: total score 98 (Excellent). Main deductions: 部门对绩效评价工作开展的宣传培训 −1, 部门绩效评价质量情况 −1.`,
      'Compliance review: 57 checks, 46 passed, 11 not applicable (see Appendix table 2).',
    ]);
    expect(paragraphs(v, '存在的问题及建议')).toEqual([ENYANG_PROBLEM, ENYANG_SUGGESTION]);
    expect(v.flags).toEqual([]);
  });
});

describe('公务接待 1.20万元 against a budget of 0.80万元', () => {
  test('zh-CN: the thrift explanation is flagged, not printed; the conclusion names the failures; 五 in plain words', () => {
    const v = view(reception, 'zh-CN');
    const [threePublic, note] = withNext(v, '综合管理情况', '三公经费使用情况');
    expect(threePublic).toBe(`${THREE_PUBLIC_HEAD}2022年我局公务接待费年初预算0.80万元，实际支出1.20万元，超出年初预算0.40万元。`);
    expect(note).toBe(
      '【待核实】部门说明“主要原因是严格执行中央八项规定，机关厉行节约”与数据不符（公务接待费实际支出1.20万元，超过年初预算0.80万元），未作为事实引用，请核实后修改。',
    );
    expect(paragraphs(v, '评价结论')).toEqual([
      '综合以上各项指标，合规性审核发现强制性问题2项，涉及“三公”经费管理等方面，财务管理有待进一步规范。' +
        '我局2022年部门整体支出绩效自评结果：自评分98分（优秀），依据所提供数据核定为95分（优秀），较自评分核减3分。' +
        '核定扣分点为“三公经费”控制率扣3分，部门对绩效评价工作开展的宣传培训扣1分，部门绩效评价质量情况扣1分。' +
        '自评分与核定分不一致的指标：“三公经费”控制率自评3分、核定0分。',
      `【待核实】报告原文“${LEAD}”与合规性审核结果不符（强制性审核事项未通过2项），未予采用，请核实后修改。`,
      '经合规性审核，共审核57项，通过43项，未通过3项（其中强制性2项），不适用11项，详见附表2。',
    ]);
    expect(paragraphs(v, '存在的问题及建议')).toEqual([
      ENYANG_PROBLEM,
      '经合规性审核，发现以下问题：',
      '“三公”经费管理方面：公务接待费实际支出1.20万元，超过年初预算0.80万元，超支0.40万元；公务接待费实际支出1.20万元，与对应经济科目明细之和0.80万元不一致，相差0.40万元。',
      ENYANG_SUGGESTION,
      '严格执行“三公”经费预算，从严控制公务接待等支出，确需超预算支出的应按规定履行预算调整程序并作出说明。',
    ]);
    expect(v.flags?.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['explanation_unsupported', 'threePublicFunds.note'],
      ['conclusion_unsupported', 'report.conclusion'],
    ]);
  });

  test('en: the same facts in plain English, no rule ids, keys or rounding bounds', () => {
    const v = view(reception, 'en');
    expect(withNext(v, '综合管理情况', '三公经费使用情况')[1]).toBe(
      '[To be verified] The department\'s explanation "主要原因是严格执行中央八项规定，机关厉行节约" does not fit the figures (official reception: actual 12,000 yuan, over the budget of 8,000 yuan); it is not printed as fact. Please check and revise it.',
    );
    const [opening, flag, rules] = paragraphs(v, '评价结论');
    expect(opening).toBe(
      'Taken together, the compliance review found 2 mandatory checks failed ("Three public" funds); financial management needs to be tightened. ' +
        'Self-evaluation of 区行政审批局 for 2022: claimed score 98 (优秀); the data support 95 (Excellent), 3 points less. ' +
        'Deductions on review: "Three public" control rate −3, 部门对绩效评价工作开展的宣传培训 −1, 部门绩效评价质量情况 −1. ' +
        'Indicators where the claimed and computed scores differ: "Three public" control rate claimed 3, computed 0.',
    );
    expect(flag).toMatch(/^\[To be verified\] The report's own wording ".+" contradicts the compliance review \(2 mandatory checks failed\)/);
    expect(rules).toBe('Compliance review: 57 checks, 43 passed, 3 failed (2 mandatory), 11 not applicable (see Appendix table 2).');
    expect(paragraphs(v, '存在的问题及建议').slice(1)).toEqual([
      'The compliance review found the following problems:',
      '"Three public" funds: official reception spending of 12,000 yuan exceeds its budget of 8,000 yuan by 4,000 yuan; official reception spending of 12,000 yuan differs from the ledger lines of its economic code, 8,000 yuan, by 4,000 yuan.',
      ENYANG_SUGGESTION,
      'Keep "three public" spending within its budget, control official reception and similar spending strictly, and adjust the budget through the proper procedure, with an explanation, where more is needed.',
    ]);
  });

  test('no log-like residue anywhere in 四 and 五 (zh-CN and en)', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const v = view((d) => (reception(d), income(d)), locale);
      const text = [...paragraphs(v, '评价结论'), ...paragraphs(v, '存在的问题及建议')].join('\n');
      expect(text).not.toMatch(/（reception）|\(reception\)|income-total|three-public\.|应等于 0\.00|×|±|【强制性】|\[error\]|——/u);
      // the rule title is never printed (let alone twice)
      expect(text).not.toContain('各项“三公”经费实际支出不超过预算');
      expect(text).not.toContain('财务管理健全规范，没有发生违法违规现象，我局');
    }
  });
});

describe('the language of each paragraph', () => {
  test('en: the library’s own sentences are marked lang="en" in HTML; the department’s text keeps the document’s zh-CN', () => {
    const d = enyang();
    reception(d);
    const html = renderHtml(evaluateDepartment(d, { locale: 'en' }), { locale: 'en' });
    const langOf = (start: string): string | undefined => {
      const at = html.indexOf(start);
      if (at < 0) return 'missing';
      const open = html.lastIndexOf('<p', at);
      return /^<p[^>]*\blang="([^"]+)"/u.exec(html.slice(open, at))?.[1];
    };
    expect(langOf('Taken together, the compliance review found')).toBe('en');
    expect(langOf('[To be verified] The department')).toBe('en');
    expect(langOf('Compliance review: 57 checks')).toBe('en');
    expect(langOf('The compliance review found the following problems')).toBe('en');
    expect(langOf('全过程绩效管理意识有待加强')).toBeUndefined();
    expect(langOf('2022年区行政审批局收入决算总额')).toBeUndefined();
    // zh-CN: no paragraph is marked — the document's language is theirs.
    expect(renderHtml(evaluateDepartment(d))).not.toMatch(/<p[^>]*\blang=/u);
  });
});

describe('explanations tied to their figures', () => {
  test('a note whose amounts are not the data’s is flagged (debt); a thrift explanation under budget is printed (0.70万元 of 0.80万元)', () => {
    const under = view((d) => {
      d.threePublicFunds.reception.actual = '0.70';
    }, 'zh-CN');
    expect(withNext(under, '综合管理情况', '三公经费使用情况')).toEqual([
      `${THREE_PUBLIC_HEAD}2022年我局公务接待费年初预算0.80万元，实际支出0.70万元，主要原因是严格执行中央八项规定，机关厉行节约。`,
      expect.not.stringMatching(/待核实/u),
    ]);

    const v = view((d) => {
      d.management.debt = { occurred: true, amount: '12.00', approved: true, note: '2022年我局发生政府性债务10.00万元，主要用于办公楼维修。' };
    }, 'zh-CN');
    expect(withNext(v, '综合管理情况', '政府性债务管理')).toEqual([
      '政府性债务管理：2022年我局发生政府性债务12.00万元，已按规定履行审批程序。',
      '【待核实】部门说明“主要用于办公楼维修”与数据不符（说明所列金额10.00万元与报告数据12.00万元不一致），未作为事实引用，请核实后修改。',
    ]);
    expect(v.flags?.[0]?.path).toEqual(['management', 'debt', 'note']);
  });
});

describe('收入总计 stated 10万元 above its parts', () => {
  test('zh-CN: 二 prints the sum of the parts and flags the stated 586.08', () => {
    const v = view(income, 'zh-CN');
    expect(paragraphs(v, '部门财政资金收入情况')).toEqual([
      '2022年区行政审批局收入决算总额576.08万元，其中当年财政拨款收入441.72万元，2021年结转和结余134.36万元。',
      '【待核实】报告所列收入决算总额586.08万元与其各组成部分之和576.08万元不一致，上文按各组成部分之和列示，请核实。',
    ]);
    expect(paragraphs(v, '评价结论')[0]).toBe(
      '综合以上各项指标，合规性审核发现强制性问题2项，涉及收支核算等方面，财务管理有待进一步规范。' +
        '我局2022年部门整体支出绩效自评结果：自评分98分（优秀），依据所提供数据核定为96分（优秀），较自评分核减2分。' +
        '核定扣分点为收支核算准确性扣2分，部门对绩效评价工作开展的宣传培训扣1分，部门绩效评价质量情况扣1分。' +
        '自评分与核定分不一致的指标：收支核算准确性自评4分、核定2分。',
    );
    // the ledger check and the stated-total check say the same thing: once
    expect(paragraphs(v, '存在的问题及建议').slice(1)).toEqual([
      '经合规性审核，发现以下问题：',
      '收支核算方面：收入决算总额（报告数）586.08万元，与各项收入及上年结转和结余之和576.08万元不一致，相差10.00万元。',
      ENYANG_SUGGESTION,
      '加强决算编报审核，确保报告所列合计数与各组成部分之和一致、报表数据与账簿明细相符。',
    ]);
    expect(v.flags?.[0]).toEqual({
      code: 'stated_total_differs',
      path: ['ledger', 'income', 'total'],
      message: '报告所列收入决算总额586.08万元与其各组成部分之和576.08万元不一致，上文按各组成部分之和列示，请核实。',
    });
  });

  test('zh-CN: a stated economic class 5万元 above its lines is printed as the lines give it, and flagged', () => {
    const v = view((d) => {
      const c = d.ledger.expenditure.byEconomic.find((x: { code: string }) => x.code === '302');
      c.amount = '176.48';
    }, 'zh-CN');
    const spent = paragraphs(v, '部门财政资金支出情况');
    expect(spent[0]).toContain('商品和服务支出171.46万元');
    expect(spent[1]).toBe('【待核实】报告所列商品和服务支出176.48万元与其各组成部分之和171.46万元不一致，上文按各组成部分之和列示，请核实。');
  });

  test('en: the flag and the problem in English', () => {
    const v = view(income, 'en');
    expect(paragraphs(v, '部门财政资金收入情况')).toEqual([
      '2022年区行政审批局收入决算总额576.08万元，其中当年财政拨款收入441.72万元，2021年结转和结余134.36万元。',
      '[To be verified] The report states total income as 5,860,800 yuan, but its parts sum to 5,760,800 yuan; the sum of the parts is printed above. Please check.',
    ]);
    expect(paragraphs(v, '存在的问题及建议')[2]).toBe(
      'Accounts and totals: total income as stated, 5,860,800 yuan, differs from the sources plus the amount carried in, 5,760,800 yuan, by 100,000 yuan.',
    );
  });
});

describe('a clean department without an opening of its own', () => {
  const clean = (d: Data): void => {
    delete d.report.conclusion;
  };
  test('zh-CN: the opening is generated because no mandatory check failed', () => {
    expect(paragraphs(view(clean, 'zh-CN'), '评价结论')[0]).toBe(
      '综合以上各项指标，财务管理健全规范，合规性审核强制性事项全部通过，我局2022年部门整体支出绩效自评结果：总评分98分（优秀）。主要扣分点为部门对绩效评价工作开展的宣传培训扣1分，部门绩效评价质量情况扣1分。',
    );
  });
  test('en', () => {
    expect(paragraphs(view(clean, 'en'), '评价结论')[0]).toBe(
      'Taken together, financial management is sound and every mandatory compliance check passed. Self-evaluation of 区行政审批局 for 2022: total score 98 (Excellent). Main deductions: 部门对绩效评价工作开展的宣传培训 −1, 部门绩效评价质量情况 −1.',
    );
  });
});

describe('a self-evaluation claiming 98 where the data support 94', () => {
  const keyWork = (d: Data): void => {
    const a = d.assessments.find((x: { indicator: string }) => x.indicator === 'performance.duties.key-work');
    a.deduction = '4';
    a.reason = '重点工作推进未全部完成扣4分';
  };
  test('zh-CN: 自评分 beside 核定分 and the indicator that differs; never “总评分94分” alone', () => {
    const [p] = paragraphs(view(keyWork, 'zh-CN'), '评价结论');
    expect(p).toBe(
      `${LEAD}，我局2022年部门整体支出绩效自评结果：自评分98分（优秀），依据所提供数据核定为94分（优秀），较自评分核减4分。` +
        '核定扣分点为部门对绩效评价工作开展的宣传培训扣1分，部门绩效评价质量情况扣1分，重点工作推进未全部完成扣4分。' +
        '自评分与核定分不一致的指标：重点工作推进自评8分、核定4分。',
    );
    expect(p).not.toContain('总评分94分');
  });
  test('en', () => {
    expect(paragraphs(view(keyWork, 'en'), '评价结论')[0]).toBe(
      `${LEAD}。Self-evaluation of 区行政审批局 for 2022: claimed score 98 (优秀); the data support 94 (Excellent), 4 points less. ` +
        'Deductions on review: 部门对绩效评价工作开展的宣传培训 −1, 部门绩效评价质量情况 −1, 重点工作推进未全部完成 −4. ' +
        'Indicators where the claimed and computed scores differ: Key work claimed 8, computed 4.',
    );
  });
});

describe('claims per indicator without a claimed total', () => {
  test('zh-CN: the indicators that differ are still shown beside the computed score', () => {
    const v = view((d) => {
      delete d.claimed.total;
      delete d.claimed.grade;
      const a = d.assessments.find((x: { indicator: string }) => x.indicator === 'performance.duties.key-work');
      a.deduction = '4';
      a.reason = '重点工作推进未全部完成扣4分';
    }, 'zh-CN');
    expect(paragraphs(v, '评价结论')[0]).toBe(
      `${LEAD}，我局2022年部门整体支出绩效自评结果：总评分94分（优秀）。主要扣分点为部门对绩效评价工作开展的宣传培训扣1分，部门绩效评价质量情况扣1分，重点工作推进未全部完成扣4分。` +
        '自评分与核定分不一致的指标：重点工作推进自评8分、核定4分。',
    );
  });
});

describe('a department without 股室 (no parent, rank, internal units or stated counts)', () => {
  const bare = (d: Data): void => {
    d.department.internalUnits = [];
    delete d.department.parent;
    delete d.department.rank;
    delete d.statedTotals;
  };
  for (const locale of ['zh-CN', 'en'] as const) {
    test(`${locale}: 机构组成 is left out, staff categories use the generic names`, () => {
      const v = view(bare, locale);
      const overview = v.sections[0] as ReportSection;
      expect(overview.sections.map((s) => s.number + s.title)).toEqual(['（一）机构职能', '（二）人员概况']);
      expect(paragraphs(v, '人员概况')).toEqual([
        '截止2022年底，我局核定人员编制17人，公务员编制6人，事业编制10人，机关工勤1人。实有在职人员50人，其中：公务员5人，事业人员8人，工勤人员1人，购买服务人员36人。',
      ]);
      const d = enyang();
      bare(d);
      const md = renderMarkdown(evaluateDepartment(d, { locale }), { locale });
      expect(md).not.toMatch(/股室|控制性工勤|未提供机构组成/u);
    });
  }
});

describe('flags reach every output', () => {
  test('the .docx holds the 【待核实】 paragraphs, in the same place as the view model', async () => {
    const d = enyang();
    reception(d);
    const result = evaluateDepartment(d);
    const v = buildReport(result);
    const texts = paragraphTexts(entry(unzip(await renderDocx(result)), 'word/document.xml'));
    const flags = texts.filter((t) => t.startsWith('【待核实】'));
    expect(flags).toEqual((v.flags ?? []).map((f) => `【待核实】${f.message}`));
    expect(flags).toHaveLength(2);
    const at = texts.findIndex((t) => t.startsWith('三公经费使用情况'));
    expect(texts[at + 1]?.startsWith('【待核实】部门说明')).toBe(true);
  });

  test('HTML marks a flag with a class and its code', () => {
    const d = enyang();
    income(d);
    expect(renderHtml(evaluateDepartment(d))).toContain('<p class="flag" data-flag="stated_total_differs">【待核实】报告所列收入决算总额586.08万元');
  });

  test('every rule of the core pack has a plain clause in both locales', () => {
    const missing = CORE_RULE_PACK.rules.map((r) => r.id).filter((id) => !hasFindingClause(id));
    expect(missing).toEqual([]);
  });
});
