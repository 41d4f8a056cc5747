/** Section builders on variations of the fixture: what is generated when the data differs. */
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/render/index.js';
import type { Finding } from '../../src/rules/types.js';
import { fixtureData, handMadeResult, parseOrThrow } from './support.js';

type Data = Record<string, any>;

/** Render the fixture after `edit`, with the hand-made score sheet. */
function render(edit: (d: Data) => void, findings?: readonly Finding[]): string {
  const data = fixtureData() as Data;
  edit(data);
  return renderMarkdown(handMadeResult(parseOrThrow(data), findings ? { findings } : {}));
}

const para = (md: string, needle: string): string => md.split('\n').find((l) => !l.startsWith('|') && l.includes(needle)) ?? '';

describe('finance sentences from lines when classes are not stated', () => {
  const md = render((d) => {
    d.ledger.expenditure.byEconomic = [];
    d.ledger.expenditure.byFunctional = [];
    d.ledger.expenditure.lines[0].label = undefined;
  });

  test('economic classes are summed from the lines (exactly)', () => {
    const p = para(md, '支出决算总额');
    expect(p).toContain('工资福利支出284.82万元');
    expect(p).toContain('商品和服务支出171.46万元');
    expect(p).toContain('对个人和家庭的补助0.04万元');
    expect(p).toContain('资本性支出48.68万元');
  });

  test('functional classes come from the lines; a class without purpose gets the standard lead', () => {
    const p = para(md, '一般公共服务支出470.80万元');
    expect(p).toContain('一般公共服务支出470.80万元。主要用于保障机构正常运转、完成日常工作任务发生的基本支出，包括基本工资166.26万元');
    expect(para(md, '住房保障支出')).toBe('住房保障支出10.01万元。');
  });
});

describe('intro and conclusion wording by mode', () => {
  test('a third-party evaluation names the department and says 评价结果', () => {
    const md = render((d) => {
      d.report.mode = 'third_party';
      delete d.report.noticeRef;
      delete d.report.noticeTitle;
    });
    expect(md).toContain('提高财政资金使用效益，对巴中市恩阳区行政审批局2022年部门整体支出开展了绩效评价，现将有关情况报告如下：');
    expect(md).toContain('区行政审批局2022年部门整体支出绩效评价结果：总评分98分（优秀）。');
    expect(md).not.toContain('根据');
  });

  test('the title is generated when the input has none', () => {
    const md = render((d) => {
      delete d.report.title;
    });
    expect(md.split('\n')[0]).toBe('# 巴中市恩阳区行政审批局关于2023年财政支出绩效评价的报告');
  });
});

describe('management items generated from facts', () => {
  const md = render((d) => {
    const m = d.management;
    m.debt = { occurred: true, amount: '12.5', approved: true };
    m.procurement = { occurred: true, budget: '30', items: [{ name: '电脑', category: 'goods', amount: '28.4' }], note: '按计划执行。' };
    m.disclosure = {
      items: [
        { kind: 'budget', year: 2022, channel: '区政府网站' },
        { kind: 'final_accounts', year: 2021, channel: '区政府网站' },
      ],
    };
    m.supervision = { accepted: ['audit'], violations: 2, rectified: 2, note: '依法接受审计监督。' };
    m.assets = { registeredInSystem: true, reconciled: false, fixedAssetsTotal: '100', fixedAssetsInUse: '90' };
    d.threePublicFunds.reception = { actual: '0' };
    delete d.threePublicFunds.note;
    d.department.staffing.asOf = '2022-06-30';
  });

  test('debt and procurement with amounts', () => {
    expect(md).toContain('政府性债务管理：2022年我局发生政府性债务12.50万元，已按规定履行审批程序。');
    expect(md).toContain('政府采购实施计划：2022年我局政府采购预算30.00万元，实际采购28.40万元，共1项。按计划执行。');
  });

  test('三公经费 all zero; assets, disclosure and supervision', () => {
    expect(md).toContain('三公经费使用情况：2022年我局无因公出国（境）费、公务用车购置费、公务用车运行维护费和公务接待费支出。');
    expect(md).toContain('资产管理情况：资产录入国有资产管理信息系统，账实不符，固定资产总额100.00万元，其中在用90.00万元。');
    expect(md).toContain('信息公开情况：我局2022年预算信息和2021年决算信息已在区政府网站上公开。');
    expect(md).toContain('依法接受审计、财政监督情况：依法接受审计监督，监督检查发现问题2个，已整改2个。依法接受审计监督。');
    expect(md).toContain('截止2022年6月30日，我局核定人员编制17人');
  });
});

describe('findings in the conclusion and the problems', () => {
  const fail: Finding = {
    ruleId: 'three-public.total.within-budget',
    title: '“三公”经费实际合计不超过预算合计',
    severity: 'error',
    category: 'compliance',
    status: 'fail',
    message: '实际0.90万元，超过预算0.80万元',
    leaves: [
      {
        fact: 'threePublic.total.actual',
        op: 'lte',
        actual: '0.9',
        expected: '0.8',
        expectedFact: 'threePublic.total.budget',
        difference: '0.1',
        passed: false,
        valueType: 'money',
      },
    ],
    refs: [{ doc: '财预〔2013〕53号' }],
    tags: [],
  };
  const ratio: Finding = {
    ...fail,
    ruleId: 'x.ratio',
    title: '比率',
    severity: 'warning',
    status: 'pass',
    leaves: [
      {
        fact: 'ratio.staffControl',
        op: 'lte',
        actual: '0.8235294117647058823529411764705882352941',
        expected: '1',
        difference: '-0.1764705882352941176470588235294117647059',
        passed: true,
      },
    ],
  };
  const md = render(() => undefined, [fail, ratio]);

  test('the rules sentence counts failures and the problem list names them', () => {
    expect(md).toContain('经合规性审核，共审核2项，通过1项，未通过1项（其中强制性1项），详见附表2。');
    // plain words from the message table: no rule title, no rule message, no machine detail
    expect(md).toContain('“三公”经费管理方面：“三公”经费实际支出合计0.90万元，超过预算合计0.80万元，超支0.10万元。');
  });

  test('附表2: the failure first, in words with its units and basis; the pass in the compact table', () => {
    expect(md).toContain(
      '| **“三公”经费实际合计不超过预算合计** | **强制性** | **✗\u00a0未通过** | **0.90万元，超过上限0.80万元，超出0.10万元** | **财预〔2013〕53号** |',
    );
    expect(md).toContain('| 比率 | ✓\u00a0通过 | 财预〔2013〕53号 |');
  });

  test('附表2 formats a ratio as a percentage', () => {
    const over: Finding = {
      ...ratio,
      status: 'fail',
      leaves: [{ ...(ratio.leaves[0] as Finding['leaves'][number]), actual: '1.0588', difference: '0.0588', passed: false }],
    };
    expect(render(() => undefined, [over])).toContain('| **105.88%，超过上限100.00%，超出5.88%** |');
  });
});
