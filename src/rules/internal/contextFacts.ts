import { RULE_MESSAGES } from '../../shared/messages/rules.js';
import type { FactValue } from '../../facts/types.js';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const dayNumber = (d: string): number => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

const ZH = RULE_MESSAGES['zh-CN'].delay;
const EN = RULE_MESSAGES.en.delay;

const unavailable = (reason: string, reasonEn: string): FactValue => ({ status: 'unavailable', type: 'number', reason, reasonEn });

function textOf(f: FactValue | undefined): string | undefined {
  return f?.status === 'ok' && f.type === 'text' ? (f.value as string) : undefined;
}

function reasonsOf(f: FactValue | undefined): [string, string] {
  return f?.status === 'unavailable' ? [f.reason, f.reasonEn] : [ZH.dateMissing, EN.dateMissing];
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
  if (asOf !== undefined && !DATE_RE.test(asOf)) return unavailable(ZH.invalidAsOf(asOf), EN.invalidAsOf(asOf));
  const end = published !== undefined && (asOf === undefined || published <= asOf) ? published : asOf;
  if (end === undefined) return unavailable(ZH.noEnd, EN.noEnd);
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
