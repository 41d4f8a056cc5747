import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../src/facts/index.js';
import { CORE_RULE_PACK, findingFacts, runRules } from '../../src/rules/index.js';
import { enyangRaw, parsePatched, runCore } from './support/cases.js';

const input = parsePatched(enyangRaw());
const report = runCore(input);
const en = runCore(input, { locale: 'en' });
const find = (id: string, key?: string) => report.findings.find((f) => f.ruleId === id && f.key === key);

describe('jixiao.core on the Enyang 2022 fixture', () => {
  it('gives these verdicts (a change here is a major change: STYLE §42)', () => {
    const verdicts = Object.fromEntries(report.findings.map((f) => [`${f.ruleId}${f.key ? `[${f.key}]` : ''}`, f.note ? `${f.status}:${f.note}` : f.status]));
    expect(verdicts).toEqual({
      'income.total.equals-sources': 'pass',
      'ledger.income-equals-expenditure': 'pass',
      'expenditure.grand-total.equals-computed': 'pass',
      'expenditure.functional-equals-economic': 'pass',
      'expenditure.basic-plus-project.equals-total': 'not_applicable',
      'carry-out.equals-parts': 'pass',
      'carry-out.derived.non-negative': 'pass',
      'expenditure.total.equals-lines': 'not_applicable',
      'expenditure.functional.stated-equals-lines[201]': 'pass',
      'expenditure.functional.stated-equals-lines[208]': 'pass',
      'expenditure.functional.stated-equals-lines[210]': 'pass',
      'expenditure.functional.stated-equals-lines[213]': 'pass',
      'expenditure.functional.stated-equals-lines[221]': 'pass',
      'expenditure.economic.stated-equals-lines[301]': 'pass:rounding',
      'expenditure.economic.stated-equals-lines[302]': 'pass:rounding',
      'expenditure.economic.stated-equals-lines[303]': 'pass',
      'expenditure.economic.stated-equals-lines[310]': 'pass',
      'expenditure.basic.equals-lines': 'not_applicable',
      'expenditure.project.equals-lines': 'pass',
      'expenditure.lines.present': 'pass',
      'staff.authorized.stated-equals-parts': 'pass',
      'staff.actual.stated-equals-parts': 'pass',
      'three-public.item.within-budget[outboundTravel]': 'pass',
      'three-public.item.within-budget[vehiclePurchase]': 'pass',
      'three-public.item.within-budget[vehicleOperation]': 'pass',
      'three-public.item.within-budget[reception]': 'pass',
      'three-public.total.within-budget': 'pass',
      'three-public.total.not-increasing': 'not_applicable',
      'three-public.item.matches-ledger[outboundTravel]': 'pass',
      'three-public.item.matches-ledger[vehiclePurchase]': 'pass',
      'three-public.item.matches-ledger[vehicleOperation]': 'pass',
      'three-public.item.matches-ledger[reception]': 'pass',
      'three-public.total.stated-actual-equals-items': 'not_applicable',
      'three-public.total.stated-budget-equals-items': 'not_applicable',
      'staff.in-post.within-quota': 'pass',
      'procurement.capital-above-limit-reported': 'not_applicable',
      'carry-over.ratio.within-ceiling': 'not_applicable',
      'disclosure.budget.published': 'pass',
      'disclosure.final-accounts.published': 'pass',
      'disclosure.budget.on-time': 'not_applicable',
      'disclosure.final-accounts.on-time': 'not_applicable',
      // Every total the report states with its parts (statedTotals, issue #16 point 6).
      'identity.stated-total[income-total]': 'pass',
      'identity.stated-total[expenditure-total]': 'pass',
      'identity.stated-total[carry-out]': 'pass',
      'identity.stated-total[general-public-services]': 'pass',
      'identity.stated-total[project-spending]': 'pass',
      'identity.stated-total.partial': 'not_applicable',
      'identity.stated-count[staff-authorized]': 'pass',
      'identity.stated-count[staff-actual]': 'pass',
      'identity.stated-count.partial[hotline-12345]': 'pass',
      'identity.stated-part.within-quota[staff-actual-1]': 'pass',
      'identity.stated-part.within-quota[staff-actual-2]': 'pass',
      'identity.stated-part.within-quota[staff-actual-3]': 'pass',
      'staffing.category-within-quota[civilServant]': 'pass',
      'staffing.category-within-quota[institution]': 'pass',
      'staffing.category-within-quota[logistics]': 'pass',
      'staffing.outside-quota.listed': 'pass',
    });
    expect(report.summary).toEqual({ pass: 46, fail: 0, notApplicable: 11, error: 0, waived: 0, rounding: 2, suspect: 0 });
    expect(report.packs).toEqual([{ id: 'jixiao.core', version: '1.0.0' }]);
  });

  it('reports the 0.02 gap in 工资福利支出 as rounding, with its bound (1 stated + 10 lines) × 0.005 = 0.055', () => {
    const f = find('expenditure.economic.stated-equals-lines', '301');
    expect(f).toMatchObject({ status: 'pass', note: 'rounding', severity: 'info', ruleSeverity: 'error' });
    expect(f?.leaves[0]).toMatchObject({
      fact: 'expenditure.economic.301.stated',
      expectedFact: 'expenditure.economic.301.lines',
      actual: '284.8',
      expected: '284.82',
      difference: '-0.02',
      tolerance: '0.055',
      toleranceParts: 11,
      halfUnit: '0.005',
      withinRounding: true,
      passed: true,
    });
    expect(f?.message).toBe(
      '【信息·尾差】各经济分类报告数等于其跨功能分类的明细之和（301 工资福利支出）：经济分类报告数（301 工资福利支出） 284.80 万元与经济分类明细之和（301 工资福利支出） 284.82 万元相差 0.02 万元，在舍入误差界限 0.055 万元（11 项 × 0.005 万元）以内，属尾差。',
    );
    expect(en.findings.find((x) => x.ruleId === f?.ruleId && x.key === '301')?.message).toContain(
      'within the rounding bound 0.055 万元 (11 parts × 0.005 万元)',
    );
  });

  it('reports the 商品和服务支出 gap with the bound its stated figure and 15 lines give', () => {
    expect(find('expenditure.economic.stated-equals-lines', '302')?.leaves[0]).toMatchObject({ difference: '0.02', tolerance: '0.08', toleranceParts: 16 });
  });

  it('passes the 三公 checks: 公务接待 0.80 of 0.80, matching line 30217', () => {
    expect(find('three-public.item.within-budget', 'reception')?.leaves[1]).toMatchObject({ actual: '0.8', expected: '0.8', difference: '0', passed: true });
    expect(find('three-public.item.matches-ledger', 'reception')?.leaves.find((l) => l.stage === undefined)).toMatchObject({
      actual: '0.8',
      expected: '0.8',
      expectedFact: 'threePublic.reception.ledger',
    });
    expect(find('three-public.total.within-budget')?.message).toBe(
      '【通过】“三公”经费实际合计不超过预算合计：“三公”经费实际合计 0.80 万元 ≤ “三公”经费预算合计 0.80 万元。',
    );
  });

  it('names purchased-service staff separately in the 编制 check', () => {
    expect(find('staff.in-post.within-quota')?.message).toContain('另：购买服务人员数 36（不占编制，未计入在职人员）');
  });

  it('says why procurement is not checked: no 2022 Sichuan county threshold is configured', () => {
    const f = find('procurement.capital-above-limit-reported');
    expect(f?.status).toBe('not_applicable');
    expect(f?.message).toContain('未配置适用于四川省巴中市恩阳区（县级）2022年度的政府采购分散采购限额标准（货物、服务）');
    expect(f?.leaves.find((l) => l.stage === undefined)).toMatchObject({
      actual: '26',
      expected: null,
      threshold: { key: 'procurement.decentralizedLimit.goodsServices' },
    });
  });

  it('gives scoring zero failures for every tag used', () => {
    expect(findingFacts(report)).toEqual({
      'findings.failed.severity.error': { status: 'ok', type: 'count', value: '0' },
      'findings.failed.severity.warning': { status: 'ok', type: 'count', value: '0' },
      'findings.failed.severity.info': { status: 'ok', type: 'count', value: '0' },
      'findings.failed.tag.carry-over': { status: 'ok', type: 'count', value: '0' },
      'findings.failed.tag.detail': { status: 'ok', type: 'count', value: '0' },
      'findings.failed.tag.disclosure': { status: 'ok', type: 'count', value: '0' },
      'findings.failed.tag.identity': { status: 'ok', type: 'count', value: '0' },
      'findings.failed.tag.procurement': { status: 'ok', type: 'count', value: '0' },
      'findings.failed.tag.staffing': { status: 'ok', type: 'count', value: '0' },
      'findings.failed.tag.stated-total': { status: 'ok', type: 'count', value: '0' },
      'findings.failed.tag.three-public': { status: 'ok', type: 'count', value: '0' },
    });
  });

  it('is pure: the same facts give the same report, and the facts are not changed', () => {
    const facts = computeFacts(input);
    const before = JSON.stringify(facts);
    const a = runRules(CORE_RULE_PACK, facts, { department: input.department, fiscalYear: 2022 });
    const b = runRules(CORE_RULE_PACK, facts, { department: input.department, fiscalYear: 2022 });
    expect(a).toEqual(b);
    expect(JSON.stringify(facts)).toBe(before);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});
