/**
 * The Markdown of the Enyang fixture reproduces the reference report's financial sentences
 * (/work/shared/seed/000_8ad632eb083296c0.txt) with identical numbers. Reference sentences are
 * quoted verbatim below (half-width punctuation, as published); our output uses full-width
 * punctuation, so comparisons normalise punctuation first and then compare every number.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { normalizePunctuation } from '../../src/render/format/typography.js';
import { buildReport, renderHtml, renderMarkdown, toMarkdown } from '../../src/render/index.js';
import type { EvaluationResult } from '../../src/result.js';
import { fixtureResult } from './support.js';

const REF = {
  staffing:
    '截止2022年底,我局核定人员编制17人,公务员编制6人,事业编制10人,机关工勤1人。实有在职人员50人,其中:公务员5人,事业人员8人,控制性工勤1人,购买服务人员36人。',
  income: '2022年行政审批局收入决算总额576.08万元,其中当年财政拨款收入441.72万元,2021年结转和结余134.36万元。',
  spending:
    '2022年行政审批局支出决算总额576.08万元,其中:工资福利支出284.80万元,商品和服务支出171.48万元,对个人和家庭的补助0.04万元,资本性支出48.68万元,2022年年末结转和结余71.08万元,其中:基本支出结转0万元,项目支出结转71.08万元。',
  general:
    '一般公共服务支出470.80万元。主要用于机关及下属事业单位正常运转发生的日常支出,包括基本工资166.26万元、津贴补贴14.95万元、奖金2.11万元、伙食补助费0.12万元、绩效工资19.48万元、其他社会缴费0.86万元、奖励金0.04万元、其他工资福利支出49.09万元,以及办公费46.03万元、印刷费0.61万元、电费1.53万元、邮电费1.77万元、物业管理费1.60万元、差旅费28.87万元、维修(护)费2.00万元、租赁费1.50万元、公务接待费0.80万元、劳务费52.75万元、委托业务费16.13万元、工会经费0.80万元、其他交通费用3.90万元、其他商品和服务支出10.92万元;以及为完成特定行政工作任务和事业发展目标而发生的项目支出48.68万元,主要包括大型修缮26.00万元、信息网络及软件购置更新22.68万元。',
  functional: [
    '社会保障和就业支出13.35万元。主要用于机关及下属事业单位养老保险缴费等支出。',
    '卫生健康支出8.59万元。主要用于机关及下属事业单位按照规定标准为职工缴纳的基本医疗保险及公务员医疗补助等支出。',
    '农林水支出2.25万元。主要用于驻村第一书记和工作队员考察调研、日常工作运转以及报销驻村期间因公产生的差旅费等。',
    '住房保障支出10.01万元。主要用于机关及下属事业单位按照规定标准为职工缴纳的住房公积金等支出。',
  ],
  threePublicNone: '2022年我局无因公出国(境)经费和公务用车购置及运行维护费支出。',
  threePublic: '2022年我局公务接待费年初预算0.80万元,实际支出0.80万元,主要原因是严格执行中央八项规定,机关厉行节约。',
  score: '总评分98分(优秀)。主要扣分点为部门对绩效评价工作开展的宣传培训扣1分,部门绩效评价质量情况扣1分。',
};

/** Every number in a text, canonical (`0.00` → `0`, `26.00` → `26`), in order. */
const numbers = (s: string): string[] => [...s.matchAll(/\d+(?:\.\d+)?/g)].map((m) => (m[0].includes('.') ? m[0].replace(/0+$/, '').replace(/\.$/, '') : m[0]));

let result: EvaluationResult;
let md: string;
let lines: string[];

/** The Markdown paragraph containing `needle` (exactly one). */
function paragraphWith(needle: string): string {
  const hits = lines.filter((l) => !l.startsWith('|') && l.includes(needle));
  expect(hits, `one paragraph containing ${needle}`).toHaveLength(1);
  return hits[0] as string;
}

beforeAll(async () => {
  result = await fixtureResult();
  md = renderMarkdown(result);
  lines = md.split('\n');
});

describe('golden: Enyang fixture vs reference report', () => {
  test('title and the notice of the intro', () => {
    expect(lines[0]).toBe('# 巴中市恩阳区行政审批局关于2023年财政支出绩效评价的报告');
    expect(md).toContain(
      '根据巴中市恩阳区财政局《关于开展2023年财政支出绩效评价工作的通知》（恩财监绩〔2023〕4号）文件精神，我局对2022年财政支出开展了绩效管理自评工作，现将有关情况报告如下：',
    );
  });

  test('staffing sentence is the reference sentence, generated from the staffing numbers', () => {
    expect(paragraphWith('核定人员编制')).toBe(normalizePunctuation(REF.staffing));
  });

  test('income: total, current-year appropriation, carried in — same numbers', () => {
    const p = paragraphWith('收入决算总额');
    expect(numbers(p)).toEqual(numbers(REF.income));
    expect(p).toBe(normalizePunctuation(REF.income).replace('行政审批局', '区行政审批局'));
  });

  test('spending by economic class and year-end carry-over — same numbers (0万元 printed 0.00万元)', () => {
    const p = paragraphWith('支出决算总额');
    expect(numbers(p)).toEqual(numbers(REF.spending));
    for (const s of [
      '工资福利支出284.80万元',
      '商品和服务支出171.48万元',
      '对个人和家庭的补助0.04万元',
      '资本性支出48.68万元',
      '2022年年末结转和结余71.08万元',
      '基本支出结转0.00万元',
      '项目支出结转71.08万元',
    ]) {
      expect(p).toContain(s);
    }
    expect(p).toBe(normalizePunctuation(REF.spending).replace('行政审批局', '区行政审批局').replace('结转0万元', '结转0.00万元'));
  });

  test('一般公共服务支出: every line item generated from the ledger, identical to the reference', () => {
    const p = paragraphWith('一般公共服务支出470.80万元');
    expect(numbers(p)).toEqual(numbers(REF.general));
    expect(p).toBe(normalizePunctuation(REF.general));
  });

  test('the other functional classes', () => {
    for (const ref of REF.functional) {
      const head = ref.slice(0, ref.indexOf('。') + 1);
      const p = paragraphWith(head);
      expect(numbers(p)).toEqual(numbers(ref));
      expect(p).toBe(normalizePunctuation(ref));
    }
  });

  test('三公经费: reception budget vs actual with the reason, and the items without spending', () => {
    const p = paragraphWith('三公经费使用情况');
    expect(p).toContain(normalizePunctuation(REF.threePublic));
    expect(numbers(p)).toEqual(numbers(REF.threePublicNone + REF.threePublic));
    expect(p).toContain('无因公出国（境）费、公务用车购置费和公务用车运行维护费支出');
  });

  test('evaluation conclusion: total, grade and deductions from the score sheet', () => {
    const p = paragraphWith('总评分');
    expect(result.score.total).toBe('98');
    expect(result.score.grade.label).toBe('优秀');
    expect(p).toContain('总评分98分（优秀）。主要扣分点为');
    const points = result.score.deductions.map((d) => d.points);
    expect(points).toEqual(['1', '1']);
    expect(numbers(p.slice(p.indexOf('总评分')))).toEqual(numbers(REF.score));
    expect(p.slice(p.indexOf('总评分'))).toBe(normalizePunctuation(REF.score));
    expect(p.startsWith('综合以上各项指标，财务管理健全规范，没有发生违法违规现象，我局2022年部门整体支出绩效自评结果：')).toBe(true);
  });

  test('structure: five numbered sections, then both appendices', () => {
    const h2 = lines.filter((l) => l.startsWith('## '));
    expect(h2).toEqual([
      '## 一、部门概况',
      '## 二、部门财政资金收支情况',
      '## 三、部门财政支出管理情况',
      '## 四、评价结论',
      '## 五、存在的问题及建议',
      '## 附表1　评分表',
      '## 附表2　合规性审核结果',
    ]);
    expect(lines.filter((l) => l.startsWith('### ')).slice(0, 3)).toEqual(['### （一）机构组成', '### （二）机构职能', '### （三）人员概况']);
    expect(md).toContain('#### 1.持续深化“放管服”改革');
  });

  test('附表1 has one row per leaf with the total row; 附表2 accounts for every finding once, in three tables', () => {
    const view = buildReport(result);
    const tables = (i: number) => view.appendices[i]?.blocks.filter((b) => b.kind === 'table') ?? [];
    const leaves = (nodes: readonly { children?: readonly unknown[] }[]): number =>
      nodes.reduce((n, x) => n + (x.children?.length ? leaves(x.children as { children?: readonly unknown[] }[]) : 1), 0);
    const scores = tables(0)[0];
    expect(scores?.kind === 'table' && scores.rows.length).toBe(leaves(result.score.root) + 1);
    // Every finding is in exactly one row (a passed row names its rule once for all its items).
    const ids = tables(1).flatMap((t) => (t.kind === 'table' ? t.rows.flatMap((r) => (r.data?.['rule-id'] ?? '').split(' ')) : []));
    const byRule = new Set(result.rules.findings.map((f) => f.ruleId));
    for (const id of byRule) expect(ids.some((x) => x === id || x.startsWith(`${id}[`))).toBe(true);
    expect(md).toMatch(/\| \*\*合计\*\* \| \| \| \*\*100\*\* \| \| \| \*\*98\*\* \| \*\*等级：优秀\*\* \|/);
  });

  test('matches the golden files (review diffs with `vitest -u`)', async () => {
    await expect(md).toMatchFileSnapshot('./golden/enyang-administrative-approval-2022.expected.md');
    await expect(toMarkdown(buildReport(result, { locale: 'en' }))).toMatchFileSnapshot('./golden/enyang-administrative-approval-2022.en.expected.md');
    // The generator meta names the library version; keep the golden file stable across releases.
    const html = renderHtml(result).replace(/content="jixiao [^"]*"/, 'content="jixiao VERSION"');
    await expect(html).toMatchFileSnapshot('./golden/enyang-administrative-approval-2022.expected.html');
  });
});
