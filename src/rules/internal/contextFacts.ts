import type { FactValue } from '../../facts/types.js';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const dayNumber = (d: string): number => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

const unavailable = (reason: string, reasonEn: string): FactValue => ({ status: 'unavailable', type: 'number', reason, reasonEn });

function textOf(f: FactValue | undefined): string | undefined {
  return f?.status === 'ok' && f.type === 'text' ? (f.value as string) : undefined;
}

function reasonsOf(f: FactValue | undefined): [string, string] {
  return f?.status === 'unavailable' ? [f.reason, f.reasonEn] : ['缺少日期', 'date missing'];
}

/**
 * Days from approval to publication, or to `asOf` when publication is not given or came after
 * `asOf` (then the item was still unpublished on that date). Negative when `asOf` precedes the
 * approval. Unavailable, with the reason, when the approval date is missing or neither a
 * publication date nor `asOf` is known.
 */
function delayDays(values: Readonly<Record<string, FactValue>>, approvedOn: string, publishedOn: string, asOf: string | undefined): FactValue {
  const approvedFact = values[approvedOn];
  const approved = textOf(approvedFact);
  if (approved === undefined) return unavailable(...reasonsOf(approvedFact));
  const published = textOf(values[publishedOn]);
  if (asOf !== undefined && !DATE_RE.test(asOf)) return unavailable(`评价基准日 asOf 格式无效：${asOf}`, `invalid as-of date: ${asOf}`);
  const end = published !== undefined && (asOf === undefined || published <= asOf) ? published : asOf;
  if (end === undefined) return unavailable('未列公开日期，且未提供评价基准日（asOf）', 'no publication date given and no as-of date');
  return { status: 'ok', type: 'number', value: String(Math.round(dayNumber(end) - dayNumber(approved))) };
}

/**
 * Facts that depend on run options rather than on the input alone (today: the disclosure delays
 * as of `asOf`). They are added to the facts a rule sees; the input's facts are not changed. @internal
 */
export function contextFacts(values: Readonly<Record<string, FactValue>>, asOf: string | undefined): Record<string, FactValue> {
  return {
    'disclosure.budget.delayDays': delayDays(values, 'disclosure.budget.approvedOn', 'disclosure.budget.publishedOn', asOf),
    'disclosure.finalAccounts.delayDays': delayDays(values, 'disclosure.finalAccounts.approvedOn', 'disclosure.finalAccounts.publishedOn', asOf),
  };
}
