/** The 综合管理 items: each a generated sentence from the management facts, combined with its note. */
import { THREE_PUBLIC_ITEMS, THREE_PUBLIC_NAMES } from '../../model/schema/threePublicFunds.js';
import { compareMoney, type Money } from '../../model/money/money.js';
import { formatWan, joinAnd } from '../format/number.js';
import type { Ctx } from '../internal/context.js';
import { factMoney } from '../internal/facts.js';
import { moneyWords } from '../internal/moneyWords.js';
import { combine, type Worded } from './combine.js';
import { compareAmounts, subtractAmounts } from '../../model/money/arithmetic.js';
import { ruleMessages } from '../../shared/messages/rules.js';

const isZero = (m: string | undefined): boolean => m === undefined || compareMoney(m as Money, '0' as Money) === 0;

/** 政府性债务管理. @internal */
export function debtText(ctx: Ctx): Worded {
  const d = ctx.input.management.debt;
  const tie = { path: ['management', 'debt', 'note'] };
  if (d?.occurred === undefined) return combine(ctx, '未提供政府性债务情况。', false, d?.note);
  if (!d.occurred) return combine(ctx, `${ctx.year}年${ctx.we}未发生政府性债务。`, false, d.note, tie);
  const approval = d.approved === true ? '，已按规定履行审批程序' : d.approved === false ? '，未经批准' : '';
  const amount = d.amount !== undefined ? formatWan(d.amount) : '';
  return combine(ctx, `${ctx.year}年${ctx.we}发生政府性债务${amount}${approval}。`, d.amount !== undefined, d.note, tie);
}

/** 政府采购实施计划. @internal */
export function procurementText(ctx: Ctx): Worded {
  const p = ctx.input.management.procurement;
  if (p?.occurred === undefined) return combine(ctx, '未提供政府采购情况。', false, p?.note);
  const tie = { path: ['management', 'procurement', 'note'] };
  if (!p.occurred) return combine(ctx, `${ctx.year}年${ctx.we}未发生政府采购。`, false, p.note, tie);
  const budget = factMoney(ctx, 'procurement.budget');
  const actual = factMoney(ctx, 'procurement.actual');
  const parts = [
    budget !== undefined ? `政府采购预算${formatWan(budget)}` : undefined,
    actual !== undefined ? `实际采购${formatWan(actual)}` : undefined,
    p.items.length > 0 ? `共${p.items.length}项` : undefined,
  ].filter((x): x is string => x !== undefined);
  const generated = `${ctx.year}年${ctx.we}${parts.length ? parts.join('，') : '发生政府采购'}。`;
  return combine(ctx, generated, budget !== undefined || actual !== undefined, p.note, tie);
}

/**
 * Words that explain a 三公 figure by thrift or control (`厉行节约`, `严格执行中央八项规定`): such an
 * explanation is true only when no item and not the total is over its budget. [K] a word list
 * chosen from the published reports in /work/research/real, not from a standard.
 */
const THRIFT = /节约|节俭|厉行|八项规定|压减|压缩|从严|严控|严格控制|控制|下降|减少|只减不增|过紧日子/u;

/** Why the figures contradict a thrift explanation: the first item (or the total) over its budget. */
function overBudget(ctx: Ctx): string | undefined {
  const t = ctx.input.threePublicFunds;
  for (const k of THREE_PUBLIC_ITEMS) {
    const f = t[k];
    if (f?.budget !== undefined && f.actual !== undefined && compareAmounts(f.actual, f.budget) > 0) {
      const name = (ctx.locale === 'en' ? ruleMessages('en').threePublicItems?.[k] : undefined) ?? THREE_PUBLIC_NAMES[k];
      return ctx.words.overBudget(name, moneyWords(ctx.locale, f.actual), moneyWords(ctx.locale, f.budget));
    }
  }
  const actual = factMoney(ctx, 'threePublic.total.actual');
  const budget = factMoney(ctx, 'threePublic.total.budget');
  if (actual !== undefined && budget !== undefined && compareAmounts(actual, budget) > 0)
    return ctx.words.overBudget(ctx.words.threePublicTotal, moneyWords(ctx.locale, actual), moneyWords(ctx.locale, budget));
  return undefined;
}

/** 三公经费使用情况: items without spending first, then budget vs actual of each item with spending. @internal */
export function threePublicText(ctx: Ctx): Worded {
  const t = ctx.input.threePublicFunds;
  // absent is not zero: an item whose actual is not given is said to be not given, never "无…支出"
  const given = THREE_PUBLIC_ITEMS.filter((k) => t[k]?.actual !== undefined);
  const missing = THREE_PUBLIC_ITEMS.filter((k) => !given.includes(k));
  const none = given.filter((k) => isZero(t[k]?.actual) && isZero(t[k]?.budget));
  const some = given.filter((k) => !none.includes(k));
  const sentences: string[] = [];
  if (none.length > 0) sentences.push(`${ctx.year}年${ctx.we}无${joinAnd(none.map((k) => THREE_PUBLIC_NAMES[k]))}支出。`);
  const clauses = some.map((k) => {
    const f = t[k];
    const budget = f?.budget !== undefined ? `年初预算${formatWan(f.budget)}，` : '';
    const actual = f?.actual as string;
    // words follow the numbers: an overspend is said, not left for the reader to work out
    const over = f?.budget !== undefined && compareAmounts(actual, f.budget) > 0 ? `，超出年初预算${formatWan(subtractAmounts(actual, f.budget))}` : '';
    return `${THREE_PUBLIC_NAMES[k]}${budget}实际支出${formatWan(actual)}${over}`;
  });
  if (clauses.length > 0) sentences.push(`${ctx.year}年${ctx.we}${clauses.join('；')}。`);
  if (missing.length > 0) sentences.push(`未提供${joinAnd(missing.map((k) => THREE_PUBLIC_NAMES[k]))}实际支出数。`);
  const tie = { path: ['threePublicFunds', 'note'], contradicts: (e: string) => (THRIFT.test(e) ? overBudget(ctx) : undefined) };
  return combine(ctx, sentences.join(''), true, t.note, tie);
}

const ASSET_PHRASES = {
  registeredInSystem: ['资产录入国有资产管理信息系统', '资产未录入国有资产管理信息系统'],
  assetCards: ['每项资产建立了资产卡片', '未建立资产卡片'],
  dynamicManagement: ['实行动态管理', '未实行动态管理'],
  reconciled: ['账实相符', '账实不符'],
  disposalCompliant: ['资产处置规范', '资产处置不规范'],
} as const;

/** 资产管理情况. @internal */
export function assetsText(ctx: Ctx): Worded {
  const a = ctx.input.management.assets;
  if (a === undefined) return { text: '未提供资产管理情况。' };
  const parts: string[] = (Object.keys(ASSET_PHRASES) as (keyof typeof ASSET_PHRASES)[]).flatMap((k) =>
    a[k] === undefined ? [] : [ASSET_PHRASES[k][a[k] ? 0 : 1]],
  );
  const money = a.fixedAssetsTotal !== undefined;
  if (money)
    parts.push(`固定资产总额${formatWan(a.fixedAssetsTotal as string)}${a.fixedAssetsInUse !== undefined ? `，其中在用${formatWan(a.fixedAssetsInUse)}` : ''}`);
  const generated = parts.length > 0 ? `${parts.join('，')}。` : '未提供资产管理情况。';
  return combine(ctx, generated, money, a.note, { path: ['management', 'assets', 'note'] });
}

const DISCLOSURE_NAMES = { budget: '预算', final_accounts: '决算', performance: '绩效评价', three_public_funds: '“三公”经费' } as const;

/** 信息公开情况. @internal */
export function disclosureText(ctx: Ctx): Worded {
  const d = ctx.input.management.disclosure;
  if (d === undefined) return { text: '未提供预决算信息公开情况。' };
  const items = d.items;
  const channels = [...new Set(items.map((i) => i.channel ?? ''))];
  const what = joinAnd(items.map((i) => `${i.year}年${DISCLOSURE_NAMES[i.kind]}信息`));
  const where = channels.length === 1 && channels[0] ? `在${ctx.text(channels[0])}上` : '';
  const generated = items.length > 0 ? `${ctx.we}${what}已${where}公开。` : '未提供预决算信息公开情况。';
  return combine(ctx, generated, false, d.note);
}

const SUPERVISION_NAMES = { finance: '财政', audit: '审计', inspection: '巡察', discipline: '纪检监察' } as const;

/** 依法接受审计、财政监督情况. @internal */
export function supervisionText(ctx: Ctx): Worded {
  const s = ctx.input.management.supervision;
  if (s === undefined) return { text: '未提供监督检查情况。' };
  const kinds = s.accepted.map((k) => SUPERVISION_NAMES[k]);
  const accepted = kinds.length > 0 ? `依法接受${kinds.join('、')}监督` : '';
  const v = s.violations;
  const found =
    v === undefined ? '' : v > 0 ? `监督检查发现问题${v}个${s.rectified !== undefined ? `，已整改${s.rectified}个` : ''}` : '监督检查未发现违规问题';
  const clauses = [accepted, found].filter((x) => x !== '');
  const generated = clauses.length > 0 ? `${clauses.join('，')}。` : '未提供监督检查情况。';
  return combine(ctx, generated, v !== undefined && v > 0, s.note);
}
