/**
 * Spending by functional class: one paragraph per 类, its amount from the ledger and, when the
 * ledger itemises the class, the line items generated from the lines. The input's `purpose` text
 * supplies only the narrative: any part of it from its first amount on is replaced by the
 * generated itemisation, so the report never repeats an amount it did not compute.
 */
import type { LedgerLine } from '../../model/schema/ledger.js';
import { addMoney, type Money } from '../../model/money/money.js';
import { codeName } from '../../model/catalog/lookup.js';
import { formatWan } from '../format/number.js';
import { endSentence, narrativeBeforeAmounts } from '../format/typography.js';
import { type Ctx, flagPara, para } from '../internal/context.js';
import { checkedTotal } from '../internal/facts.js';
import { functionalClasses } from '../internal/classes.js';
import type { ParagraphBlock } from '../types.js';

const BASIC_LEAD = '主要用于保障机构正常运转、完成日常工作任务发生的基本支出';
const PROJECT_LEAD = '为完成特定行政工作任务和事业发展目标而发生的项目支出';

interface Item {
  readonly label: string;
  readonly economic: string;
  readonly amount: Money;
}

/** Lines of one nature, merged by label and economic code, in input order. */
function items(ctx: Ctx, lines: readonly LedgerLine[]): Item[] {
  const out: Item[] = [];
  for (const l of lines) {
    const label = l.label ? ctx.text(l.label) : codeName('economic', l.economic);
    const i = out.findIndex((x) => x.label === label && x.economic === l.economic);
    const prev = out[i];
    if (prev) out[i] = { ...prev, amount: addMoney([prev.amount, l.amount as Money]) };
    else out.push({ label, economic: l.economic, amount: l.amount as Money });
  }
  return out;
}

const list = (xs: readonly Item[]): string => xs.map((x) => `${x.label}${formatWan(x.amount)}`).join('、');

/** `包括基本工资166.26万元、…，以及办公费46.03万元、…`: personnel items (301, 303), then the rest. */
function basicItems(basic: readonly Item[]): string {
  const personnel = basic.filter((x) => x.economic.startsWith('301') || x.economic.startsWith('303'));
  const other = basic.filter((x) => !personnel.includes(x));
  return [list(personnel), list(other)].filter((s) => s !== '').join('，以及');
}

/** The itemisation of one class, or undefined when it has fewer than two lines. @internal */
export function itemisation(ctx: Ctx, lines: readonly LedgerLine[], purpose: string | undefined): string | undefined {
  if (lines.length < 2) return undefined;
  const basic = items(
    ctx,
    lines.filter((l) => l.nature === 'basic'),
  );
  const project = items(
    ctx,
    lines.filter((l) => l.nature === 'project'),
  );
  const lead = purpose ? ctx.text(narrativeBeforeAmounts(purpose)) : '';
  const parts: string[] = [];
  if (basic.length > 0) parts.push(`${lead || BASIC_LEAD}，包括${basicItems(basic)}`);
  if (project.length > 0) {
    const total = addMoney(project.map((x) => x.amount));
    const head = basic.length > 0 ? `以及${PROJECT_LEAD}` : `${lead ? `${lead}，` : '主要用于'}${PROJECT_LEAD}`;
    parts.push(`${head}${formatWan(total)}，主要包括${list(project)}`);
  }
  return endSentence(parts.join('；'));
}

/** One paragraph per functional class. @internal */
export function functionalParagraphs(ctx: Ctx): ParagraphBlock[] {
  const ex = ctx.input.ledger.expenditure;
  const classes = functionalClasses(ctx);
  return classes.flatMap((c) => {
    const lines = ex.lines.filter((l) => l.functional.startsWith(c.code));
    const generated = itemisation(ctx, lines, c.purpose);
    const narrative = generated ?? (c.purpose ? endSentence(ctx.text(c.purpose)) : '');
    // a stated class amount that fails its check against its lines is printed as the lines give it, and flagged
    const at = ex.byFunctional.findIndex((s) => s.code === c.code);
    const path = ['ledger', 'expenditure', 'byFunctional', at, 'amount'];
    const checked =
      at < 0 ? { value: c.amount } : checkedTotal(ctx, c.amount, { ruleId: 'expenditure.functional.stated-equals-lines', key: c.code, what: c.name, path });
    return [para(`${c.name}${formatWan(checked.value)}。${narrative}`), ...(checked.flag ? [flagPara(ctx, checked.flag)] : [])];
  });
}
