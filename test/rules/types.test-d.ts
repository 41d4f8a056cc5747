import { expectTypeOf } from 'vitest';
import type { z } from 'zod';
import {
  type Condition,
  type Finding,
  type Rule,
  type RulePack,
  RulePackSchema,
  RuleSchema,
  runRules,
  type RuleReport,
  type ThresholdSet,
  ThresholdSetSchema,
} from '../../src/rules/index.js';

// The schemas produce exactly the public types.
expectTypeOf<z.output<typeof RuleSchema>>().toEqualTypeOf<Rule>();
expectTypeOf<z.output<typeof RulePackSchema>>().toEqualTypeOf<RulePack>();
// A parsed threshold set can be passed straight to runRules.
declare const parsedSet: z.output<typeof ThresholdSetSchema>;
const asSet: ThresholdSet = parsedSet;
void asSet;
expectTypeOf(runRules).returns.toEqualTypeOf<RuleReport>();
expectTypeOf<Finding['status']>().toEqualTypeOf<'pass' | 'fail' | 'not_applicable' | 'error'>();

// Misuse is a type error.
// @ts-expect-error an operator outside the closed set
const badOp: Condition = { fact: 'staff.inPost', op: 'approx', value: '1' };
void badOp;
const badSeverity: Rule = {
  id: 'x',
  title: { 'zh-CN': 'x', en: 'x' },
  // @ts-expect-error severity is error | warning | info
  severity: 'fatal',
  category: 'balance',
  refs: [],
  tags: [],
  check: { fact: 'staff.inPost', op: 'gt', value: '0' },
};
void badSeverity;
