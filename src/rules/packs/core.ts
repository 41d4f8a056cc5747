import { deepFreeze } from '../../shared/deepFreeze.js';
import type { RulePack } from '../schema.js';
import { BALANCE_RULES } from './balance.js';
import { COMPLIANCE_RULES } from './compliance.js';
import { CONSISTENCY_RULES } from './consistency.js';
import { STATED_TOTAL_RULES } from './statedTotals.js';
import { THREE_PUBLIC_RULES } from './threePublic.js';

/**
 * The built-in rule pack `jixiao.core`: ledger identities, stated-vs-detail consistency,
 * "三公"经费, staffing, procurement, carry-over and disclosure. Plain data: serialise it with
 * `JSON.stringify`, list it in docs/rules.md, or copy a rule into your own pack. Rule ids are
 * public API. The pack is deep-frozen: changing it in place throws (strict mode) or does nothing;
 * to vary a rule, copy it into a pack of your own.
 *
 * @example
 * ```ts
 * import { CORE_RULE_PACK } from 'jixiao/rules';
 * CORE_RULE_PACK.rules.map((r) => r.id); // ["income.total.equals-sources", …]
 * ```
 */
export const CORE_RULE_PACK: RulePack = deepFreeze({
  id: 'jixiao.core',
  version: '1.0.0',
  title: { 'zh-CN': 'jixiao 内置规则：平衡、一致、“三公”、合规', en: 'jixiao built-in rules: balance, consistency, "three public", compliance' },
  rules: [...BALANCE_RULES, ...CONSISTENCY_RULES, ...THREE_PUBLIC_RULES, ...COMPLIANCE_RULES, ...STATED_TOTAL_RULES],
});
